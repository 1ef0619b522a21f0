import type { PathResolvers } from '../generated/resolvers-types';

export const Path: PathResolvers = {
  length: (path) => path.edges.length,
};
