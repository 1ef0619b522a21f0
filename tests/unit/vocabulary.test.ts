import {
  buildASTSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isUnionType,
  type GraphQLSchema,
} from 'graphql';
import { loadTypeDefs } from '../../src/graphql/schema';
import {
  DEFAULT_CLAIM_RANK,
  DEFAULT_CONFIDENCE,
  DEFAULT_RELIABILITY,
  ENTITY_LABELS,
  SCHEMA_ENUMS,
  SEARCHABLE_LABELS,
} from '../../src/vocabulary';

/** The vocabulary is defined once in src/vocabulary; schema.graphql must say the same. */
const schema: GraphQLSchema = buildASTSchema(loadTypeDefs());
const types = Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith('__'));

/** Apollo's cache-control directive's argument: about HTTP caching, not about the graph. */
const NOT_VOCABULARY = new Set(['CacheControlScope']);

test('every enum of the schema is in the vocabulary, with the same values in the same order', () => {
  const enums = types.filter(isEnumType).filter((type) => !NOT_VOCABULARY.has(type.name));
  expect(Object.fromEntries(enums.map((type) => [type.name, type.getValues().map((value) => value.name)]))).toEqual(
    Object.fromEntries(Object.entries(SCHEMA_ENUMS).map(([name, values]) => [name, [...values]])),
  );
});

test('the entity labels are exactly the types that implement Node', () => {
  const node = schema.getType('Node');
  if (!isInterfaceType(node)) throw new Error('schema.graphql has no Node interface');
  expect(
    schema
      .getPossibleTypes(node)
      .map((type) => type.name)
      .sort(),
  ).toEqual([...ENTITY_LABELS].sort());
});

test('what search finds is exactly the SearchResult union', () => {
  const union = schema.getType('SearchResult');
  if (!isUnionType(union)) throw new Error('schema.graphql has no SearchResult union');
  expect(
    union
      .getTypes()
      .map((type) => type.name)
      .sort(),
  ).toEqual([...SEARCHABLE_LABELS].sort());
});

/*
 * The inputs carry no GraphQL default, which would make an omitted field look sent and so
 * overwrite it on a correction: the default is applied to new things only, and each field's
 * description names it.
 */
test('the inputs name the vocabulary’s defaults and apply none themselves', () => {
  const fields = (field: string) =>
    types
      .filter(isInputObjectType)
      .filter((type) => field !== 'rank' || type.name === 'ClaimInput')
      .flatMap((type) => {
        const found = type.getFields()[field];
        return found ? [found] : [];
      });
  const described = (field: string) =>
    new Set(fields(field).map((found) => `${String(found.defaultValue)} ${found.description?.split(' ')[0]}`));
  expect(described('confidence')).toEqual(new Set([`undefined ${DEFAULT_CONFIDENCE}`]));
  expect(described('rank')).toEqual(new Set([`undefined ${DEFAULT_CLAIM_RANK}`]));
  expect(described('reliability')).toEqual(new Set([`undefined ${DEFAULT_RELIABILITY}`]));
});
