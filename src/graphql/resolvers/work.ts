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
  reviews: list(F.reviews),
  rankings: list(F.rankings),
  ratings: list(F.ratings),
  honors: list(F.honors),
  events: list(F.events),
  songs: list(F.songs),
  claims: list(F.claims),
  sources: list(F.sources),
};
