// Generated from schema.graphql by scripts/codegen.ts (npm run codegen). Do not edit.
/* eslint-disable */
import type { GraphQLResolveInfo } from 'graphql';
import type {
  WorkModel,
  PersonModel,
  CharacterModel,
  OrganizationModel,
  PlaceModel,
  EpisodeModel,
  ReviewModel,
  RankingModel,
  RatingModel,
  HonorModel,
  EventModel,
  SongModel,
  EditionModel,
  CastingModel,
  SourceModel,
  CreditModel,
  PortrayalModel,
  AdaptationModel,
  CounterpartLinkModel,
  OrganizationCreditModel,
  ClaimModel,
  PathModel,
} from '../../db/models';
import type {
  PathEdgeParent,
  CreditPage,
  ReviewPage,
  EventPage,
  HonorPage,
  ClaimPage,
  SearchConnectionParent,
  SearchEdgeParent,
} from '../parents';
import type { GraphContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
};

/** Who may keep an answer: any cache (PUBLIC) or only the caller's own (PRIVATE). */
export type CacheControlScope = 'PUBLIC' | 'PRIVATE';

/** An entity with a stable global id (a readable slug such as `nam-yoon-su`), the same across reloads of the seed. */
export type Node = {
  id: Scalars['ID']['output'];
};

export type WorkKind =
  | 'NOVEL'
  | 'FILM'
  | 'SERIES'
  /** One of the novel's four linked stories. */
  | 'STORY';

export type CreditRole =
  | 'AUTHOR'
  | 'TRANSLATOR'
  | 'DIRECTOR'
  | 'SCREENWRITER'
  | 'ACTOR'
  | 'PRODUCER'
  | 'CASTING'
  | 'MUSIC'
  | 'LYRICIST'
  | 'PERFORMER'
  | 'CINEMATOGRAPHER'
  | 'EDITOR'
  | 'COMPOSER';

/** How sure the sources make us: STATED by a source, UNCERTAIN when only weak sources say it, INFERRED when the link was made by the curators. */
export type Confidence = 'STATED' | 'UNCERTAIN' | 'INFERRED';

/** Rank among competing claims about the same property, as in Wikidata. */
export type ClaimRank = 'PREFERRED' | 'NORMAL' | 'DEPRECATED';

export type Stance = 'POSITIVE' | 'MIXED' | 'NEGATIVE';

export type HonorResult = 'WON' | 'NOMINATED' | 'LONGLISTED' | 'SHORTLISTED' | 'SELECTED';

export type OrganizationKind =
  | 'PUBLISHER'
  | 'PRODUCTION_COMPANY'
  | 'DISTRIBUTOR'
  | 'NETWORK'
  | 'PLATFORM'
  | 'AGENCY'
  | 'GOVERNMENT'
  | 'OUTLET'
  | 'FESTIVAL'
  | 'SCHOOL'
  | 'AWARD_BODY'
  | 'ADVOCACY_GROUP'
  | 'COMPANY'
  | 'RETAILER'
  | 'OTHER';

/** What an organization did for a work. */
export type OrganizationRole =
  | 'PUBLISHED'
  | 'PRODUCED'
  | 'DISTRIBUTED'
  | 'STREAMED'
  | 'FUNDED'
  | 'ACQUIRED_RIGHTS'
  | 'REPRESENTED'
  /** Set the project going: decided on it, chose who would make it. */
  | 'INITIATED';

export type EventKind =
  | 'PUBLICATION'
  | 'PREMIERE'
  | 'RELEASE'
  | 'ANNOUNCEMENT'
  | 'CASTING'
  | 'FILMING'
  | 'PRESS_EVENT'
  | 'SCREENING'
  | 'PROTEST'
  | 'CONTROVERSY'
  | 'SCHEDULE_CHANGE'
  | 'AUDIENCE_RESPONSE'
  | 'BOX_OFFICE'
  | 'SALES'
  | 'OTHER';

export type RankingKind =
  /** A publication's list of the year's best. */
  | 'YEAR_END_LIST'
  /** A platform's chart or popularity ranking at a moment. */
  | 'CHART';

export type PlaceKind = 'COUNTRY' | 'CITY' | 'DISTRICT' | 'VENUE' | 'LANDMARK' | 'REGION';

export type SourceKind =
  /** One of the project's seed documents, cited by file name. */
  | 'SEED'
  /** A public web page, cited by URL. */
  | 'WEB';

export type Query = {
  __typename?: 'Query';
  /** Any entity by its global id; null when there is none. */
  node?: Maybe<Node>;
  /**
   * The works of Love in the Big City (the novel, the film, the series; the novel's stories only when
   * asked for by kind), oldest first. With referenced: true, the other works the graph refers to
   * instead (the films of rival nominees, Park's first collection); with referenced: null, all.
   */
  works?: Maybe<Array<Work>>;
  /** A work by id, or by title: any title or alias matches, ignoring case, spaces and hyphens. */
  work?: Maybe<Work>;
  /** A person by id, or by name: any alias or romanization matches, ignoring case, spaces and hyphens. */
  person?: Maybe<Person>;
  /** A character by id, or by name (optionally within one work). */
  character?: Maybe<Character>;
  /** The character of that name and all its counterparts in other works, with who played them. Unknown names give an empty list. */
  portrayals?: Maybe<Array<Portrayal>>;
  /** Full-text search over names, aliases, romanizations, Hangul and titles. */
  search?: Maybe<SearchConnection>;
  /** A shortest connection between two entities through the story's relationships; null when none is within maxLength. */
  path?: Maybe<Path>;
  /** A source by id. */
  source?: Maybe<Source>;
  /**
   * The revisions that touched an entity (its fields, citations, claims and relationships), or a
   * claim, newest first: who changed what, when, citing what, with each value before and after.
   */
  history?: Maybe<HistoryConnection>;
};

export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};

export type QueryWorksArgs = {
  kind?: InputMaybe<WorkKind>;
  referenced?: InputMaybe<Scalars['Boolean']['input']>;
};

export type QueryWorkArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type QueryPersonArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type QueryCharacterArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  work?: InputMaybe<Scalars['ID']['input']>;
};

export type QueryPortrayalsArgs = {
  character: Scalars['String']['input'];
};

export type QuerySearchArgs = {
  query: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

export type QueryPathArgs = {
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  maxLength?: InputMaybe<Scalars['Int']['input']>;
};

export type QuerySourceArgs = {
  id: Scalars['ID']['input'];
};

export type QueryHistoryArgs = {
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

export type Work = Node & {
  __typename?: 'Work';
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  nativeTitle?: Maybe<Scalars['String']['output']>;
  aliases: Array<Scalars['String']['output']>;
  kind: WorkKind;
  year?: Maybe<Scalars['Int']['output']>;
  /** The preferred release (or Korean publication) date; competing dates are in `claims`. */
  releaseDate?: Maybe<Scalars['String']['output']>;
  country?: Maybe<Scalars['String']['output']>;
  language?: Maybe<Scalars['String']['output']>;
  genres: Array<Scalars['String']['output']>;
  runtimeMinutes?: Maybe<Scalars['Int']['output']>;
  episodeCount?: Maybe<Scalars['Int']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** True for a work outside Love in the Big City that the graph refers to, such as a rival nominee's film. */
  referenced: Scalars['Boolean']['output'];
  confidence: Confidence;
  /** The work this one adapts. */
  adaptationOf?: Maybe<Work>;
  /** What the adaptation takes from the work it adapts. */
  adaptation?: Maybe<Adaptation>;
  adaptations?: Maybe<Array<Work>>;
  /** For a story: the book it belongs to. */
  partOf?: Maybe<Work>;
  partNumber?: Maybe<Scalars['Int']['output']>;
  parts?: Maybe<Array<Work>>;
  /** For a story: the episodes of an adaptation that draw on it. */
  adaptedIn?: Maybe<Array<Episode>>;
  /** For a book: its editions, the original and its translations, oldest first. */
  editions?: Maybe<Array<Edition>>;
  credits?: Maybe<CreditConnection>;
  characters?: Maybe<Array<Character>>;
  episodes?: Maybe<Array<Episode>>;
  organizations?: Maybe<Array<OrganizationCredit>>;
  reviews?: Maybe<ReviewConnection>;
  rankings?: Maybe<Array<Ranking>>;
  ratings?: Maybe<Array<Rating>>;
  /** Honors given to the work, or to people for it. */
  honors?: Maybe<HonorConnection>;
  events?: Maybe<EventConnection>;
  songs?: Maybe<Array<Song>>;
  /** Facts about this work, each with its sources; conflicting claims are all here. */
  claims?: Maybe<ClaimConnection>;
  sources?: Maybe<Array<Source>>;
  revision?: Maybe<Revision>;
};

export type WorkCreditsArgs = {
  role?: InputMaybe<CreditRole>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
};

export type WorkOrganizationsArgs = {
  role?: InputMaybe<OrganizationRole>;
};

export type WorkReviewsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
};

export type WorkRankingsArgs = {
  kind?: InputMaybe<RankingKind>;
};

export type WorkHonorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
};

