import { superviseNeo4j, type LaunchedNeo4j } from '../../src/neo4j-local/supervise-neo4j';

/** A stand-in for one run of Neo4j: it "dies" when die() is called. */
function fakeRun(pid: number): LaunchedNeo4j & { die(): void; stopped: boolean } {
  let die = (): void => undefined;
  const exited = new Promise<number>((resolve) => (die = () => resolve(137)));
  const run = {
    pid,
    exited,
    stopped: false,
    die: () => die(),
    stop: async () => {
      run.stopped = true;
      die();
    },
  };
  return run;
}

test('a Neo4j that dies is started again after a second, and stop() stops the current run and restarts no more', async () => {
  const first = fakeRun(100);
  const runs = [first];
  const lines: string[] = [];
  const supervisor = superviseNeo4j(
    first,
    async () => {
      const run = fakeRun(100 + runs.length);
      runs.push(run);
      return run;
    },
    (line) => lines.push(line),
  );
  first.die();
  const started = Date.now();
  while (supervisor.restarts() === 0 && Date.now() - started < 5_000) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect({
    restarts: supervisor.restarts(),
    pid: supervisor.pid(),
    waitedASecond: Date.now() - started >= 900,
  }).toEqual({ restarts: 1, pid: 101, waitedASecond: true });
  await supervisor.stop();
  await new Promise((resolve) => setTimeout(resolve, 1_200));
  expect({ runs: runs.length, stopped: runs[1]?.stopped, lines }).toEqual({
    runs: 2,
    stopped: true,
    lines: [
      'Neo4j (pid 100) exited with code 137; starting it again in 1 s',
      'Neo4j is running again (pid 101, restart 1)',
    ],
  });
});

test('while it fails to start, the wait doubles', async () => {
  const first = fakeRun(200);
  const lines: string[] = [];
  let attempts = 0;
  const supervisor = superviseNeo4j(
    first,
    async () => {
      attempts++;
      throw new Error('port in use');
    },
    (line) => lines.push(line),
  );
  first.die();
  await new Promise((resolve) => setTimeout(resolve, 3_300));
  await supervisor.stop();
  expect({ attempts, lines }).toEqual({
    attempts: 2,
    lines: [
      'Neo4j (pid 200) exited with code 137; starting it again in 1 s',
      'Neo4j did not start again: port in use; starting it again in 2 s',
      'Neo4j did not start again: port in use; starting it again in 4 s',
    ],
  });
});
