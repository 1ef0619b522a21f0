import type { Executor } from '../../src/db/executor';
import { GraphVersionClock } from '../../src/db/graph-version-clock';
import type { GraphVersionStamp } from '../../src/db/graph-version-statements';

/** An executor whose graph version is whatever the test says, and which reports commits as a real one does. */
function fakeGraph() {
  let stored: GraphVersionStamp | null = { epoch: 'e1', counter: 1 };
  let failing = false;
  let reads = 0;
  const committed = new Set<(version: GraphVersionStamp) => void>();
  const executor = {
    read: async () => {
      reads++;
      if (failing) throw new Error('Neo4j is away');
      return stored ? [{ ...stored }] : [];
    },
    observeCommits: (observer: (version: GraphVersionStamp) => void) => {
      committed.add(observer);
      return () => committed.delete(observer);
    },
  } as unknown as Executor;
  return {
    executor,
    reads: () => reads,
    set: (version: GraphVersionStamp | null) => (stored = version),
    fail: (value: boolean) => (failing = value),
    commit: (version: GraphVersionStamp) => {
      stored = version;
      committed.forEach((observer) => observer(version));
    },
  };
}

function clockOver(graph: ReturnType<typeof fakeGraph>) {
  let now = 0;
  const clock = new GraphVersionClock(graph.executor, 1000, () => now);
  return { clock, advance: (ms: number) => (now += ms) };
}

test('asks Neo4j at most once per interval, and again once it has passed', async () => {
  const graph = fakeGraph();
  const { clock, advance } = clockOver(graph);
  expect(await clock.current()).toBe('e1:1');
  graph.set({ epoch: 'e1', counter: 2 });
  advance(999);
  expect(await clock.current()).toBe('e1:1');
  expect(graph.reads()).toBe(1);
  advance(1);
  expect(await clock.current()).toBe('e1:2');
  expect(graph.reads()).toBe(2);
});

test('requests that arrive while it asks share the one question', async () => {
  const graph = fakeGraph();
  const { clock } = clockOver(graph);
  const answers = await Promise.all([clock.current(), clock.current(), clock.current()]);
  expect(answers).toEqual(['e1:1', 'e1:1', 'e1:1']);
  expect(graph.reads()).toBe(1);
});

test("this process's own commits count at once, without asking", async () => {
  const graph = fakeGraph();
  const { clock } = clockOver(graph);
  await clock.current();
  graph.commit({ epoch: 'e1', counter: 7 });
  expect(await clock.current()).toBe('e1:7');
  expect(graph.reads()).toBe(1);
});

test('a counter never goes back within an epoch; a new epoch replaces it', async () => {
  const graph = fakeGraph();
  const { clock, advance } = clockOver(graph);
  graph.commit({ epoch: 'e1', counter: 5 });
  graph.set({ epoch: 'e1', counter: 4 }); // an answer put before the commit
  advance(1000);
  expect(await clock.current()).toBe('e1:5');
  graph.set({ epoch: 'e2', counter: 1 }); // the graph was wiped and written again elsewhere
  advance(1000);
  expect(await clock.current()).toBe('e2:1');
});

test('no version when Neo4j does not answer or the graph has no version node, so nothing is cached', async () => {
  const graph = fakeGraph();
  const { clock, advance } = clockOver(graph);
  graph.fail(true);
  expect(await clock.current()).toBeUndefined();
  // A failed question does not count as asked: the next request asks again.
  graph.fail(false);
  expect(await clock.current()).toBe('e1:1');
  graph.set(null);
  advance(1000);
  expect(await clock.current()).toBeUndefined();
});
