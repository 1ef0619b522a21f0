import {
  Kind,
  parse,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
} from 'graphql';
import { createReadPlanner } from '../../src/graphql/read-plan';
import { loadTypeDefs } from '../../src/graphql/schema';

const planner = createReadPlanner(loadTypeDefs());
const of = (query: string) => planner.projectionOf(parse(query));

/** What a root resolver's `info` tells the plan: the operation, its fragments and the root field. */
function rootInfo(query: string): Pick<GraphQLResolveInfo, 'operation' | 'fragments' | 'fieldNodes'> {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const field = operation.selectionSet.selections[0]!;
  if (field.kind !== Kind.FIELD) throw new Error('the first selection must be a field');
  return { operation, fragments, fieldNodes: [field] };
}

describe('projection of a document', () => {
  it('reads only the leaf fields each entity type selects', () => {
    const projection = of(`{ work(id: "w") { title credits { nodes { role person { name } } } } }`);
    expect(projection.properties.Work).toEqual(['title']);
    expect(projection.properties.Person).toEqual(['name']);
    expect(projection.properties.Character).toEqual([]);
    expect(projection.revision).toBe(false);
    expect(projection.sources).toBe(false);
  });

  it('follows fragments, inline fragments and abstract types', () => {
    const projection = of(`
      query { node(id: "x") { ... on Node { id } ...PersonBits } search(query: "q") { nodes { ... on Work { year } } } }
      fragment PersonBits on Person { nativeName aliases }`);
    expect(projection.properties.Person).toEqual(['aliases', 'nativeName']);
    expect(projection.properties.Work).toEqual(['year']);
  });

  it('always reads the properties list fields filter on', () => {
    const projection = of(
      `{ work(id: "w") { rankings(kind: CHART) { list } events(kind: RELEASE) { nodes { title } } } }`,
    );
    expect(projection.properties.Ranking).toEqual(['kind', 'list']);
    expect(projection.properties.Event).toEqual(['kind', 'title']);
  });

  it('asks for curation stamps and relationship sources only when selected', () => {
    const projection = of(`{ portrayals(character: "Go Young") { revision { createdBy } sources { title } } }`);
    expect(projection.revision).toBe(true);
    expect(projection.sources).toBe(true);
    expect(projection.properties.Source).toEqual(['title']);
  });

  it('asks for relationship provenance only when a relationship’s confidence or note is selected', () => {
    expect(of(`{ work(id: "w") { confidence credits { nodes { role } } } }`).provenance).toBe(false);
    expect(of(`{ work(id: "w") { credits { nodes { confidence } } } }`).provenance).toBe(true);
    expect(of(`{ person(id: "p") { portrayals { ...P } } } fragment P on Portrayal { note }`).provenance).toBe(true);
  });

  it('counts search matches only when totalCount is selected on the search', () => {
    expect(of(`{ search(query: "q") { nodes { __typename } } }`).searchTotal).toBe(false);
    expect(
      of(`{ work(id: "w") { credits { totalCount } } search(query: "q") { pageInfo { hasNextPage } } }`).searchTotal,
    ).toBe(false);
    expect(of(`{ search(query: "q") { totalCount } }`).searchTotal).toBe(true);
  });

  it('never lists a field that is not a node property', () => {
    const projection = of(
      `{ work(id: "w") { credits { totalCount } characters { work { id } } claims { nodes { value } } } }`,
    );
    expect(Object.values(projection.properties).flat()).toEqual(['kind', 'kind']);
  });

  it('computes each parsed document once', () => {
    const document = parse(`{ person(id: "p") { name } }`);
    expect(planner.projectionOf(document)).toBe(planner.projectionOf(document));
    const info = rootInfo(`{ person(id: "p") { name } }`);
    expect(planner.planFor(info)).toBe(planner.planFor(info));
  });

  it('has a full projection with every property of every entity type', () => {
    expect(planner.full.properties.Work).toEqual(expect.arrayContaining(['title', 'year', 'runtimeMinutes']));
    expect(planner.full.properties.Source).toEqual(expect.arrayContaining(['url', 'publisher', 'reliability']));
    expect(planner.full).toMatchObject({ revision: true, sources: true, provenance: true, searchTotal: true });
  });
});

describe('the bundle parts a root field selects', () => {
  const parts = (root: 'Work' | 'Person', query: string) => {
    const info = rootInfo(query);
    return [...planner.planFor(info).bundleParts(root, info)].sort();
  };

  it('are none for a work asked only for its own fields or fields no bundle covers', () => {
    expect(parts('Work', `{ work(id: "w") { title events { nodes { title } } } }`)).toEqual([]);
  });

  it('follow the selection into nested fields, through fragments', () => {
    expect(
      parts(
        'Work',
        `{ work(id: "w") { credits { totalCount } ...Cast } }
         fragment Cast on Work { characters { name ... on Character { counterparts { work { kind } } } } }`,
      ),
    ).toEqual(['characters', 'characters_counterparts', 'characters_counterparts_work', 'credits']);
  });

  it('are a person’s credits and portrayals', () => {
    expect(parts('Person', `{ person(id: "p") { portrayals { character { name } } } }`)).toEqual(['portrayals']);
  });
});
