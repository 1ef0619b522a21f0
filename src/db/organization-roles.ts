/** Relationship types from an organization to a work (the seed's OrganizationRole). */
export const ORGANIZATION_ROLES = [
  'PUBLISHED',
  'PRODUCED',
  'DISTRIBUTED',
  'STREAMED',
  'FUNDED',
  'ACQUIRED_RIGHTS',
  'REPRESENTED',
] as const;
