import {
  buildASTSchema,
  getNamedType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLType,
} from 'graphql';
import { loadTypeDefs } from '../../src/graphql/schema';
import { parseClaimValue } from '../../src/seed/claim-value';
import { CLAIM_FIELDS, claimPropertyType, type ClaimType } from '../../src/vocabulary';

/** The claimable fields are the schema's fields, typed as the schema types them. */
const schema = buildASTSchema(loadTypeDefs());

const unwrap = (type: GraphQLType): GraphQLType => (isNonNullType(type) ? type.ofType : type);
function kindsFor(type: GraphQLType): ClaimType['kind'][] {
  const inner = unwrap(type);
  if (isListType(inner)) return ['list'];
  const named = getNamedType(inner);
  if (isEnumType(named)) return ['enum'];
  if (named.name === 'Int') return ['integer', 'year'];
  if (named.name === 'Float') return ['number'];
  return ['string', 'date', 'reference'];
}

describe.each(Object.entries(CLAIM_FIELDS))('%s', (label, fields) => {
  const type = schema.getType(label);
  test.each(Object.entries(fields))('%s is a field of that type and kind', (field, declared) => {
    if (!isObjectType(type)) throw new Error(`schema.graphql has no type ${label}`);
    const found = type.getFields()[field];
    expect(found).toBeDefined();
    expect(kindsFor(found?.type ?? type)).toContain(declared.kind);
    const named = found ? getNamedType(found.type) : undefined;
    if (declared.kind === 'enum' && isEnumType(named)) {
      expect([...declared.values].sort()).toEqual(
        named
          .getValues()
          .map((v) => v.name)
          .sort(),
      );
    }
  });
});

test.each([
  ['Work', 'year', '3000000000', false],
  ['Work', 'year', '2024.9', false],
  ['Work', 'year', ' +2024 ', true],
  ['Work', 'releaseDate', 'not a date at all', false],
  ['Work', 'releaseDate', '2024-10', true],
  ['Work', 'runtimeMinutes', '-5', false],
  ['Work', 'releaseDate.japan', '2025-06-13', true],
  ['Person', 'birthYear', '99999999999999999999', false],
] as const)('%s.%s = %j suits its type: %s', (label, property, value, ok) => {
  const declared = claimPropertyType(label, property);
  expect(declared).toBeDefined();
  expect(declared && parseClaimValue(declared.type, value).ok).toBe(ok);
});

test('an undeclared property has no type', () => {
  expect(claimPropertyType('Work', 'yera')).toBeUndefined();
});
