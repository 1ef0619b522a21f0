/**
 * The values of every enum in schema.graphql, in schema order. The seed's and the curation
 * inputs' validation, the data layer and the resolvers take them from here;
 * tests/unit/vocabulary.test.ts checks each list against the schema.
 */
export const WORK_KINDS = ['NOVEL', 'FILM', 'SERIES', 'STORY'] as const;
export const CREDIT_ROLES = [
  'AUTHOR',
  'TRANSLATOR',
  'DIRECTOR',
  'SCREENWRITER',
  'ACTOR',
  'PRODUCER',
  'CASTING',
  'MUSIC',
  'LYRICIST',
  'PERFORMER',
  'CINEMATOGRAPHER',
  'EDITOR',
  'COMPOSER',
] as const;
export const CONFIDENCES = ['STATED', 'UNCERTAIN', 'INFERRED'] as const;
export const CLAIM_RANKS = ['PREFERRED', 'NORMAL', 'DEPRECATED'] as const;
export const STANCES = ['POSITIVE', 'MIXED', 'NEGATIVE'] as const;
export const HONOR_RESULTS = ['WON', 'NOMINATED', 'LONGLISTED', 'SHORTLISTED', 'SELECTED'] as const;
export const ORGANIZATION_KINDS = [
  'PUBLISHER',
  'PRODUCTION_COMPANY',
  'DISTRIBUTOR',
  'NETWORK',
  'PLATFORM',
  'AGENCY',
  'GOVERNMENT',
  'OUTLET',
  'FESTIVAL',
  'SCHOOL',
  'AWARD_BODY',
  'ADVOCACY_GROUP',
  'COMPANY',
  'RETAILER',
  'OTHER',
] as const;
/** What an organization did for a work; each is also the type of the relationship from it to the work. */
export const ORGANIZATION_ROLES = [
  'PUBLISHED',
  'PRODUCED',
  'DISTRIBUTED',
  'STREAMED',
  'FUNDED',
  'ACQUIRED_RIGHTS',
  'REPRESENTED',
  'INITIATED',
] as const;
export const EVENT_KINDS = [
  'PUBLICATION',
  'PREMIERE',
  'RELEASE',
  'ANNOUNCEMENT',
  'CASTING',
  'FILMING',
  'PRESS_EVENT',
  'SCREENING',
  'PROTEST',
  'CONTROVERSY',
  'SCHEDULE_CHANGE',
  'AUDIENCE_RESPONSE',
  'BOX_OFFICE',
  'SALES',
  'OTHER',
] as const;
export const RANKING_KINDS = ['YEAR_END_LIST', 'CHART'] as const;
export const PLACE_KINDS = ['COUNTRY', 'CITY', 'DISTRICT', 'VENUE', 'LANDMARK', 'REGION'] as const;
export const SOURCE_KINDS = ['SEED', 'WEB'] as const;
export const SOURCE_RELIABILITIES = ['NORMAL', 'WEAK'] as const;
/** How a search hit matched, best first: search ranks by it before any score. */
export const SEARCH_MATCHES = ['EXACT', 'PREFIX', 'FUZZY'] as const;
/** What wrote a revision: a seed load, each mutation, or a revert. */
export const REVISION_OPERATIONS = [
  'SEED',
  'ADD_SOURCE',
  'UPSERT_PERSON',
  'UPSERT_CHARACTER',
  'LINK_COUNTERPARTS',
  'ADD_CREDIT',
  'ADD_REVIEW',
  'ADD_RANKING',
  'ADD_HONOR',
  'ADD_CLAIM',
  'REVERT',
] as const;
/** What one change of a revision is about. */
export const CHANGE_KINDS = ['ENTITY', 'FIELD', 'SOURCE', 'CLAIM', 'RELATIONSHIP', 'KEPT'] as const;

export type WorkKind = (typeof WORK_KINDS)[number];
export type CreditRole = (typeof CREDIT_ROLES)[number];
export type Confidence = (typeof CONFIDENCES)[number];
export type ClaimRank = (typeof CLAIM_RANKS)[number];
export type Stance = (typeof STANCES)[number];
export type HonorResult = (typeof HONOR_RESULTS)[number];
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type RankingKind = (typeof RANKING_KINDS)[number];
export type PlaceKind = (typeof PLACE_KINDS)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type SourceReliability = (typeof SOURCE_RELIABILITIES)[number];
export type SearchMatch = (typeof SEARCH_MATCHES)[number];
export type RevisionOperation = (typeof REVISION_OPERATIONS)[number];
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** Each schema enum by its name in schema.graphql, for the check against the schema. */
export const SCHEMA_ENUMS = {
  WorkKind: WORK_KINDS,
  CreditRole: CREDIT_ROLES,
  Confidence: CONFIDENCES,
  ClaimRank: CLAIM_RANKS,
  Stance: STANCES,
  HonorResult: HONOR_RESULTS,
  OrganizationKind: ORGANIZATION_KINDS,
  OrganizationRole: ORGANIZATION_ROLES,
  EventKind: EVENT_KINDS,
  RankingKind: RANKING_KINDS,
  PlaceKind: PLACE_KINDS,
  SourceKind: SOURCE_KINDS,
  SourceReliability: SOURCE_RELIABILITIES,
  SearchMatch: SEARCH_MATCHES,
  RevisionOperation: REVISION_OPERATIONS,
  ChangeKind: CHANGE_KINDS,
} as const;
