/** One run of Neo4j's JVM, as the supervisor sees it. */
export interface LaunchedNeo4j {
  readonly pid: number;
  /** Settles when the JVM has stopped, whatever stopped it. */
  readonly exited: Promise<number>;
  stop(): Promise<void>;
}

/** First restart after 1 s, then 2, 4, 8, … up to 30 s while it keeps dying soon after starting. */
const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 30_000;
/** A run this long counts as healthy: the next death starts the backoff from the beginning. */
const HEALTHY_AFTER_MS = 60_000;

/**
 * Keeps a managed Neo4j running: when it dies (killed, out of memory, crashed) it is started
 * again on the same data and port, with backoff, until stop() is called. The driver reconnects
 * by itself; readiness says 503 meanwhile and warms up again once Neo4j answers.
 */
export function superviseNeo4j(
  first: LaunchedNeo4j,
  launch: () => Promise<LaunchedNeo4j>,
  log: (line: string) => void,
): { pid(): number; restarts(): number; stop(): Promise<void> } {
  let current = first;
  let startedAt = Date.now();
  let failures = 0;
  let restarts = 0;
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let launching: Promise<LaunchedNeo4j | undefined> | undefined;

  const watch = (launched: LaunchedNeo4j): void => {
    void launched.exited.then((code) => {
      if (stopping || launched !== current) return;
      if (Date.now() - startedAt > HEALTHY_AFTER_MS) failures = 0;
      restartLater(`Neo4j (pid ${launched.pid}) exited with code ${code}`);
    });
  };
  const restartLater = (reason: string): void => {
    const delay = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** failures);
    failures++;
    log(`${reason}; starting it again in ${delay / 1000} s`);
    timer = setTimeout(() => {
      launching = launch().then(
        (launched) => {
          launching = undefined;
          current = launched;
          startedAt = Date.now();
          restarts++;
          log(`Neo4j is running again (pid ${launched.pid}, restart ${restarts})`);
          watch(launched);
          return launched;
        },
        (error: unknown) => {
          launching = undefined;
          if (!stopping) restartLater(`Neo4j did not start again: ${(error as Error).message}`);
          return undefined;
        },
      );
    }, delay);
  };
  watch(first);

  return {
    pid: () => current.pid,
    restarts: () => restarts,
    stop: async () => {
      stopping = true;
      clearTimeout(timer);
      const late = await launching;
      await (late ?? current).stop();
    },
  };
}
