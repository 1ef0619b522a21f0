import { summarize } from '../../explorer/src/entity-refs';
import { FragmentBuilder } from '../../explorer/src/fragment-builder';
import { GraphModel } from '../../explorer/src/graph-model';
import { foldCrowdedLeaves, GROUP_THRESHOLD, isGroupId } from '../../explorer/src/neighbourhood-groups';

/** The explorer's pure modules: naming entities, collecting a neighbourhood, folding crowds, merging links. */
const series = { __typename: 'Work', id: 'series', title: 'Love in the Big City', kind: 'SERIES', year: 2024 };
const episode = (n: number) => ({ __typename: 'Episode', id: `episode-${n}`, number: n, work: { kind: 'SERIES' } });

test('entities are named so that the three works and their characters can be told apart', () => {
  expect(summarize(series)).toEqual({
    id: 'series',
    typename: 'Work',
    kind: 'work',
    label: 'Love in the Big City (series, 2024)',
    caption: 'series',
  });
  expect(summarize({ __typename: 'Character', id: 'gy', name: 'Go Young', work: { kind: 'FILM' } })).toMatchObject({
    kind: 'character',
    label: 'Go Young (film)',
    caption: 'character in the film',
  });
  expect(summarize({ __typename: 'Ranking', id: 'r', list: 'Top 10', rank: 3, rankingYear: 2024 })).toMatchObject({
    kind: 'reception',
    label: 'Top 10 (#3)',
    caption: 'ranking, 2024',
  });
});

test('a fragment keeps each entity once, the fuller description winning, and its links in order', () => {
  const builder = new FragmentBuilder();
  builder.add({ __typename: 'Person', id: 'nam-yoon-su' });
  builder.add({ __typename: 'Person', id: 'nam-yoon-su', name: 'Nam Yoon-su' });
  builder.add({ __typename: 'Person', id: 'nam-yoon-su' });
  builder.incoming(series, [episode(1), episode(2)], 'EPISODE_OF');
  const fragment = builder.build();
  expect(fragment.nodes.map((node) => node.label)).toEqual([
    'Nam Yoon-su',
    'Episode 1',
    'Love in the Big City (series, 2024)',
    'Episode 2',
  ]);
  expect(fragment.links).toEqual([
    { source: 'episode-1', target: 'series', type: 'EPISODE_OF', label: 'episode of' },
    { source: 'episode-2', target: 'series', type: 'EPISODE_OF', label: 'episode of' },
  ]);
});

test(`more than ${GROUP_THRESHOLD} leaves of one kind and relationship fold into one group node that holds them`, () => {
  const builder = new FragmentBuilder();
  const many = Array.from({ length: GROUP_THRESHOLD + 2 }, (_, i) => episode(i + 1));
  builder.incoming(series, many, 'EPISODE_OF');
  builder.incoming(series, [{ __typename: 'Character', id: 'gy', name: 'Go Young' }], 'APPEARS_IN');
  const { fragment, groups } = foldCrowdedLeaves(builder.build(), 'series', (id) => id === 'episode-1');
  const group = fragment.nodes.find((node) => isGroupId(node.id));
  expect(group).toMatchObject({ typename: 'Group', label: `${GROUP_THRESHOLD + 1} episodes` });
  expect(fragment.nodes.map((node) => node.id).sort()).toEqual(['episode-1', 'gy', group!.id, 'series'].sort());
  expect(groups.get(group!.id)?.nodes).toHaveLength(GROUP_THRESHOLD + 1);
});

test('the drawn graph merges links: a symmetric type once both ways, a specific label over the generic one', () => {
  const model = new GraphModel();
  const a = summarize({ __typename: 'Character', id: 'a', name: 'A' });
  const b = summarize({ __typename: 'Character', id: 'b', name: 'B' });
  expect(
    model.merge({
      nodes: [a, b],
      links: [{ source: 'a', target: 'b', type: 'COUNTERPART_OF', label: 'counterpart of' }],
    }),
  ).toEqual(['a', 'b']);
  expect(
    model.merge({ nodes: [b], links: [{ source: 'b', target: 'a', type: 'COUNTERPART_OF', label: 'same character' }] }),
  ).toEqual([]);
  expect(model.links).toEqual([{ source: 'a', target: 'b', type: 'COUNTERPART_OF', label: 'same character' }]);
});
