import { EDITION_FIELDS as F } from '../../db/catalogue/other-fields';
import type { EditionResolvers } from '../generated/resolvers-types';
import { exactlyOne, list, single, paged } from './catalogue-field';

export const Edition: EditionResolvers = {
  work: exactlyOne(F.work),
  publisher: single(F.publisher),
  translators: list(F.translators),
  claims: paged(F.claims),
  sources: list(F.sources),
};