export type WorkEventsArgs = {
  kind?: InputMaybe<EventKind>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
};

export type WorkClaimsArgs = {
  property?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
};

export type Adaptation = {
  __typename?: 'Adaptation';
  /** Stable across reloads: derived from the two works, so a client cache can keep it apart from every other object. */
  id: Scalars['ID']['output'];
  work: Work;
  of: Work;
  /** The parts (stories) of the adapted work it draws on. */
  parts: Array<Work>;
  note?: Maybe<Scalars['String']['output']>;
  confidence: Confidence;
  sources: Array<Source>;
};

export type Person = Node & {
  __typename?: 'Person';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  nativeName?: Maybe<Scalars['String']['output']>;
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  confidence: Confidence;
  credits?: Maybe<Array<Credit>>;
  portrayals?: Maybe<Array<Portrayal>>;
  /** The actors this person cast (a director or casting director), with the work. */
  cast?: Maybe<Array<Casting>>;
  /** Who cast this person, with the work. */
  castBy?: Maybe<Array<Casting>>;
  /** The editions this person translated. */
  translations?: Maybe<Array<Edition>>;
  honors?: Maybe<HonorConnection>;
  songs?: Maybe<Array<Song>>;
  claims?: Maybe<ClaimConnection>;
  sources?: Maybe<Array<Source>>;
  revision?: Maybe<Revision>;
};

export type PersonHonorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
};

export type PersonClaimsArgs = {
  property?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
};

/** Who cast an actor in a work, and in which part. */
export type Casting = {
  __typename?: 'Casting';
  /** Stable across reloads: derived from who cast whom, for which work and part, so a client cache can keep it apart from every other object. */
  id: Scalars['ID']['output'];
  /** The director or casting director who chose the actor. */
  castBy: Person;
  actor: Person;
  work: Work;
  character?: Maybe<Character>;
  note?: Maybe<Scalars['String']['output']>;
  confidence: Confidence;
  sources: Array<Source>;
  revision?: Maybe<Revision>;
};

/** A published edition of a book: the original or a translation, in one language, from one publisher. */
export type Edition = Node & {
  __typename?: 'Edition';
  id: Scalars['ID']['output'];
  work?: Maybe<Work>;
  title: Scalars['String']['output'];
  nativeTitle?: Maybe<Scalars['String']['output']>;
  language: Scalars['String']['output'];
  country?: Maybe<Scalars['String']['output']>;
  /** The publication date, as precise as the sources give it. */
  date?: Maybe<Scalars['String']['output']>;
  /** hardcover, paperback, ebook, audiobook… */
  format?: Maybe<Scalars['String']['output']>;
  isbn?: Maybe<Scalars['String']['output']>;
  publisher?: Maybe<Organization>;
  translators?: Maybe<Array<Person>>;
  note?: Maybe<Scalars['String']['output']>;
  confidence: Confidence;
  /** Claims about this entity, each with its sources. */
  claims?: Maybe<ClaimConnection>;
  sources?: Maybe<Array<Source>>;
  revision?: Maybe<Revision>;
};

/** A published edition of a book: the original or a translation, in one language, from one publisher. */
export type EditionClaimsArgs = {
  property?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
};

export type Character = Node & {
  __typename?: 'Character';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  nativeName?: Maybe<Scalars['String']['output']>;
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  confidence: Confidence;
  work?: Maybe<Work>;
  /** The same character in the other works (directly or through the novel). */
  counterparts?: Maybe<Array<Character>>;
  /** The curated counterpart links of this character, with their sources. */
  counterpartLinks?: Maybe<Array<CounterpartLink>>;
  portrayals?: Maybe<Array<Portrayal>>;
  claims?: Maybe<ClaimConnection>;
  sources?: Maybe<Array<Source>>;
  revision?: Maybe<Revision>;
};

export type CharacterClaimsArgs = {
  property?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
};

export type CounterpartLink = {
  __typename?: 'CounterpartLink';
  /** Stable across reloads: derived from the character it is seen from and the other one, so a client cache can keep it apart from every other object. */
  id: Scalars['ID']['output'];
  character: Character;
  note?: Maybe<Scalars['String']['output']>;
  confidence: Confidence;
  sources: Array<Source>;
  revision?: Maybe<Revision>;
};

export type Credit = {
  __typename?: 'Credit';
  /** Stable across reloads: derived from the person, the work, the role and the character, so a client cache can keep it apart from every other object. */
  id: Scalars['ID']['output'];
  person: Person;
  work: Work;
  role: CreditRole;
  episodes?: Maybe<Array<Scalars['Int']['output']>>;
  character?: Maybe<Character>;
  /** The name the credit uses, when it is not the person's primary name (E.oni). */
  creditedAs?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  confidence: Confidence;
  sources: Array<Source>;
  revision?: Maybe<Revision>;
};

