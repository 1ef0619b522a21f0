// Generated from schema.graphql by scripts/codegen.ts (npm run codegen). Do not edit.

export type PossibleTypesResultData = {
  possibleTypes: {
    Node: [
      'Work',
      'Person',
      'Edition',
      'Character',
      'Episode',
      'Organization',
      'Place',
      'Review',
      'Ranking',
      'Rating',
      'Honor',
      'Event',
      'Song',
      'Source',
    ];
    SearchResult: ['Work', 'Person', 'Character', 'Organization', 'Place', 'Song', 'Episode'];
  };
};
const result: PossibleTypesResultData = {
  possibleTypes: {
    Node: [
      'Work',
      'Person',
      'Edition',
      'Character',
      'Episode',
      'Organization',
      'Place',
      'Review',
      'Ranking',
      'Rating',
      'Honor',
      'Event',
      'Song',
      'Source',
    ],
    SearchResult: ['Work', 'Person', 'Character', 'Organization', 'Place', 'Song', 'Episode'],
  },
};
export default result;
