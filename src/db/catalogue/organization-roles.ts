import { ORGANIZATION_ROLES } from '../../vocabulary';

/** Any of the relationship types from an organization to a work, as a pattern's type alternation. */
export const ORGANIZATION_ROLE_PATTERN = ORGANIZATION_ROLES.join('|');
