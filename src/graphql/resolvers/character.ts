import { CHARACTER_FIELDS as F } from '../../db/catalogue/people-fields';
import type { CharacterResolvers } from '../generated/resolvers-types';
import { exactlyOne, list } from './catalogue-field';

export const Character: CharacterResolvers = {
  work: exactlyOne(F.work),
  counterparts: list(F.counterparts),
  counterpartLinks: list(F.counterpartLinks),
  portrayals: list(F.portrayals),
  claims: list(F.claims),
  sources: list(F.sources),
};
