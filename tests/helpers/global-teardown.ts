/** Stops the suite's Neo4j so no process outlives the tests. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.__TEST_NEO4J__?.stop();
}
