import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse } from 'graphql';
import { queryCost } from '../../src/graphql/limits/query-cost';
import { PROJECT_ROOT } from '../../src/project-root';

const schema = buildSchema(readFileSync(join(PROJECT_ROOT, 'schema.graphql'), 'utf8'));
const model = { listBounds: {}, defaultListBound: 10, defaultPageSize: 100 };
const cost = (query: string, variables: Record<string, unknown> = {}, overrides = model) =>
  queryCost(schema, parse(query), variables, undefined, overrides);

describe('the cost model: every field 1, lists times their bound, pages times their size', () => {
  test('a field, an object and a bounded list (Query.works: 10)', () => {
    expect([cost('{ work(id: "x") { title } }'), cost('{ works { title } }')]).toEqual([2, 11]);
  });

  test('lists multiply along a nesting (Work.events 30 × Event.participants 10)', () => {
    expect(cost('{ work(id: "x") { events { participants { id } } } }')).toBe(1 + 1 + 30 * (1 + 10 * 1));
  });

  test('a page costs its size (first, a variable, or MAX_PAGE_SIZE capped by the bound), pageInfo once', () => {
    const page = (first: string) =>
      cost(
        `query ($n: Int) { work(id: "x") { credits${first} { totalCount pageInfo { hasNextPage } nodes { role } } } }`,
        {
          n: 3,
        },
      );
    expect([page('(first: 2)'), page('(first: $n)'), page('')]).toEqual([
      1 + 1 + 2 * (1 + 1),
      1 + 1 + 3 * (1 + 1),
      1 + 1 + 25 * (1 + 1),
    ]);
  });

  test('an abstract type costs its dearest member', () => {
    expect(cost('{ node(id: "x") { ... on Person { name } ... on Work { title kind year events { id } } } }')).toBe(
      1 + 1 + 1 + 1 + 1 + 30,
    );
  });

  test('LIST_BOUNDS overrides the table, and a `*.field` entry covers that field on every type', () => {
    expect(cost('{ works { title } }', {}, { ...model, listBounds: { 'Query.works': 3 } })).toBe(4);
    expect(cost('{ work(id: "x") { sources { id } } }')).toBe(1 + 1 + 10);
    expect(cost('{ work(id: "x") { sources { id } } }', {}, { ...model, listBounds: { 'Work.sources': 2 } })).toBe(4);
  });

  test('introspection and __typename are free', () => {
    expect(cost('{ __typename __schema { types { name fields { name } } } }')).toBe(0);
  });

  test('the adversary’s fan-out costs millions, the headline query a few hundred', () => {
    const fanOut = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: works { events { participants { ... on Person { credits { work { events { participants { id } } } } } } } }`).join(' ')} }`;
    expect(cost(fanOut)).toBeGreaterThan(1_000_000);
    expect(
      cost(
        '{ portrayals(character: "Go Young") { actor { name nativeName } character { name work { title kind year } } sources { title url } } }',
      ),
    ).toBeLessThan(500);
  });
});
