import type { SearchConnectionResolvers } from '../generated/resolvers-types';
import { pageInfo } from './connection';

export const SearchConnection: SearchConnectionResolvers = {
  nodes: (connection) => connection.edges.map((edge) => edge.node),
  totalCount: (connection) => {
    // The read plan counts matches exactly when an operation selects totalCount (see search()).
    if (connection.total === null) throw new Error('search matches were not counted for this operation');
    return connection.total;
  },
  pageInfo: (connection) => pageInfo(connection.offset, connection.edges.length, connection.hasNextPage),
};
