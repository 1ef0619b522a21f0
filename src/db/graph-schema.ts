import type { Executor } from './executor';

/** Labels whose nodes carry a public id; every one of them also has the label Entity. */
export const ENTITY_LABELS = [
  'Source',
  'Work',
  'Person',
  'Organization',
  'Place',
  'Character',
  'Episode',
  'Review',
  'Ranking',
  'Rating',
  'Honor',
  'Event',
  'Song',
] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

/** Every entity but a source can be the subject of claims (a source is the evidence, not a fact). */
export const CLAIM_SUBJECT_LABELS = ENTITY_LABELS.filter(
  (label): label is Exclude<EntityLabel, 'Source'> => label !== 'Source',
);

/** Labels the full-text index covers: what a person would type a name or title of. */
export const SEARCHABLE_LABELS = ['Work', 'Person', 'Character', 'Organization', 'Place', 'Song', 'Episode'] as const;
export type SearchableLabel = (typeof SEARCHABLE_LABELS)[number];

/**
 * Constraints and indexes: one unique id per label, the Entity id behind node() and path(),
 * name keys behind exact name lookups, and the full-text index behind search.
 * Statements are built from the constant lists above, never from input.
 */
export const GRAPH_SCHEMA_STATEMENTS: readonly string[] = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  ...ENTITY_LABELS.map(
    (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  ),
  'CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT name_key IF NOT EXISTS FOR (n:NameKey) REQUIRE n.key IS UNIQUE',
  'CREATE INDEX work_kind IF NOT EXISTS FOR (n:Work) ON (n.kind)',
  'CREATE INDEX source_ref IF NOT EXISTS FOR (n:Source) ON (n.ref)',
  'CREATE INDEX episode_number IF NOT EXISTS FOR (n:Episode) ON (n.number)',
  `CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:${SEARCHABLE_LABELS.join('|')}) ON EACH [n.name, n.title, n.searchText] OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-no-stop-words' } }`,
];

export async function applyGraphSchema(executor: Executor): Promise<void> {
  for (const statement of GRAPH_SCHEMA_STATEMENTS) await executor.write(statement);
  await executor.write('CALL db.awaitIndexes(60)');
}
