/**
 * The work's outcome, or `onTimeout()`'s error once `ms` have passed, whichever comes first. The
 * work goes on (a frozen Neo4j may answer later, or never); its late outcome is dropped, so it
 * can neither surface as an unhandled rejection nor reach a caller who has moved on.
 */
export function withDeadline<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), Math.max(0, ms));
  });
  work.catch(() => undefined);
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}
