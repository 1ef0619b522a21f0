import { SONG_FIELDS as F } from '../../db/catalogue/other-fields';
import type { SongResolvers } from '../generated/resolvers-types';
import { exactlyOne, list, paged } from './catalogue-field';

export const Song: SongResolvers = {
  work: exactlyOne(F.work),
  episodes: list(F.episodes),
  performers: list(F.performers),
  lyricists: list(F.lyricists),
  composers: list(F.composers),
  claims: paged(F.claims),
  sources: list(F.sources),
};
