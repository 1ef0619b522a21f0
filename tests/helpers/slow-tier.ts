/** Tests against Neo4j and real processes wait on them: a minute each by default, where the fast tiers get ten seconds. */
jest.setTimeout(60_000);
