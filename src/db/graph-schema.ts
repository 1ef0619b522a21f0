import { ENTITY_LABELS, SEARCHABLE_LABELS } from '../vocabulary';
import type { Executor } from './executor';
import { statement, type Statement } from './statement';

/**
 * Constraints and indexes: one unique id per label, the Entity id behind node() and path(),
 * name keys behind exact name lookups, and the full-text index behind search.
 * Statements are built from the constant lists above, never from input.
 */
const SCHEMA_TEXTS: readonly string[] = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  ...ENTITY_LABELS.map(
    (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  ),
  'CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT name_key IF NOT EXISTS FOR (n:NameKey) REQUIRE n.key IS UNIQUE',
  // The revision log is one node, made by whichever write comes first: only a constraint keeps it one.
  'CREATE CONSTRAINT revision_log_id IF NOT EXISTS FOR (n:RevisionLog) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT revision_id IF NOT EXISTS FOR (n:Revision) REQUIRE n.id IS UNIQUE',
  'CREATE INDEX work_kind IF NOT EXISTS FOR (n:Work) ON (n.kind)',
  'CREATE INDEX source_ref IF NOT EXISTS FOR (n:Source) ON (n.ref)',
  'CREATE INDEX episode_number IF NOT EXISTS FOR (n:Episode) ON (n.number)',
  // The graph version's node (graph-version-statements.ts): its bump and its poll are index seeks.
  'CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (n:GraphVersion) REQUIRE n.id IS UNIQUE',
  `CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:${SEARCHABLE_LABELS.join('|')}) ON EACH [n.name, n.title, n.searchText] OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-no-stop-words' } }`,
];

export const GRAPH_SCHEMA_STATEMENTS: readonly Statement[] = SCHEMA_TEXTS.map((text, i) =>
  statement(`schema:${i + 1}`, text),
);
const AWAIT_INDEXES = statement('schema:awaitIndexes', 'CALL db.awaitIndexes(60)');

export async function applyGraphSchema(executor: Executor): Promise<void> {
  for (const schemaStatement of GRAPH_SCHEMA_STATEMENTS) await executor.write(schemaStatement);
  await executor.write(AWAIT_INDEXES);
}
