import { ConcurrencyLimit } from '../../src/db/concurrency-limit';

const tick = () => new Promise((resolve) => setImmediate(resolve));

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('ConcurrencyLimit', () => {
  it('runs at most max at once and starts the rest in arrival order', async () => {
    const limit = new ConcurrencyLimit(2, 1_000, () => new Error('timeout'));
    const gates = [deferred(), deferred(), deferred(), deferred()];
    const started: number[] = [];
    const runs = gates.map((gate, i) =>
      limit.run(async () => {
        started.push(i);
        await gate.promise;
        return i;
      }),
    );
    await tick();
    expect(started).toEqual([0, 1]);
    expect(limit.load).toEqual({ active: 2, waiting: 2 });
    gates[1]!.resolve();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    gates[0]!.resolve();
    await tick();
    expect(started).toEqual([0, 1, 2, 3]);
    gates[2]!.resolve();
    gates[3]!.resolve();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3]);
    expect(limit.load).toEqual({ active: 0, waiting: 0 });
  });

  it('frees the slot when the work fails', async () => {
    const limit = new ConcurrencyLimit(1, 1_000, () => new Error('timeout'));
    await expect(limit.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(limit.run(async () => 'next')).resolves.toBe('next');
  });

  it('gives up a turn that does not come in time, without running it', async () => {
    const limit = new ConcurrencyLimit(1, 50, () => new Error('busy'));
    const gate = deferred();
    const first = limit.run(() => gate.promise);
    let ran = false;
    await expect(
      limit.run(async () => {
        ran = true;
      }),
    ).rejects.toThrow('busy');
    expect(ran).toBe(false);
    expect(limit.load).toEqual({ active: 1, waiting: 0 });
    gate.resolve();
    await first;
    expect(limit.load).toEqual({ active: 0, waiting: 0 });
  });
});
