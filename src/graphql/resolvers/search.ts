import type { SearchConnectionResolvers } from '../generated/resolvers-types';

export const SearchConnection: SearchConnectionResolvers = {
  nodes: (connection) => connection.edges.map((edge) => edge.node),
  totalCount: (connection) => {
    // The read plan counts matches exactly when an operation selects totalCount (see search()).
    if (connection.total === null) throw new Error('search matches were not counted for this operation');
    return connection.total;
  },
  pageInfo: (connection) => ({
    hasNextPage: connection.hasNextPage,
    endCursor: connection.edges.at(-1)?.cursor ?? null,
  }),
};
