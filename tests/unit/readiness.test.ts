import { createLogger } from '../../src/logger';
import { Readiness } from '../../src/readiness';

test('a failed ping closes the server until Neo4j answers again and the warm-up has run, then it opens by itself', async () => {
  let up = true;
  const events: string[] = [];
  const logs: string[] = [];
  const readiness = new Readiness({
    ping: async () => up,
    warmUp: async () => {
      events.push(`warm-up while serving=${readiness.serving()}`);
      return { ms: 1, errors: [] };
    },
    logger: createLogger('info', (line) => logs.push((JSON.parse(line) as { msg: string }).msg)),
  });
  try {
    expect([await readiness.check(), readiness.serving()]).toEqual([true, true]);
    up = false;
    expect([await readiness.check(), readiness.serving()]).toEqual([false, false]);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect([await readiness.check(), events]).toEqual([false, []]);
    up = true;
    const until = Date.now() + 3_000;
    while (!readiness.serving() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
    expect({ ready: await readiness.check(), events, logs }).toEqual({
      ready: true,
      events: ['warm-up while serving=false'],
      logs: [
        'not ready: refusing requests until Neo4j is back and warmed up',
        'ready again: Neo4j answers and its plans are compiled',
      ],
    });
  } finally {
    readiness.stop();
  }
});
