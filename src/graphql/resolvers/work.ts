import { WORK_FIELDS as F } from '../../db/catalogue/work-fields';
import type { WorkResolvers } from '../generated/resolvers-types';
import { list, paged, single } from './catalogue-field';

export const Work: WorkResolvers = {
  adaptationOf: single(F.adaptationOf),
  adaptation: single(F.adaptation),
  adaptations: list(F.adaptations),
  partOf: single(F.partOf),
  parts: list(F.parts),
  adaptedIn: list(F.adaptedIn),
  editions: list(F.editions),
  credits: paged(F.credits),
  characters: list(F.characters),
  episodes: list(F.episodes),
  organizations: list(F.organizations),
  reviews: paged(F.reviews),
  rankings: list(F.rankings),
  ratings: list(F.ratings),
  honors: paged(F.honors),
  events: paged(F.events),
  songs: list(F.songs),
  claims: paged(F.claims),
  sources: list(F.sources),
};
