import { EPISODE_FIELDS as F } from '../../db/catalogue/other-fields';
import type { EpisodeResolvers } from '../generated/resolvers-types';
import { exactlyOne, list, paged } from './catalogue-field';

export const Episode: EpisodeResolvers = {
  work: exactlyOne(F.work),
  directors: list(F.directors),
  adapts: list(F.adapts),
  songs: list(F.songs),
  claims: paged(F.claims),
  sources: list(F.sources),
};
