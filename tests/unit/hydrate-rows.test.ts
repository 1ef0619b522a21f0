import { hydrateRows, projectionParams, type Projection } from '../../src/db/projection';

/** How statements' rows become models: the one-key node encoding, defaults, stamps and what was read with a node. */
const projection = (overrides: Partial<Projection> = {}): Projection => ({
  properties: { Person: ['aliases', 'name', 'nativeName'], Work: ['title'] },
  revision: false,
  sources: false,
  provenance: false,
  searchTotal: false,
  ...overrides,
});

test('a node comes back with its id, type and the listed properties; one it lacks is left out, a list takes its default', () => {
  const rows = hydrateRows([{ item: { _n: ['nam-yoon-su', 'Person', null, 'Nam Yoon-su', null] } }], projection());
  expect(rows).toEqual([{ item: { id: 'nam-yoon-su', __typename: 'Person', aliases: [], name: 'Nam Yoon-su' } }]);
});

test('nodes inside maps and lists at any depth are restored, and other values are kept as they are', () => {
  const rows = hydrateRows(
    [{ key: 'w', items: [{ role: 'ACTOR', episodes: [1, 2], person: { _n: ['p', 'Person', ['P'], 'P.', '피'] } }] }],
    projection(),
  );
  expect(rows).toEqual([
    {
      key: 'w',
      items: [
        {
          role: 'ACTOR',
          episodes: [1, 2],
          person: { id: 'p', __typename: 'Person', aliases: ['P'], name: 'P.', nativeName: '피' },
        },
      ],
    },
  ]);
});

test('with stamps asked for, the values after the properties become revision', () => {
  const rows = hydrateRows(
    [{ item: { _n: ['w', 'Work', 'Title', 'key:alice', '2026-01-01T00:00:00Z', null, null] } }],
    projection({ revision: true }),
  );
  expect(rows[0]!.item).toEqual({
    id: 'w',
    __typename: 'Work',
    title: 'Title',
    revision: { createdBy: 'key:alice', createdAt: '2026-01-01T00:00:00Z', updatedBy: null, updatedAt: null },
  });
});

test('the fields a bundle read with a node become `related`; those it did not read (null) are left out', () => {
  const rows = hydrateRows(
    [{ root: { _n: ['w', 'Work', 'T'], _r: { characters: [{ _n: ['c', 'Character'] }], credits: null } } }],
    { ...projection(), properties: { Work: ['title'], Character: [] } },
  );
  expect(rows[0]!.root).toEqual({
    id: 'w',
    __typename: 'Work',
    title: 'T',
    related: { characters: [{ id: 'c', __typename: 'Character' }] },
  });
});

test('the statement parameters add the stamps to every type’s properties only when revision is selected', () => {
  expect(projectionParams(projection()).properties).toEqual(projection().properties);
  expect(projectionParams(projection({ revision: true })).properties).toMatchObject({
    Work: ['title', 'createdBy', 'createdAt', 'updatedBy', 'updatedAt'],
  });
});
