import { RANKING_FIELDS as F } from '../../db/catalogue/other-fields';
import type { RankingResolvers } from '../generated/resolvers-types';
import { exactlyOne, list, paged } from './catalogue-field';

export const Ranking: RankingResolvers = {
  work: exactlyOne(F.work),
  publisher: exactlyOne(F.publisher),
  claims: paged(F.claims),
  sources: list(F.sources),
};
