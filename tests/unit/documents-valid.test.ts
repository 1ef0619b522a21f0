import { buildASTSchema, parse, validate } from 'graphql';
import { HEADLINE_QUERY } from '../../src/graphql/headline-query';
import { loadTypeDefs } from '../../src/graphql/schema';
import { WARM_UP_OPERATIONS } from '../../src/warm-up';

/** The documents the server sends itself (warm-up) or offers (Sandbox's first query) are valid for its schema. */
const schema = buildASTSchema(loadTypeDefs());

const documents: ReadonlyArray<readonly [string, string]> = [
  ['the Sandbox headline query', HEADLINE_QUERY],
  ...WARM_UP_OPERATIONS.map((operation): readonly [string, string] => [`warm-up: ${operation.name}`, operation.query]),
];

test.each(documents)('%s', (_, query) => {
  expect(validate(schema, parse(query)).map((error) => error.message)).toEqual([]);
});
