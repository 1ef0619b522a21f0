import { PERSON_FIELDS as F } from '../../db/catalogue/people-fields';
import type { PersonResolvers } from '../generated/resolvers-types';
import { list, paged } from './catalogue-field';

export const Person: PersonResolvers = {
  credits: list(F.credits),
  portrayals: list(F.portrayals),
  cast: list(F.cast),
  castBy: list(F.castBy),
  translations: list(F.translations),
  honors: paged(F.honors),
  songs: list(F.songs),
  claims: paged(F.claims),
  sources: list(F.sources),
};
