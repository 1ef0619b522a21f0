import { CHARACTER_FIELDS as F } from '../../db/catalogue/people-fields';
import type { CharacterResolvers } from '../generated/resolvers-types';
import { exactlyOne, list, paged } from './catalogue-field';

export const Character: CharacterResolvers = {
  work: exactlyOne(F.work),
  counterparts: list(F.counterparts),
  counterpartLinks: list(F.counterpartLinks),
  portrayals: list(F.portrayals),
  claims: paged(F.claims),
  sources: list(F.sources),
};
