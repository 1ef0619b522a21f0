import { EVENT_FIELDS as F } from '../../db/catalogue/other-fields';
import type { EventResolvers } from '../generated/resolvers-types';
import { list, single, paged } from './catalogue-field';

export const Event: EventResolvers = {
  place: single(F.place),
  works: list(F.works),
  participants: list(F.participants),
  claims: paged(F.claims),
  sources: list(F.sources),
};
