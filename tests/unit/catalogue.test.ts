import {
  buildASTSchema,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isLeafType,
  type GraphQLField,
  type GraphQLObjectType,
} from 'graphql';
import { BUNDLES } from '../../src/db/bundles';
import { ALL_FIELDS, CATALOGUE, loaderStatement, type BundleTree, type Field } from '../../src/db/catalogue';
import { resolvers } from '../../src/graphql/resolvers';
import { loadTypeDefs } from '../../src/graphql/schema';
import { ENTITY_LABELS, RELATIONSHIP_TYPES, STRUCTURAL_TYPES } from '../../src/vocabulary';

/** The catalogue declares every relationship-backed field of schema.graphql, and only those, as the schema types them. */
const schema = buildASTSchema(loadTypeDefs());
const entityType = (name: string): GraphQLObjectType => {
  const type = schema.getType(name);
  if (!isObjectType(type)) throw new Error(`${name} is not an object type`);
  return type;
};
/** Fields that reach other nodes or items; `revision` is the entity's own stamps, not a relationship. */
const relationshipFields = (type: GraphQLObjectType): Array<GraphQLField<unknown, unknown>> =>
  Object.values(type.getFields()).filter(
    (field) => !isLeafType(getNamedType(field.type)) && getNamedType(field.type).name !== 'Revision',
  );

const shape = (field: GraphQLField<unknown, unknown>) => {
  const named = getNamedType(field.type).name;
  const paged = named.endsWith('Connection');
  const item = paged
    ? getNamedType(entityType(named).getFields().nodes!.type).name
    : named === 'Node'
      ? 'Entity'
      : named;
  return { one: !paged && !isListType(getNullableType(field.type)), paged, item };
};
const declared = (field: Field) => ({
  one: field.one,
  paged: field.paged,
  item: field.kind === 'entities' ? field.target : field.itemType,
});

test.each(ENTITY_LABELS.map((label) => [label] as const))(
  '%s: each relationship field is in the catalogue as the schema types it',
  (label) => {
    const fields = CATALOGUE[label] as Readonly<Record<string, Field>>;
    const inSchema = relationshipFields(entityType(label));
    expect(Object.keys(fields).sort()).toEqual(inSchema.map((field) => field.name).sort());
    for (const field of inSchema) {
      const entry = fields[field.name]!;
      expect({ field: field.name, ...declared(entry) }).toEqual({ field: field.name, ...shape(field) });
      expect([`${label}.${field.name}`, `Entity.${field.name}`]).toContain(entry.name);
    }
  },
);

test.each(ENTITY_LABELS.map((label) => [label] as const))('%s: each catalogue field has its resolver', (label) => {
  const own = (resolvers as Record<string, Record<string, unknown> | undefined>)[label] ?? {};
  expect(Object.keys(CATALOGUE[label]).filter((field) => typeof own[field] !== 'function')).toEqual([]);
});

test('the statements name only relationship types of the vocabulary', () => {
  const known = new Set<string>([...RELATIONSHIP_TYPES, ...STRUCTURAL_TYPES]);
  const used = ALL_FIELDS.flatMap((field) => {
    const { full } = loaderStatement(field);
    return [...full.text.matchAll(/\[\w*:([A-Z_|]+)/g)].flatMap((match) => match[1]!.split('|'));
  });
  expect(used.length).toBeGreaterThan(30);
  expect([...new Set(used.filter((type) => !known.has(type)))]).toEqual([]);
});

test('a bundle nests a field only under one whose items are of the nested field’s parent type', () => {
  const mismatches: string[] = [];
  const check = (tree: BundleTree, parent: string) => {
    for (const [name, { field, nested }] of Object.entries(tree)) {
      if (field.parent !== parent && field.parent !== 'Entity')
        mismatches.push(`${name}: ${field.name} under ${parent}`);
      if (nested) check(nested, field.kind === 'entities' ? field.target : field.itemType);
    }
  };
  for (const bundle of Object.values(BUNDLES)) check(bundle.tree, bundle.root);
  expect(mismatches).toEqual([]);
});
