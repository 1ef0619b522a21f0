/** Stops the suite's Neo4j instances so no process outlives the tests. */
export default async function globalTeardown(): Promise<void> {
  await Promise.all((globalThis.__TEST_NEO4J__ ?? []).map((instance) => instance.stop()));
}