export type CreditConnection = {
  __typename?: 'CreditConnection';
  edges: Array<CreditEdge>;
  nodes: Array<Credit>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CreditEdge = {
  __typename?: 'CreditEdge';
  cursor: Scalars['String']['output'];
  node: Credit;
};

export type ReviewConnection = {
  __typename?: 'ReviewConnection';
  edges: Array<ReviewEdge>;
  nodes: Array<Review>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ReviewEdge = {
  __typename?: 'ReviewEdge';
  cursor: Scalars['String']['output'];
  node: Review;
};

export type EventConnection = {
  __typename?: 'EventConnection';
  edges: Array<EventEdge>;
  nodes: Array<Event>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EventEdge = {
  __typename?: 'EventEdge';
  cursor: Scalars['String']['output'];
  node: Event;
};

export type HonorConnection = {
  __typename?: 'HonorConnection';
  edges: Array<HonorEdge>;
  nodes: Array<Honor>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type HonorEdge = {
  __typename?: 'HonorEdge';
  cursor: Scalars['String']['output'];
  node: Honor;
};

export type ClaimConnection = {
  __typename?: 'ClaimConnection';
  edges: Array<ClaimEdge>;
  nodes: Array<Claim>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ClaimEdge = {
  __typename?: 'ClaimEdge';
  cursor: Scalars['String']['output'];
  node: Claim;
};

/**
 * Where a page stands in its list, as Relay's connection spec has it. On an empty page (first: 0) both cursors
 * are the position the page started after, so paging on from endCursor never skips an item.
 */
export type PageInfo = {
  __typename?: 'PageInfo';
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
  endCursor?: Maybe<Scalars['String']['output']>;
};

export type Portrayal = {
  __typename?: 'Portrayal';
  /** Stable across reloads: derived from the actor and the character, so a client cache can keep it apart from every other object. */
  id: Scalars['ID']['output'];
  actor: Person;
  character: Character;
  work: Work;
  episodes?: Maybe<Array<Scalars['Int']['output']>>;
  confidence: Confidence;
  sources: Array<Source>;
  revision?: Maybe<Revision>;
};

export type Episode = Node & {
  __typename?: 'Episode';
  id: Scalars['ID']['output'];
  work?: Maybe<Work>;
  number: Scalars['Int']['output'];
  title?: Maybe<Scalars['String']['output']>;
  nativeTitle?: Maybe<Scalars['String']['output']>;
  releaseDate?: Maybe<Scalars['String']['output']>;
  synopsis?: Maybe<Scalars['String']['output']>;
  directors?: Maybe<Array<Person>>;
  /** The stories of the novel the episode draws on. */
  adapts?: Maybe<Array<Work>>;
  songs?: Maybe<Array<Song>>;
  /** Claims about this entity, each with its sources. */
  claims?: Maybe<ClaimConnection>;
  sources?: Maybe<Array<Source>>;
  revision?: Maybe<Revision>;
};

export type EpisodeClaimsArgs = {
  property?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
};

export type Organization = Node & {
  __typename?: 'Organization';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  nativeName?: Maybe<Scalars['String']['output']>;
  aliases: Array<Scalars['String']['output']>;
  kind: OrganizationKind;
  country?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  works?: Maybe<Array<OrganizationCredit>>;
  /** The editions this organization published. */
  editions?: Maybe<Array<Edition>>;
  claims?: Maybe<ClaimConnection>;
  sources?: Maybe<Array<Source>>;
  revision?: Maybe<Revision>;
};

export type OrganizationClaimsArgs = {
  property?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
};

/** An organization's part in a work: published, produced, distributed, streamed, funded… */
export type OrganizationCredit = {
  __typename?: 'OrganizationCredit';
  /** Stable across reloads: derived from the organization, the work, the role and the region, so a client cache can keep it apart from every other object. */
  id: Scalars['ID']['output'];
  organization: Organization;
  work: Work;
  role: OrganizationRole;
  region?: Maybe<Scalars['String']['output']>;
  date?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  confidence: Confidence;
  sources: Array<Source>;
};

export type Place = Node & {
  __typename?: 'Place';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  nativeName?: Maybe<Scalars['String']['output']>;
  aliases: Array<Scalars['String']['output']>;
  kind: PlaceKind;
  within?: Maybe<Place>;
  events?: Maybe<Array<Event>>;
  /** Claims about this entity, each with its sources. */
  claims?: Maybe<ClaimConnection>;
  sources?: Maybe<Array<Source>>;
  revision?: Maybe<Revision>;
};

export type PlaceClaimsArgs = {
  property?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
};

export type Review = Node & {
  __typename?: 'Review';
  id: Scalars['ID']['output'];
  work?: Maybe<Work>;
  outlet?: Maybe<Organization>;
  critic?: Maybe<Scalars['String']['output']>;
  date?: Maybe<Scalars['String']['output']>;
  stance: Stance;
  /** A short paraphrase in the project's own words. */
  summary: Scalars['String']['output'];
  /** The people, episodes or characters the review singles out. */
  about?: Maybe<Array<Node>>;
  confidence: Confidence;
  /** Claims about this entity, each with its sources. */
  claims?: Maybe<ClaimConnection>;
  sources?: Maybe<Array<Source>>;
  revision?: Maybe<Revision>;
};

export type ReviewClaimsArgs = {
  property?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
};

export type Ranking = Node & {
  __typename?: 'Ranking';
  id: Scalars['ID']['output'];
  kind: RankingKind;
  work?: Maybe<Work>;
  publisher?: Maybe<Organization>;
  list: Scalars['String']['output'];
  year: Scalars['Int']['output'];
  rank?: Maybe<Scalars['Int']['output']>;
  /** Claims about this entity, each with its sources. */
  claims?: Maybe<ClaimConnection>;
  sources?: Maybe<Array<Source>>;
  revision?: Maybe<Revision>;
};

export type RankingClaimsArgs = {
  property?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
};

export type Rating = Node & {
  __typename?: 'Rating';
  id: Scalars['ID']['output'];
  work?: Maybe<Work>;
  platform?: Maybe<Organization>;
  value: Scalars['Float']['output'];
  scale: Scalars['Float']['output'];
  date?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  /** Claims about this entity, each with its sources. */
  claims?: Maybe<ClaimConnection>;
  sources?: Maybe<Array<Source>>;
  revision?: Maybe<Revision>;
};

export type RatingClaimsArgs = {
  property?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
};

export type Honor = Node & {
  __typename?: 'Honor';
  id: Scalars['ID']['output'];
  prize: Scalars['String']['output'];
  category?: Maybe<Scalars['String']['output']>;
  /** The ceremony's or prize's number, such as 45 for the 45th Blue Dragon Film Awards. */
  edition?: Maybe<Scalars['Int']['output']>;
  year: Scalars['Int']['output'];
  result: HonorResult;
  awardedBy?: Maybe<Organization>;
  /** The works and people honored. */
  recipients?: Maybe<Array<Node>>;
  /** The works the honor is for: the work honored, or the one a person was honored for. */
  for?: Maybe<Array<Work>>;
  note?: Maybe<Scalars['String']['output']>;
  confidence: Confidence;
  /** Claims about this entity, each with its sources. */
  claims?: Maybe<ClaimConnection>;
  sources?: Maybe<Array<Source>>;
  revision?: Maybe<Revision>;
};

export type HonorClaimsArgs = {
  property?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
};

export type Event = Node & {
  __typename?: 'Event';
  id: Scalars['ID']['output'];
  kind: EventKind;
  title: Scalars['String']['output'];
  date: Scalars['String']['output'];
  endDate?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  place?: Maybe<Place>;
  works?: Maybe<Array<Work>>;
  participants?: Maybe<Array<Node>>;
  confidence: Confidence;
  /** Claims about this entity, each with its sources. */
  claims?: Maybe<ClaimConnection>;
  sources?: Maybe<Array<Source>>;
  revision?: Maybe<Revision>;
};

export type EventClaimsArgs = {
  property?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
};

export type Song = Node & {
  __typename?: 'Song';
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  nativeTitle?: Maybe<Scalars['String']['output']>;
  album?: Maybe<Scalars['String']['output']>;
  releaseDate?: Maybe<Scalars['String']['output']>;
  work?: Maybe<Work>;
  /** Episodes of the work the song is used in. */
  episodes?: Maybe<Array<Episode>>;
  performers?: Maybe<Array<Person>>;
  lyricists?: Maybe<Array<Person>>;
  composers?: Maybe<Array<Person>>;
  note?: Maybe<Scalars['String']['output']>;
  /** Claims about this entity, each with its sources. */
  claims?: Maybe<ClaimConnection>;
  sources?: Maybe<Array<Source>>;
  revision?: Maybe<Revision>;
};

export type SongClaimsArgs = {
  property?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
};

/** Who created and last changed an entity, claim or link, and when; `seed` for what the seed loaded. */
export type Revision = {
  __typename?: 'Revision';
  createdBy?: Maybe<Scalars['String']['output']>;
  createdAt?: Maybe<Scalars['String']['output']>;
  updatedBy?: Maybe<Scalars['String']['output']>;
  updatedAt?: Maybe<Scalars['String']['output']>;
};

/** One source's statement of a property's value. Where sources disagree, each value is its own claim. */
export type Claim = {
  __typename?: 'Claim';
  id: Scalars['ID']['output'];
  property: Scalars['String']['output'];
  value: Scalars['String']['output'];
  /** True for the claim the curators prefer among competing ones. */
  preferred: Scalars['Boolean']['output'];
  rank: ClaimRank;
  /** Why this claim is preferred or deprecated. */
  reason?: Maybe<Scalars['String']['output']>;
  confidence: Confidence;
  note?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  revision?: Maybe<Revision>;
};

export type Source = Node & {
  __typename?: 'Source';
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  kind: SourceKind;
  publisher?: Maybe<Scalars['String']['output']>;
  /** The page's address, for web sources. */
  url?: Maybe<Scalars['String']['output']>;
  /** The seed document's file name, for seed sources. */
  fileName?: Maybe<Scalars['String']['output']>;
  publishedOn?: Maybe<Scalars['String']['output']>;
  /** WEAK for blogs, aggregators, machine translations and reader reviews. */
  reliability: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  revision?: Maybe<Revision>;
};

export type SearchResult = Work | Person | Character | Organization | Place | Song | Episode;

export type SearchConnection = {
  __typename?: 'SearchConnection';
  edges: Array<SearchEdge>;
  nodes: Array<SearchResult>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/**
 * How a search hit matched, in the order hits are ranked: every exact hit before every prefix hit,
 * every prefix hit before every fuzzy one.
 */
export type SearchMatch =
  /** The whole text is one of the entity's names (ignoring case, spaces and hyphens), or a word is one of its terms. */
  | 'EXACT'
  /** A word begins one of the entity's terms. */
  | 'PREFIX'
  /** A word of four letters or more is within one typo of one of the entity's terms. */
  | 'FUZZY';

export type SearchEdge = {
  __typename?: 'SearchEdge';
  cursor: Scalars['String']['output'];
  node: SearchResult;
  /** How the hit matched; hits are ranked by it first. */
  match: SearchMatch;
  /** Relevance within the hit's match (1000 for a whole-name match); hits of one match are ranked by it. */
  score: Scalars['Float']['output'];
};

export type Path = {
  __typename?: 'Path';
  nodes: Array<Node>;
  edges: Array<PathEdge>;
  length: Scalars['Int']['output'];
};

export type PathEdge = {
  __typename?: 'PathEdge';
  from: Scalars['ID']['output'];
  to: Scalars['ID']['output'];
  /** The relationship type, e.g. PLAYED, COUNTERPART_OF, APPEARS_IN. */
  type: Scalars['String']['output'];
  sources: Array<Source>;
};

/**
 * Curation: add or correct facts. Every write needs a curator token (Authorization: Bearer …) and
 * cites at least one existing Source; who wrote it and when is recorded on what it writes.
 * Writes are idempotent: the same input twice leaves the graph as once.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Registers a source (a web page or document) that later writes can cite. A source's kind and address never change; seed sources are changed in the seed only. */
  addSource?: Maybe<Source>;
  /** Adds a person, or corrects one (matched by id): an omitted field stays as it is, null clears it, and a renamed person keeps the old name as an alias. */
  upsertPerson?: Maybe<Person>;
  /** Adds a character of a work, or corrects one (matched by id), as upsertPerson does. */
  upsertCharacter?: Maybe<Character>;
  /** Links two characters of different works as the same character. */
  linkCounterparts?: Maybe<Character>;
  /** Credits a person on a work; an ACTOR credit with a character is also a portrayal. */
  addCredit?: Maybe<Credit>;
  addReview?: Maybe<Review>;
  addRanking?: Maybe<Ranking>;
  addHonor?: Maybe<Honor>;
  /**
   * Records one source's value for a property of any entity; conflicting claims are kept side by side.
   * The value must suit the property's declared type. A PREFERRED claim sets the entity's field and
   * takes the rank from the property's other claims; re-adding a claim keeps what the input omits.
   */
  addClaim?: Maybe<Claim>;
  /** Puts back what a revision changed, as a new revision (which can be reverted in turn). Curators only. */
  revert?: Maybe<HistoryEntry>;
};

/**
 * Curation: add or correct facts. Every write needs a curator token (Authorization: Bearer …) and
 * cites at least one existing Source; who wrote it and when is recorded on what it writes.
 * Writes are idempotent: the same input twice leaves the graph as once.
 */
export type MutationAddSourceArgs = {
  input: SourceInput;
};

/**
 * Curation: add or correct facts. Every write needs a curator token (Authorization: Bearer …) and
 * cites at least one existing Source; who wrote it and when is recorded on what it writes.
 * Writes are idempotent: the same input twice leaves the graph as once.
 */
export type MutationUpsertPersonArgs = {
  input: PersonInput;
};

/**
 * Curation: add or correct facts. Every write needs a curator token (Authorization: Bearer …) and
 * cites at least one existing Source; who wrote it and when is recorded on what it writes.
 * Writes are idempotent: the same input twice leaves the graph as once.
 */
export type MutationUpsertCharacterArgs = {
  input: CharacterInput;
};

/**
 * Curation: add or correct facts. Every write needs a curator token (Authorization: Bearer …) and
 * cites at least one existing Source; who wrote it and when is recorded on what it writes.
 * Writes are idempotent: the same input twice leaves the graph as once.
 */
export type MutationLinkCounterpartsArgs = {
  input: CounterpartInput;
};

/**
 * Curation: add or correct facts. Every write needs a curator token (Authorization: Bearer …) and
 * cites at least one existing Source; who wrote it and when is recorded on what it writes.
 * Writes are idempotent: the same input twice leaves the graph as once.
 */
export type MutationAddCreditArgs = {
  input: CreditInput;
};

/**
 * Curation: add or correct facts. Every write needs a curator token (Authorization: Bearer …) and
 * cites at least one existing Source; who wrote it and when is recorded on what it writes.
 * Writes are idempotent: the same input twice leaves the graph as once.
 */
export type MutationAddReviewArgs = {
  input: ReviewInput;
};

/**
 * Curation: add or correct facts. Every write needs a curator token (Authorization: Bearer …) and
 * cites at least one existing Source; who wrote it and when is recorded on what it writes.
 * Writes are idempotent: the same input twice leaves the graph as once.
 */
export type MutationAddRankingArgs = {
  input: RankingInput;
};

/**
 * Curation: add or correct facts. Every write needs a curator token (Authorization: Bearer …) and
 * cites at least one existing Source; who wrote it and when is recorded on what it writes.
 * Writes are idempotent: the same input twice leaves the graph as once.
 */
export type MutationAddHonorArgs = {
  input: HonorInput;
};

/**
 * Curation: add or correct facts. Every write needs a curator token (Authorization: Bearer …) and
 * cites at least one existing Source; who wrote it and when is recorded on what it writes.
 * Writes are idempotent: the same input twice leaves the graph as once.
 */
export type MutationAddClaimArgs = {
  input: ClaimInput;
};

/**
 * Curation: add or correct facts. Every write needs a curator token (Authorization: Bearer …) and
 * cites at least one existing Source; who wrote it and when is recorded on what it writes.
 * Writes are idempotent: the same input twice leaves the graph as once.
 */
export type MutationRevertArgs = {
  revision: Scalars['ID']['input'];
};

/** What wrote a revision: a seed load, a mutation, or a revert. */
export type RevisionOperation =
  | 'SEED'
  | 'ADD_SOURCE'
  | 'UPSERT_PERSON'
  | 'UPSERT_CHARACTER'
  | 'LINK_COUNTERPARTS'
  | 'ADD_CREDIT'
  | 'ADD_REVIEW'
  | 'ADD_RANKING'
  | 'ADD_HONOR'
  | 'ADD_CLAIM'
  | 'REVERT';

/** What one change of a revision is about. */
export type ChangeKind =
  /** An entity made (after true) or taken out by a revert (after false). */
  | 'ENTITY'
  /** One property of an entity. */
  | 'FIELD'
  /** A citation of a source by an entity: target is the source. */
  | 'SOURCE'
  /** A claim, as a whole: target is the claim's id. */
  | 'CLAIM'
  /** A relationship, as a whole: property is its type, target its other end. */
  | 'RELATIONSHIP'
  /** A seed load left a curated value in place of the seed's own (before: the seed's, after: the kept). */
  | 'KEPT';

/** One immutable entry of the revision log. */
export type HistoryEntry = {
  __typename?: 'HistoryEntry';
  id: Scalars['ID']['output'];
  /** Who wrote it: `seed`, or a curator as key:name or jwt:subject. */
  author: Scalars['String']['output'];
  /** When, as an ISO 8601 instant. */
  at: Scalars['String']['output'];
  operation: RevisionOperation;
  /** The seed file, for a seed load's revisions. */
  file?: Maybe<Scalars['String']['output']>;
  /** The ids of the sources the change cites. */
  sources: Array<Scalars['ID']['output']>;
  /** The revision this one reverts. */
  reverts?: Maybe<Scalars['ID']['output']>;
  changes: Array<Change>;
};

/** One thing a revision changed, with its value before and after, each as JSON (null: absent). */
export type Change = {
  __typename?: 'Change';
  kind: ChangeKind;
  /** The entity, the claim's subject, or the relationship's start. */
  subject: Scalars['ID']['output'];
  /** The claim, the cited source, or the relationship's end. */
  target?: Maybe<Scalars['ID']['output']>;
  /** The field, or the relationship's type. */
  property?: Maybe<Scalars['String']['output']>;
  /** Tells parallel relationships of one type apart. */
  key?: Maybe<Scalars['String']['output']>;
  before?: Maybe<Scalars['String']['output']>;
  after?: Maybe<Scalars['String']['output']>;
};

export type HistoryConnection = {
  __typename?: 'HistoryConnection';
  edges: Array<HistoryEdge>;
  nodes: Array<HistoryEntry>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type HistoryEdge = {
  __typename?: 'HistoryEdge';
  cursor: Scalars['String']['output'];
  node: HistoryEntry;
};

export type SourceReliability = 'NORMAL' | 'WEAK';

export type SourceInput = {
  /** A slug; derived from the title when omitted. */
  id?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** 2024, 2024-10 or 2024-10-01. */
  publishedOn?: InputMaybe<Scalars['String']['input']>;
  /** NORMAL for something new; omitted on a correction, it stays as it is. */
  reliability?: InputMaybe<SourceReliability>;
  note?: InputMaybe<Scalars['String']['input']>;
};

export type PersonInput = {
  /** A slug; derived from the name when omitted. */
  id?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  nativeName?: InputMaybe<Scalars['String']['input']>;
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** STATED for something new; omitted on a correction, it stays as it is. */
  confidence?: InputMaybe<Confidence>;
  sources: Array<Scalars['ID']['input']>;
};

export type CharacterInput = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  work: Scalars['ID']['input'];
  nativeName?: InputMaybe<Scalars['String']['input']>;
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** STATED for something new; omitted on a correction, it stays as it is. */
  confidence?: InputMaybe<Confidence>;
  sources: Array<Scalars['ID']['input']>;
};

export type CounterpartInput = {
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** STATED for something new; omitted on a correction, it stays as it is. */
  confidence?: InputMaybe<Confidence>;
  sources: Array<Scalars['ID']['input']>;
};

export type CreditInput = {
  person: Scalars['ID']['input'];
  work: Scalars['ID']['input'];
  role: CreditRole;
  episodes?: InputMaybe<Array<Scalars['Int']['input']>>;
  character?: InputMaybe<Scalars['ID']['input']>;
  creditedAs?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** STATED for something new; omitted on a correction, it stays as it is. */
  confidence?: InputMaybe<Confidence>;
  sources: Array<Scalars['ID']['input']>;
};

export type ReviewInput = {
  id?: InputMaybe<Scalars['ID']['input']>;
  work: Scalars['ID']['input'];
  outlet?: InputMaybe<Scalars['ID']['input']>;
  critic?: InputMaybe<Scalars['String']['input']>;
  date?: InputMaybe<Scalars['String']['input']>;
  stance: Stance;
  /** A paraphrase in your own words, not a quotation. */
  summary: Scalars['String']['input'];
  about?: InputMaybe<Array<Scalars['ID']['input']>>;
  sources: Array<Scalars['ID']['input']>;
};

export type RankingInput = {
  id?: InputMaybe<Scalars['ID']['input']>;
  work: Scalars['ID']['input'];
  publisher: Scalars['ID']['input'];
  kind: RankingKind;
  list: Scalars['String']['input'];
  year: Scalars['Int']['input'];
  rank?: InputMaybe<Scalars['Int']['input']>;
  sources: Array<Scalars['ID']['input']>;
};

export type HonorInput = {
  id?: InputMaybe<Scalars['ID']['input']>;
  prize: Scalars['String']['input'];
  category?: InputMaybe<Scalars['String']['input']>;
  awardedBy?: InputMaybe<Scalars['ID']['input']>;
  /** The ceremony's or prize's number (45 for the 45th). */
  edition?: InputMaybe<Scalars['Int']['input']>;
  year: Scalars['Int']['input'];
  result: HonorResult;
  recipients: Array<Scalars['ID']['input']>;
  /** The works it is for: the work honored, or the one a person was honored for. */
  for?: InputMaybe<Array<Scalars['ID']['input']>>;
  note?: InputMaybe<Scalars['String']['input']>;
  sources: Array<Scalars['ID']['input']>;
};

export type ClaimInput = {
  subject: Scalars['ID']['input'];
  property: Scalars['String']['input'];
  value: Scalars['String']['input'];
  /** NORMAL for something new; omitted on a correction, it stays as it is. */
  rank?: InputMaybe<ClaimRank>;
  reason?: InputMaybe<Scalars['String']['input']>;
  /** STATED for something new; omitted on a correction, it stays as it is. */
  confidence?: InputMaybe<Confidence>;
  note?: InputMaybe<Scalars['String']['input']>;
  sources: Array<Scalars['ID']['input']>;
};

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<
  TResult,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<
  TResult,
  TKey extends string,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo,
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  obj: T,
  context: TContext,
  info: GraphQLResolveInfo,
) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<
  TResult = Record<PropertyKey, never>,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  SearchResult: WorkModel | PersonModel | CharacterModel | OrganizationModel | PlaceModel | SongModel | EpisodeModel;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | WorkModel
    | PersonModel
    | EditionModel
    | CharacterModel
    | EpisodeModel
    | OrganizationModel
    | PlaceModel
    | ReviewModel
    | RankingModel
    | RatingModel
    | HonorModel
    | EventModel
    | SongModel
    | SourceModel;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  CacheControlScope: CacheControlScope;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  WorkKind: WorkKind;
  CreditRole: CreditRole;
  Confidence: Confidence;
  ClaimRank: ClaimRank;
  Stance: Stance;
  HonorResult: HonorResult;
  OrganizationKind: OrganizationKind;
  OrganizationRole: OrganizationRole;
  EventKind: EventKind;
  RankingKind: RankingKind;
  PlaceKind: PlaceKind;
  SourceKind: SourceKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Work: ResolverTypeWrapper<WorkModel>;
  Adaptation: ResolverTypeWrapper<AdaptationModel>;
  Person: ResolverTypeWrapper<PersonModel>;
  Casting: ResolverTypeWrapper<CastingModel>;
  Edition: ResolverTypeWrapper<EditionModel>;
  Character: ResolverTypeWrapper<CharacterModel>;
  CounterpartLink: ResolverTypeWrapper<CounterpartLinkModel>;
  Credit: ResolverTypeWrapper<CreditModel>;
  CreditConnection: ResolverTypeWrapper<CreditPage>;
  CreditEdge: ResolverTypeWrapper<Omit<CreditEdge, 'node'> & { node: ResolversTypes['Credit'] }>;
  ReviewConnection: ResolverTypeWrapper<ReviewPage>;
  ReviewEdge: ResolverTypeWrapper<Omit<ReviewEdge, 'node'> & { node: ResolversTypes['Review'] }>;
  EventConnection: ResolverTypeWrapper<EventPage>;
  EventEdge: ResolverTypeWrapper<Omit<EventEdge, 'node'> & { node: ResolversTypes['Event'] }>;
  HonorConnection: ResolverTypeWrapper<HonorPage>;
  HonorEdge: ResolverTypeWrapper<Omit<HonorEdge, 'node'> & { node: ResolversTypes['Honor'] }>;
  ClaimConnection: ResolverTypeWrapper<ClaimPage>;
  ClaimEdge: ResolverTypeWrapper<Omit<ClaimEdge, 'node'> & { node: ResolversTypes['Claim'] }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Portrayal: ResolverTypeWrapper<PortrayalModel>;
  Episode: ResolverTypeWrapper<EpisodeModel>;
  Organization: ResolverTypeWrapper<OrganizationModel>;
  OrganizationCredit: ResolverTypeWrapper<OrganizationCreditModel>;
  Place: ResolverTypeWrapper<PlaceModel>;
  Review: ResolverTypeWrapper<ReviewModel>;
  Ranking: ResolverTypeWrapper<RankingModel>;
  Rating: ResolverTypeWrapper<RatingModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Honor: ResolverTypeWrapper<HonorModel>;
  Event: ResolverTypeWrapper<EventModel>;
  Song: ResolverTypeWrapper<SongModel>;
  Revision: ResolverTypeWrapper<Revision>;
  Claim: ResolverTypeWrapper<ClaimModel>;
  Source: ResolverTypeWrapper<SourceModel>;
  SearchResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SearchResult']>;
  SearchConnection: ResolverTypeWrapper<SearchConnectionParent>;
  SearchMatch: SearchMatch;
  SearchEdge: ResolverTypeWrapper<SearchEdgeParent>;
  Path: ResolverTypeWrapper<PathModel>;
  PathEdge: ResolverTypeWrapper<PathEdgeParent>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RevisionOperation: RevisionOperation;
  ChangeKind: ChangeKind;
  HistoryEntry: ResolverTypeWrapper<HistoryEntry>;
  Change: ResolverTypeWrapper<Change>;
  HistoryConnection: ResolverTypeWrapper<HistoryConnection>;
  HistoryEdge: ResolverTypeWrapper<HistoryEdge>;
  SourceReliability: SourceReliability;
  SourceInput: SourceInput;
  PersonInput: PersonInput;
  CharacterInput: CharacterInput;
  CounterpartInput: CounterpartInput;
  CreditInput: CreditInput;
  ReviewInput: ReviewInput;
  RankingInput: RankingInput;
  HonorInput: HonorInput;
  ClaimInput: ClaimInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  ID: Scalars['ID']['output'];
  Query: Record<PropertyKey, never>;
  String: Scalars['String']['output'];
  Work: WorkModel;
  Adaptation: AdaptationModel;
  Person: PersonModel;
  Casting: CastingModel;
  Edition: EditionModel;
  Character: CharacterModel;
  CounterpartLink: CounterpartLinkModel;
  Credit: CreditModel;
  CreditConnection: CreditPage;
  CreditEdge: Omit<CreditEdge, 'node'> & { node: ResolversParentTypes['Credit'] };
  ReviewConnection: ReviewPage;
  ReviewEdge: Omit<ReviewEdge, 'node'> & { node: ResolversParentTypes['Review'] };
  EventConnection: EventPage;
  EventEdge: Omit<EventEdge, 'node'> & { node: ResolversParentTypes['Event'] };
  HonorConnection: HonorPage;
  HonorEdge: Omit<HonorEdge, 'node'> & { node: ResolversParentTypes['Honor'] };
  ClaimConnection: ClaimPage;
  ClaimEdge: Omit<ClaimEdge, 'node'> & { node: ResolversParentTypes['Claim'] };
  PageInfo: PageInfo;
  Portrayal: PortrayalModel;
  Episode: EpisodeModel;
  Organization: OrganizationModel;
  OrganizationCredit: OrganizationCreditModel;
  Place: PlaceModel;
  Review: ReviewModel;
  Ranking: RankingModel;
  Rating: RatingModel;
  Float: Scalars['Float']['output'];
  Honor: HonorModel;
  Event: EventModel;
  Song: SongModel;
  Revision: Revision;
  Claim: ClaimModel;
  Source: SourceModel;
  SearchResult: ResolversUnionTypes<ResolversParentTypes>['SearchResult'];
  SearchConnection: SearchConnectionParent;
  SearchEdge: SearchEdgeParent;
  Path: PathModel;
  PathEdge: PathEdgeParent;
  Mutation: Record<PropertyKey, never>;
  HistoryEntry: HistoryEntry;
  Change: Change;
  HistoryConnection: HistoryConnection;
  HistoryEdge: HistoryEdge;
  SourceInput: SourceInput;
  PersonInput: PersonInput;
  CharacterInput: CharacterInput;
  CounterpartInput: CounterpartInput;
  CreditInput: CreditInput;
  ReviewInput: ReviewInput;
  RankingInput: RankingInput;
  HonorInput: HonorInput;
  ClaimInput: ClaimInput;
  Int: Scalars['Int']['output'];
  Boolean: Scalars['Boolean']['output'];
};

export type CacheControlDirectiveArgs = {
  maxAge?: Maybe<Scalars['Int']['input']>;
  scope?: Maybe<CacheControlScope>;
  inheritMaxAge?: Maybe<Scalars['Boolean']['input']>;
};

export type CacheControlDirectiveResolver<
  Result,
  Parent,
  ContextType = GraphContext,
  Args = CacheControlDirectiveArgs,
> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type NodeResolvers<
  ContextType = GraphContext,
  ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node'],
> = {
  __resolveType: TypeResolveFn<
    | 'Work'
    | 'Person'
    | 'Edition'
    | 'Character'
    | 'Episode'
    | 'Organization'
    | 'Place'
    | 'Review'
    | 'Ranking'
    | 'Rating'
    | 'Honor'
    | 'Event'
    | 'Song'
    | 'Source',
    ParentType,
    ContextType
  >;
};

export type QueryResolvers<
  ContextType = GraphContext,
  ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query'],
> = {
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  works?: Resolver<
    Maybe<Array<ResolversTypes['Work']>>,
    ParentType,
    ContextType,
    RequireFields<QueryWorksArgs, 'referenced'>
  >;
  work?: Resolver<Maybe<ResolversTypes['Work']>, ParentType, ContextType, Partial<QueryWorkArgs>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, Partial<QueryPersonArgs>>;
  character?: Resolver<Maybe<ResolversTypes['Character']>, ParentType, ContextType, Partial<QueryCharacterArgs>>;
  portrayals?: Resolver<
    Maybe<Array<ResolversTypes['Portrayal']>>,
    ParentType,
    ContextType,
    RequireFields<QueryPortrayalsArgs, 'character'>
  >;
  search?: Resolver<
    Maybe<ResolversTypes['SearchConnection']>,
    ParentType,
    ContextType,
    RequireFields<QuerySearchArgs, 'query' | 'first'>
  >;
  path?: Resolver<
    Maybe<ResolversTypes['Path']>,
    ParentType,
    ContextType,
    RequireFields<QueryPathArgs, 'from' | 'to' | 'maxLength'>
  >;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<QuerySourceArgs, 'id'>>;
  history?: Resolver<
    Maybe<ResolversTypes['HistoryConnection']>,
    ParentType,
    ContextType,
    RequireFields<QueryHistoryArgs, 'id' | 'first'>
  >;
};

export type WorkResolvers<
  ContextType = GraphContext,
  ParentType extends ResolversParentTypes['Work'] = ResolversParentTypes['Work'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nativeTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['WorkKind'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  releaseDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  genres?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  runtimeMinutes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  episodeCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  referenced?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  adaptationOf?: Resolver<Maybe<ResolversTypes['Work']>, ParentType, ContextType>;
  adaptation?: Resolver<Maybe<ResolversTypes['Adaptation']>, ParentType, ContextType>;
  adaptations?: Resolver<Maybe<Array<ResolversTypes['Work']>>, ParentType, ContextType>;
  partOf?: Resolver<Maybe<ResolversTypes['Work']>, ParentType, ContextType>;
  partNumber?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  parts?: Resolver<Maybe<Array<ResolversTypes['Work']>>, ParentType, ContextType>;
  adaptedIn?: Resolver<Maybe<Array<ResolversTypes['Episode']>>, ParentType, ContextType>;
  editions?: Resolver<Maybe<Array<ResolversTypes['Edition']>>, ParentType, ContextType>;
  credits?: Resolver<Maybe<ResolversTypes['CreditConnection']>, ParentType, ContextType, Partial<WorkCreditsArgs>>;
  characters?: Resolver<Maybe<Array<ResolversTypes['Character']>>, ParentType, ContextType>;
  episodes?: Resolver<Maybe<Array<ResolversTypes['Episode']>>, ParentType, ContextType>;
  organizations?: Resolver<
    Maybe<Array<ResolversTypes['OrganizationCredit']>>,
    ParentType,
    ContextType,
    Partial<WorkOrganizationsArgs>
  >;
  reviews?: Resolver<Maybe<ResolversTypes['ReviewConnection']>, ParentType, ContextType, Partial<WorkReviewsArgs>>;
  rankings?: Resolver<Maybe<Array<ResolversTypes['Ranking']>>, ParentType, ContextType, Partial<WorkRankingsArgs>>;
  ratings?: Resolver<Maybe<Array<ResolversTypes['Rating']>>, ParentType, ContextType>;
  honors?: Resolver<Maybe<ResolversTypes['HonorConnection']>, ParentType, ContextType, Partial<WorkHonorsArgs>>;
  events?: Resolver<Maybe<ResolversTypes['EventConnection']>, ParentType, ContextType, Partial<WorkEventsArgs>>;
  songs?: Resolver<Maybe<Array<ResolversTypes['Song']>>, ParentType, ContextType>;
  claims?: Resolver<Maybe<ResolversTypes['ClaimConnection']>, ParentType, ContextType, Partial<WorkClaimsArgs>>;
  sources?: Resolver<Maybe<Array<ResolversTypes['Source']>>, ParentType, ContextType>;
  revision?: Resolver<Maybe<ResolversTypes['Revision']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AdaptationResolvers<
  ContextType = GraphContext,
  ParentType extends ResolversParentTypes['Adaptation'] = ResolversParentTypes['Adaptation'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  work?: Resolver<ResolversTypes['Work'], ParentType, ContextType>;
  of?: Resolver<ResolversTypes['Work'], ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['Work']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type PersonResolvers<
  ContextType = GraphContext,
  ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nativeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  credits?: Resolver<Maybe<Array<ResolversTypes['Credit']>>, ParentType, ContextType>;
  portrayals?: Resolver<Maybe<Array<ResolversTypes['Portrayal']>>, ParentType, ContextType>;
  cast?: Resolver<Maybe<Array<ResolversTypes['Casting']>>, ParentType, ContextType>;
  castBy?: Resolver<Maybe<Array<ResolversTypes['Casting']>>, ParentType, ContextType>;
  translations?: Resolver<Maybe<Array<ResolversTypes['Edition']>>, ParentType, ContextType>;
  honors?: Resolver<Maybe<ResolversTypes['HonorConnection']>, ParentType, ContextType, Partial<PersonHonorsArgs>>;
  songs?: Resolver<Maybe<Array<ResolversTypes['Song']>>, ParentType, ContextType>;
  claims?: Resolver<Maybe<ResolversTypes['ClaimConnection']>, ParentType, ContextType, Partial<PersonClaimsArgs>>;
  sources?: Resolver<Maybe<Array<ResolversTypes['Source']>>, ParentType, ContextType>;
  revision?: Resolver<Maybe<ResolversTypes['Revision']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CastingResolvers<
  ContextType = GraphContext,
  ParentType extends ResolversParentTypes['Casting'] = ResolversParentTypes['Casting'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  castBy?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  work?: Resolver<ResolversTypes['Work'], ParentType, ContextType>;
  character?: Resolver<Maybe<ResolversTypes['Character']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  revision?: Resolver<Maybe<ResolversTypes['Revision']>, ParentType, ContextType>;
};

export type EditionResolvers<
  ContextType = GraphContext,
  ParentType extends ResolversParentTypes['Edition'] = ResolversParentTypes['Edition'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  work?: Resolver<Maybe<ResolversTypes['Work']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nativeTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  format?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  isbn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  translators?: Resolver<Maybe<Array<ResolversTypes['Person']>>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  claims?: Resolver<Maybe<ResolversTypes['ClaimConnection']>, ParentType, ContextType, Partial<EditionClaimsArgs>>;
  sources?: Resolver<Maybe<Array<ResolversTypes['Source']>>, ParentType, ContextType>;
  revision?: Resolver<Maybe<ResolversTypes['Revision']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CharacterResolvers<
  ContextType = GraphContext,
  ParentType extends ResolversParentTypes['Character'] = ResolversParentTypes['Character'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nativeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  work?: Resolver<Maybe<ResolversTypes['Work']>, ParentType, ContextType>;
  counterparts?: Resolver<Maybe<Array<ResolversTypes['Character']>>, ParentType, ContextType>;
  counterpartLinks?: Resolver<Maybe<Array<ResolversTypes['CounterpartLink']>>, ParentType, ContextType>;
  portrayals?: Resolver<Maybe<Array<ResolversTypes['Portrayal']>>, ParentType, ContextType>;
  claims?: Resolver<Maybe<ResolversTypes['ClaimConnection']>, ParentType, ContextType, Partial<CharacterClaimsArgs>>;
  sources?: Resolver<Maybe<Array<ResolversTypes['Source']>>, ParentType, ContextType>;
  revision?: Resolver<Maybe<ResolversTypes['Revision']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CounterpartLinkResolvers<
  ContextType = GraphContext,
  ParentType extends ResolversParentTypes['CounterpartLink'] = ResolversParentTypes['CounterpartLink'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  character?: Resolver<ResolversTypes['Character'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  revision?: Resolver<Maybe<ResolversTypes['Revision']>, ParentType, ContextType>;
};

export type CreditResolvers<
  ContextType = GraphContext,
  ParentType extends ResolversParentTypes['Credit'] = ResolversParentTypes['Credit'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  work?: Resolver<ResolversTypes['Work'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['CreditRole'], ParentType, ContextType>;
  episodes?: Resolver<Maybe<Array<ResolversTypes['Int']>>, ParentType, ContextType>;
  character?: Resolver<Maybe<ResolversTypes['Character']>, ParentType, ContextType>;
  creditedAs?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  revision?: Resolver<Maybe<ResolversTypes['Revision']>, ParentType, ContextType>;
};

export type CreditConnectionResolvers<
  ContextType = GraphContext,
  ParentType extends ResolversParentTypes['CreditConnection'] = ResolversParentTypes['CreditConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['CreditEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Credit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CreditEdgeResolvers<
  ContextType = GraphContext,
  ParentType extends ResolversParentTypes['CreditEdge'] = ResolversParentTypes['CreditEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Credit'], ParentType, ContextType>;
};

export type ReviewConnectionResolvers<
  ContextType = GraphContext,
  ParentType extends ResolversParentTypes['ReviewConnection'] = ResolversParentTypes['ReviewConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['ReviewEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Review']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReviewEdgeResolvers<
  ContextType = GraphContext,
  ParentType extends ResolversParentTypes['ReviewEdge'] = ResolversParentTypes['ReviewEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Review'], ParentType, ContextType>;
};

export type EventConnectionResolvers<
  ContextType = GraphContext,
  ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EventEdgeResolvers<
  ContextType = GraphContext,
  ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
};

export type HonorConnectionResolvers<
  ContextType = GraphContext,
  ParentType extends ResolversParentTypes['HonorConnection'] = ResolversParentTypes['HonorConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['HonorEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Honor']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HonorEdgeResolvers<
  ContextType = GraphContext,
  ParentType extends ResolversParentTypes['HonorEdge'] = ResolversParentTypes['HonorEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Honor'], ParentType, ContextType>;
};

export type ClaimConnectionResolvers<
  ContextType = GraphContext,
  ParentType extends ResolversParentTypes['ClaimConnection'] = ResolversParentTypes['ClaimConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['ClaimEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClaimEdgeResolvers<
  ContextType = GraphContext,
  ParentType extends ResolversParentTypes['ClaimEdge'] = ResolversParentTypes['ClaimEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
};

export type PageInfoResolvers<
  ContextType = GraphContext,
  ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo'],
> = {
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PortrayalResolvers<
  ContextType = GraphContext,
  ParentType extends ResolversParentTypes['Portrayal'] = ResolversParentTypes['Portrayal'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  character?: Resolver<ResolversTypes['Character'], ParentType, ContextType>;
  work?: Resolver<ResolversTypes['Work'], ParentType, ContextType>;
  episodes?: Resolver<Maybe<Array<ResolversTypes['Int']>>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  revision?: Resolver<Maybe<ResolversTypes['Revision']>, ParentType, ContextType>;
};

export type EpisodeResolvers<
  ContextType = GraphContext,
  ParentType extends ResolversParentTypes['Episode'] = ResolversParentTypes['Episode'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  work?: Resolver<Maybe<ResolversTypes['Work']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nativeTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  releaseDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  synopsis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  directors?: Resolver<Maybe<Array<ResolversTypes['Person']>>, ParentType, ContextType>;
  adapts?: Resolver<Maybe<Array<ResolversTypes['Work']>>, ParentType, ContextType>;
  songs?: Resolver<Maybe<Array<ResolversTypes['Song']>>, ParentType, ContextType>;
  claims?: Resolver<Maybe<ResolversTypes['ClaimConnection']>, ParentType, ContextType, Partial<EpisodeClaimsArgs>>;
  sources?: Resolver<Maybe<Array<ResolversTypes['Source']>>, ParentType, ContextType>;
  revision?: Resolver<Maybe<ResolversTypes['Revision']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganizationResolvers<
  ContextType = GraphContext,
  ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nativeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganizationKind'], ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  works?: Resolver<Maybe<Array<ResolversTypes['OrganizationCredit']>>, ParentType, ContextType>;
  editions?: Resolver<Maybe<Array<ResolversTypes['Edition']>>, ParentType, ContextType>;
  claims?: Resolver<Maybe<ResolversTypes['ClaimConnection']>, ParentType, ContextType, Partial<OrganizationClaimsArgs>>;
  sources?: Resolver<Maybe<Array<ResolversTypes['Source']>>, ParentType, ContextType>;
  revision?: Resolver<Maybe<ResolversTypes['Revision']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganizationCreditResolvers<
  ContextType = GraphContext,
  ParentType extends ResolversParentTypes['OrganizationCredit'] = ResolversParentTypes['OrganizationCredit'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  work?: Resolver<ResolversTypes['Work'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['OrganizationRole'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type PlaceResolvers<
  ContextType = GraphContext,
  ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nativeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PlaceKind'], ParentType, ContextType>;
  within?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  events?: Resolver<Maybe<Array<ResolversTypes['Event']>>, ParentType, ContextType>;
  claims?: Resolver<Maybe<ResolversTypes['ClaimConnection']>, ParentType, ContextType, Partial<PlaceClaimsArgs>>;
  sources?: Resolver<Maybe<Array<ResolversTypes['Source']>>, ParentType, ContextType>;
  revision?: Resolver<Maybe<ResolversTypes['Revision']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReviewResolvers<
  ContextType = GraphContext,
  ParentType extends ResolversParentTypes['Review'] = ResolversParentTypes['Review'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  work?: Resolver<Maybe<ResolversTypes['Work']>, ParentType, ContextType>;
  outlet?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  critic?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stance?: Resolver<ResolversTypes['Stance'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  about?: Resolver<Maybe<Array<ResolversTypes['Node']>>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  claims?: Resolver<Maybe<ResolversTypes['ClaimConnection']>, ParentType, ContextType, Partial<ReviewClaimsArgs>>;
  sources?: Resolver<Maybe<Array<ResolversTypes['Source']>>, ParentType, ContextType>;
  revision?: Resolver<Maybe<ResolversTypes['Revision']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RankingResolvers<
  ContextType = GraphContext,
  ParentType extends ResolversParentTypes['Ranking'] = ResolversParentTypes['Ranking'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RankingKind'], ParentType, ContextType>;
  work?: Resolver<Maybe<ResolversTypes['Work']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  list?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  claims?: Resolver<Maybe<ResolversTypes['ClaimConnection']>, ParentType, ContextType, Partial<RankingClaimsArgs>>;
  sources?: Resolver<Maybe<Array<ResolversTypes['Source']>>, ParentType, ContextType>;
  revision?: Resolver<Maybe<ResolversTypes['Revision']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RatingResolvers<
  ContextType = GraphContext,
  ParentType extends ResolversParentTypes['Rating'] = ResolversParentTypes['Rating'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  work?: Resolver<Maybe<ResolversTypes['Work']>, ParentType, ContextType>;
  platform?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  scale?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  claims?: Resolver<Maybe<ResolversTypes['ClaimConnection']>, ParentType, ContextType, Partial<RatingClaimsArgs>>;
  sources?: Resolver<Maybe<Array<ResolversTypes['Source']>>, ParentType, ContextType>;
  revision?: Resolver<Maybe<ResolversTypes['Revision']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type HonorResolvers<
  ContextType = GraphContext,
  ParentType extends ResolversParentTypes['Honor'] = ResolversParentTypes['Honor'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  prize?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  edition?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  result?: Resolver<ResolversTypes['HonorResult'], ParentType, ContextType>;
  awardedBy?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  recipients?: Resolver<Maybe<Array<ResolversTypes['Node']>>, ParentType, ContextType>;
  for?: Resolver<Maybe<Array<ResolversTypes['Work']>>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  claims?: Resolver<Maybe<ResolversTypes['ClaimConnection']>, ParentType, ContextType, Partial<HonorClaimsArgs>>;
  sources?: Resolver<Maybe<Array<ResolversTypes['Source']>>, ParentType, ContextType>;
  revision?: Resolver<Maybe<ResolversTypes['Revision']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventResolvers<
  ContextType = GraphContext,
  ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  works?: Resolver<Maybe<Array<ResolversTypes['Work']>>, ParentType, ContextType>;
  participants?: Resolver<Maybe<Array<ResolversTypes['Node']>>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  claims?: Resolver<Maybe<ResolversTypes['ClaimConnection']>, ParentType, ContextType, Partial<EventClaimsArgs>>;
  sources?: Resolver<Maybe<Array<ResolversTypes['Source']>>, ParentType, ContextType>;
  revision?: Resolver<Maybe<ResolversTypes['Revision']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SongResolvers<
  ContextType = GraphContext,
  ParentType extends ResolversParentTypes['Song'] = ResolversParentTypes['Song'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nativeTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  album?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  releaseDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  work?: Resolver<Maybe<ResolversTypes['Work']>, ParentType, ContextType>;
  episodes?: Resolver<Maybe<Array<ResolversTypes['Episode']>>, ParentType, ContextType>;
  performers?: Resolver<Maybe<Array<ResolversTypes['Person']>>, ParentType, ContextType>;
  lyricists?: Resolver<Maybe<Array<ResolversTypes['Person']>>, ParentType, ContextType>;
  composers?: Resolver<Maybe<Array<ResolversTypes['Person']>>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  claims?: Resolver<Maybe<ResolversTypes['ClaimConnection']>, ParentType, ContextType, Partial<SongClaimsArgs>>;
  sources?: Resolver<Maybe<Array<ResolversTypes['Source']>>, ParentType, ContextType>;
  revision?: Resolver<Maybe<ResolversTypes['Revision']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RevisionResolvers<
  ContextType = GraphContext,
  ParentType extends ResolversParentTypes['Revision'] = ResolversParentTypes['Revision'],
> = {
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ClaimResolvers<
  ContextType = GraphContext,
  ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  property?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  preferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['ClaimRank'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  revision?: Resolver<Maybe<ResolversTypes['Revision']>, ParentType, ContextType>;
};

export type SourceResolvers<
  ContextType = GraphContext,
  ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SourceKind'], ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fileName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reliability?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revision?: Resolver<Maybe<ResolversTypes['Revision']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SearchResultResolvers<
  ContextType = GraphContext,
  ParentType extends ResolversParentTypes['SearchResult'] = ResolversParentTypes['SearchResult'],
> = {
  __resolveType: TypeResolveFn<
    'Work' | 'Person' | 'Character' | 'Organization' | 'Place' | 'Song' | 'Episode',
    ParentType,
    ContextType
  >;
};

export type SearchConnectionResolvers<
  ContextType = GraphContext,
  ParentType extends ResolversParentTypes['SearchConnection'] = ResolversParentTypes['SearchConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['SearchEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SearchResult']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchEdgeResolvers<
  ContextType = GraphContext,
  ParentType extends ResolversParentTypes['SearchEdge'] = ResolversParentTypes['SearchEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchResult'], ParentType, ContextType>;
  match?: Resolver<ResolversTypes['SearchMatch'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type PathResolvers<
  ContextType = GraphContext,
  ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path'],
> = {
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PathEdge']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PathEdgeResolvers<
  ContextType = GraphContext,
  ParentType extends ResolversParentTypes['PathEdge'] = ResolversParentTypes['PathEdge'],
> = {
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type MutationResolvers<
  ContextType = GraphContext,
  ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation'],
> = {
  addSource?: Resolver<
    Maybe<ResolversTypes['Source']>,
    ParentType,
    ContextType,
    RequireFields<MutationAddSourceArgs, 'input'>
  >;
  upsertPerson?: Resolver<
    Maybe<ResolversTypes['Person']>,
    ParentType,
    ContextType,
    RequireFields<MutationUpsertPersonArgs, 'input'>
  >;
  upsertCharacter?: Resolver<
    Maybe<ResolversTypes['Character']>,
    ParentType,
    ContextType,
    RequireFields<MutationUpsertCharacterArgs, 'input'>
  >;
  linkCounterparts?: Resolver<
    Maybe<ResolversTypes['Character']>,
    ParentType,
    ContextType,
    RequireFields<MutationLinkCounterpartsArgs, 'input'>
  >;
  addCredit?: Resolver<
    Maybe<ResolversTypes['Credit']>,
    ParentType,
    ContextType,
    RequireFields<MutationAddCreditArgs, 'input'>
  >;
  addReview?: Resolver<
    Maybe<ResolversTypes['Review']>,
    ParentType,
    ContextType,
    RequireFields<MutationAddReviewArgs, 'input'>
  >;
  addRanking?: Resolver<
    Maybe<ResolversTypes['Ranking']>,
    ParentType,
    ContextType,
    RequireFields<MutationAddRankingArgs, 'input'>
  >;
  addHonor?: Resolver<
    Maybe<ResolversTypes['Honor']>,
    ParentType,
    ContextType,
    RequireFields<MutationAddHonorArgs, 'input'>
  >;
  addClaim?: Resolver<
    Maybe<ResolversTypes['Claim']>,
    ParentType,
    ContextType,
    RequireFields<MutationAddClaimArgs, 'input'>
  >;
  revert?: Resolver<
    Maybe<ResolversTypes['HistoryEntry']>,
    ParentType,
    ContextType,
    RequireFields<MutationRevertArgs, 'revision'>
  >;
};

export type HistoryEntryResolvers<
  ContextType = GraphContext,
  ParentType extends ResolversParentTypes['HistoryEntry'] = ResolversParentTypes['HistoryEntry'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  author?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['RevisionOperation'], ParentType, ContextType>;
  file?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  reverts?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['Change']>, ParentType, ContextType>;
};

export type ChangeResolvers<
  ContextType = GraphContext,
  ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change'],
> = {
  kind?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  property?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type HistoryConnectionResolvers<
  ContextType = GraphContext,
  ParentType extends ResolversParentTypes['HistoryConnection'] = ResolversParentTypes['HistoryConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['HistoryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['HistoryEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HistoryEdgeResolvers<
  ContextType = GraphContext,
  ParentType extends ResolversParentTypes['HistoryEdge'] = ResolversParentTypes['HistoryEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['HistoryEntry'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphContext> = {
  Node?: NodeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Work?: WorkResolvers<ContextType>;
  Adaptation?: AdaptationResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Casting?: CastingResolvers<ContextType>;
  Edition?: EditionResolvers<ContextType>;
  Character?: CharacterResolvers<ContextType>;
  CounterpartLink?: CounterpartLinkResolvers<ContextType>;
  Credit?: CreditResolvers<ContextType>;
  CreditConnection?: CreditConnectionResolvers<ContextType>;
  CreditEdge?: CreditEdgeResolvers<ContextType>;
  ReviewConnection?: ReviewConnectionResolvers<ContextType>;
  ReviewEdge?: ReviewEdgeResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  HonorConnection?: HonorConnectionResolvers<ContextType>;
  HonorEdge?: HonorEdgeResolvers<ContextType>;
  ClaimConnection?: ClaimConnectionResolvers<ContextType>;
  ClaimEdge?: ClaimEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Portrayal?: PortrayalResolvers<ContextType>;
  Episode?: EpisodeResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationCredit?: OrganizationCreditResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  Review?: ReviewResolvers<ContextType>;
  Ranking?: RankingResolvers<ContextType>;
  Rating?: RatingResolvers<ContextType>;
  Honor?: HonorResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  Song?: SongResolvers<ContextType>;
  Revision?: RevisionResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SearchResult?: SearchResultResolvers<ContextType>;
  SearchConnection?: SearchConnectionResolvers<ContextType>;
  SearchEdge?: SearchEdgeResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  PathEdge?: PathEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  HistoryEntry?: HistoryEntryResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  HistoryConnection?: HistoryConnectionResolvers<ContextType>;
  HistoryEdge?: HistoryEdgeResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = GraphContext> = {
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
};
