import { HONOR_FIELDS as F } from '../../db/catalogue/other-fields';
import type { HonorResolvers } from '../generated/resolvers-types';
import { list, single, paged } from './catalogue-field';

export const Honor: HonorResolvers = {
  awardedBy: single(F.awardedBy),
  recipients: list(F.recipients),
  for: list(F.for),
  claims: paged(F.claims),
  sources: list(F.sources),
};
