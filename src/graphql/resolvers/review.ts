import { REVIEW_FIELDS as F } from '../../db/catalogue/other-fields';
import type { ReviewResolvers } from '../generated/resolvers-types';
import { exactlyOne, list, single, paged } from './catalogue-field';

export const Review: ReviewResolvers = {
  work: exactlyOne(F.work),
  outlet: single(F.outlet),
  about: list(F.about),
  claims: paged(F.claims),
  sources: list(F.sources),
};
