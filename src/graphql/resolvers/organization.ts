import { ORGANIZATION_FIELDS as F } from '../../db/catalogue/other-fields';
import type { OrganizationResolvers } from '../generated/resolvers-types';
import { list } from './catalogue-field';

export const Organization: OrganizationResolvers = {
  works: list(F.works),
  editions: list(F.editions),
  claims: list(F.claims),
  sources: list(F.sources),
};
