import { ORGANIZATION_FIELDS as F } from '../../db/catalogue/other-fields';
import type { OrganizationResolvers } from '../generated/resolvers-types';
import { list, paged } from './catalogue-field';

export const Organization: OrganizationResolvers = {
  works: list(F.works),
  editions: list(F.editions),
  claims: paged(F.claims),
  sources: list(F.sources),
};
