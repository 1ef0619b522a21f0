// The documents relay-compiler turns into __generated__/ (npm run codegen). Apps using
// babel-plugin-relay write these inline; without it, the generated artifacts are imported directly.
import { graphql } from 'relay-runtime';

export const documents = () => [
  graphql`
    query SeriesCreditsQuery($id: ID!) {
      work(id: $id) {
        title
        ...SeriesCredits_work
      }
    }
  `,
  graphql`
    fragment SeriesCredits_work on Work
    @refetchable(queryName: "SeriesCreditsPaginationQuery")
    @argumentDefinitions(count: { type: "Int", defaultValue: 4 }, cursor: { type: "String" }) {
      credits(first: $count, after: $cursor) @connection(key: "SeriesCredits_credits") {
        totalCount
        edges {
          node {
            id
            role
            person {
              name
            }
          }
        }
      }
    }
  `,
];
