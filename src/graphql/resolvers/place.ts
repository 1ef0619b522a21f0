import { PLACE_FIELDS as F } from '../../db/catalogue/other-fields';
import type { PlaceResolvers } from '../generated/resolvers-types';
import { list, single, paged } from './catalogue-field';

export const Place: PlaceResolvers = {
  within: single(F.within),
  events: list(F.events),
  claims: paged(F.claims),
  sources: list(F.sources),
};
