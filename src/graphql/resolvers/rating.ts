import { RATING_FIELDS as F } from '../../db/catalogue/other-fields';
import type { RatingResolvers } from '../generated/resolvers-types';
import { exactlyOne, list, paged } from './catalogue-field';

export const Rating: RatingResolvers = {
  work: exactlyOne(F.work),
  platform: exactlyOne(F.platform),
  claims: paged(F.claims),
  sources: list(F.sources),
};
