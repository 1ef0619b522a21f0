import type { ClaimResolvers } from '../generated/resolvers-types';

export const Claim: ClaimResolvers = {
  preferred: (claim) => claim.rank === 'PREFERRED',
};
