import { parse } from 'graphql';
import { createProjector } from '../../src/graphql/selection-projection';
import { loadTypeDefs } from '../../src/graphql/schema';

const projector = createProjector(loadTypeDefs());
const of = (query: string) => projector.of(parse(query));

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
    const projection = of(`{ work(id: "w") { rankings(kind: CHART) { list } events(kind: RELEASE) { title } } }`);
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
    const projection = of(`{ work(id: "w") { credits { totalCount } characters { work { id } } claims { value } } }`);
    expect(Object.values(projection.properties).flat()).toEqual(['kind', 'kind']);
  });

  it('computes each parsed document once', () => {
    const document = parse(`{ person(id: "p") { name } }`);
    expect(projector.of(document)).toBe(projector.of(document));
  });

  it('has a full projection with every property of every entity type', () => {
    expect(projector.full.properties.Work).toEqual(expect.arrayContaining(['title', 'year', 'runtimeMinutes']));
    expect(projector.full.properties.Source).toEqual(expect.arrayContaining(['url', 'publisher', 'reliability']));
    expect(projector.full).toMatchObject({ revision: true, sources: true, provenance: true, searchTotal: true });
  });
});
