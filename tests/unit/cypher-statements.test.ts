import * as curationQueries from '../../src/db/curation-queries';
import { GRAPH_SCHEMA_STATEMENTS } from '../../src/db/graph-schema';
import { BUMP_GRAPH_VERSION, READ_GRAPH_VERSION } from '../../src/db/graph-version-statements';
import { allReadStatements } from '../../src/db/read-statements';
import * as revisionQueries from '../../src/db/revision-queries';
import {
  DELETE_ALL,
  DELETE_CLAIMS,
  DELETE_ENTITIES,
  DELETE_RELATIONSHIPS,
  UPSERT_CLAIMS,
  upsertEntities,
  upsertRelationships,
} from '../../src/db/seed-statements';
import type { Statement } from '../../src/db/statement';
import { ENTITY_LABELS, RELATIONSHIP_TYPES } from '../../src/vocabulary';

/**
 * Every statement's Cypher, reviewed like code: a change to a fragment or a catalogue entry shows
 * up in tests/unit/__snapshots__/cypher-statements.test.ts.snap as a diff of the statements it
 * changes. The text is compared with its indentation normalised.
 */
const normalised = (text: string): string =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .join('\n');

const writes: Statement[] = [
  ...GRAPH_SCHEMA_STATEMENTS,
  ...ENTITY_LABELS.map(upsertEntities),
  ...RELATIONSHIP_TYPES.map(upsertRelationships),
  UPSERT_CLAIMS,
  DELETE_ALL,
  DELETE_RELATIONSHIPS,
  DELETE_CLAIMS,
  DELETE_ENTITIES,
  ...Object.values(curationQueries),
  BUMP_GRAPH_VERSION,
  ...Object.values(revisionQueries),
];
/** Statements that are neither the API's reads nor the graph's writes. */
const bookkeeping: Statement[] = [READ_GRAPH_VERSION];

test('every statement has a name of its own', () => {
  const names = [...allReadStatements(), ...writes, ...bookkeeping].map((statement) => statement.name);
  expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
});

describe('read statements', () => {
  test.each(allReadStatements().map((statement) => [statement.name, statement] as const))('%s', (_, statement) => {
    expect(normalised(statement.text)).toMatchSnapshot();
  });
});

describe('write statements', () => {
  test.each(writes.map((statement) => [statement.name, statement] as const))('%s', (_, statement) => {
    expect(normalised(statement.text)).toMatchSnapshot();
  });
});

describe('bookkeeping statements', () => {
  test.each(bookkeeping.map((statement) => [statement.name, statement] as const))('%s', (_, statement) => {
    expect(normalised(statement.text)).toMatchSnapshot();
  });
});
