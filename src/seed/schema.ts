import { z } from 'zod';
import {
  CLAIM_RANKS,
  CONFIDENCES,
  CREDIT_ROLES,
  DEFAULT_CLAIM_RANK,
  DEFAULT_RELIABILITY,
  EVENT_KINDS,
  HONOR_RESULTS,
  ORGANIZATION_KINDS,
  ORGANIZATION_ROLES,
  PLACE_KINDS,
  RANKING_KINDS,
  SOURCE_KINDS,
  SOURCE_RELIABILITIES,
  STANCES,
  WORK_KINDS,
} from '../vocabulary';

/**
 * The shape of the seed files under seed/. Every file is a YAML map whose keys are
 * collection names below; a collection may be split over several files.
 * Cross-references (ids that must exist, and of which kind) are checked in validate.ts,
 * because they need the whole seed at once.
 */

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A date as precise as the source gives it: 2024, 2024-10 or 2024-10-01. */
export const PARTIAL_DATE = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
/** A seed document is cited by its file name; anything else by its URL. */
export const SEED_FILE = /^\d{3}_[0-9a-f]{16}\.txt$/;

const id = z.string().regex(SLUG, 'must be a lowercase slug such as "nam-yoon-su"');
const ref = id;
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
const partialDate = z
  .string()
  .regex(PARTIAL_DATE, 'must be a date like 2024, 2024-10 or 2024-10-01')
  .refine(isRealDate, 'is not a calendar date');
const sourceRef = z
  .string()
  .refine(
    (s) => SEED_FILE.test(s) || /^https?:\/\/\S+$/.test(s),
    'must be a seed file name (000_….txt) or an http(s) URL',
  );
const sources = z.array(sourceRef).min(1, 'every fact needs at least one source');
const episodes = z.array(z.number().int().min(1).max(999)).min(1);

/** How sure the sources make us: FACTS.md marks weak sources [uncertain] and compiler-made links [inferred]. */
export const Confidence = z.enum(CONFIDENCES);
/** Wikidata-style rank among competing claims for the same property. */
export const Rank = z.enum(CLAIM_RANKS);

const fact = {
  sources,
  confidence: Confidence.optional(),
  note: text(600).optional(),
};

/** An alias either inherits its entity's sources or names its own. */
export const Alias = z.union([text(200), z.strictObject({ name: text(200), ...fact })]);

const named = {
  id,
  name: text(200),
  nativeName: text(200).optional(),
  aliases: z.array(Alias).default([]),
  description: text(1000).optional(),
  ...fact,
};

export const WorkKind = z.enum(WORK_KINDS);
export const CreditRole = z.enum(CREDIT_ROLES);
export const OrganizationKind = z.enum(ORGANIZATION_KINDS);
/** Relationship types from an organization to a work; the loader uses them as relationship types. */
export const OrganizationRole = z.enum(ORGANIZATION_ROLES);
export const PlaceKind = z.enum(PLACE_KINDS);
export const Stance = z.enum(STANCES);
export const HonorResult = z.enum(HONOR_RESULTS);
export const EventKind = z.enum(EVENT_KINDS);
export const SourceKind = z.enum(SOURCE_KINDS);

export const Source = z.strictObject({
  id,
  ref: sourceRef,
  kind: SourceKind,
  title: text(300),
  publisher: text(200).optional(),
  publishedOn: partialDate.optional(),
  reliability: z.enum(SOURCE_RELIABILITIES).default(DEFAULT_RELIABILITY),
  note: text(600).optional(),
});

export const Work = z.strictObject({
  id,
  kind: WorkKind,
  title: text(300),
  nativeTitle: text(300).optional(),
  aliases: z.array(Alias).default([]),
  year: z.number().int().min(1800).max(2100).optional(),
  releaseDate: partialDate.optional(),
  partOf: ref.optional(),
  partNumber: z.number().int().min(1).optional(),
  country: text(100).optional(),
  language: text(100).optional(),
  genres: z.array(text(100)).default([]),
  runtimeMinutes: z.number().int().positive().optional(),
  episodeCount: z.number().int().positive().optional(),
  description: text(1500).optional(),
  /** A work outside Love in the Big City that the graph refers to (a rival nominee's film). */
  referenced: z.boolean().default(false),
  ...fact,
});

export const Adaptation = z.strictObject({
  work: ref,
  of: ref,
  parts: z.array(ref).default([]),
  ...fact,
});

export const Person = z.strictObject(named);

export const Organization = z.strictObject({ ...named, kind: OrganizationKind, country: text(100).optional() });

export const Place = z.strictObject({ ...named, kind: PlaceKind, within: ref.optional() });

export const Character = z.strictObject({ ...named, work: ref });

export const Counterpart = z.strictObject({ a: ref, b: ref, ...fact });

export const Credit = z.strictObject({
  person: ref,
  work: ref,
  role: CreditRole,
  episodes: episodes.optional(),
  character: ref.optional(),
  creditedAs: text(200).optional(),
  ...fact,
});

export const Episode = z.strictObject({
  id,
  work: ref,
  number: z.number().int().min(1),
  title: text(300).optional(),
  nativeTitle: text(300).optional(),
  releaseDate: partialDate.optional(),
  synopsis: text(1500).optional(),
  ...fact,
});

export const Affiliation = z.strictObject({
  organization: ref,
  work: ref,
  role: OrganizationRole,
  region: text(100).optional(),
  date: partialDate.optional(),
  ...fact,
});

export const Review = z.strictObject({
  id,
  work: ref,
  outlet: ref.optional(),
  critic: text(200).optional(),
  date: partialDate.optional(),
  stance: Stance,
  summary: text(1000),
  about: z.array(ref).default([]),
  ...fact,
});

/** A year-end list names a work once; a chart ranks it on a platform at a moment. */
export const RankingKind = z.enum(RANKING_KINDS);

export const Ranking = z.strictObject({
  id,
  kind: RankingKind,
  work: ref,
  publisher: ref,
  list: text(300),
  year: z.number().int().min(1800).max(2100),
  rank: z.number().int().positive().optional(),
  ...fact,
});

export const Rating = z.strictObject({
  id,
  work: ref,
  platform: ref,
  value: z.number().nonnegative(),
  scale: z.number().positive(),
  date: partialDate.optional(),
  ...fact,
});

export const Honor = z.strictObject({
  id,
  prize: text(300),
  category: text(300).optional(),
  awardedBy: ref.optional(),
  /** The ceremony's or prize's number: 45 for the 45th Blue Dragon Film Awards. */
  edition: z.number().int().min(1).max(1000).optional(),
  year: z.number().int().min(1800).max(2100),
  result: HonorResult,
  recipients: z.array(ref).min(1, 'an honor goes to at least one work or person'),
  /** The works it is for: the work honored, or the one a person was honored for. */
  for: z.array(ref).default([]),
  ...fact,
});

/** An episode drawing on one of the novel's stories. */
export const EpisodeAdaptation = z.strictObject({ episode: ref, story: ref, ...fact });

/** A director or casting director choosing an actor for a work (and a part). */
export const Casting = z.strictObject({ by: ref, actor: ref, work: ref, character: ref.optional(), ...fact });

/** A published edition of a book: the original or a translation. */
export const Edition = z.strictObject({
  id,
  work: ref,
  title: text(300),
  nativeTitle: text(300).optional(),
  language: text(100),
  country: text(100).optional(),
  publisher: ref.optional(),
  translators: z.array(ref).default([]),
  date: partialDate.optional(),
  format: text(50).optional(),
  isbn: z
    .string()
    .regex(/^(97[89])?\d{9}[\dX]$/, 'must be an ISBN-10 or ISBN-13 without hyphens')
    .optional(),
  ...fact,
});

export const Event = z.strictObject({
  id,
  kind: EventKind,
  title: text(300),
  date: partialDate,
  endDate: partialDate.optional(),
  description: text(1500).optional(),
  works: z.array(ref).default([]),
  place: ref.optional(),
  participants: z.array(ref).default([]),
  ...fact,
});

export const Song = z.strictObject({
  id,
  title: text(300),
  nativeTitle: text(300).optional(),
  album: text(300).optional(),
  releaseDate: partialDate.optional(),
  performers: z.array(ref).default([]),
  lyricists: z.array(ref).default([]),
  composers: z.array(ref).default([]),
  work: ref,
  episodes: episodes.optional(),
  ...fact,
});

export const Claim = z.strictObject({
  subject: ref,
  property: z.string().regex(/^[a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*$/, 'must be a camelCase property name'),
  value: z.union([text(600), z.number()]),
  rank: Rank.default(DEFAULT_CLAIM_RANK),
  reason: text(600).optional(),
  ...fact,
});

export const SeedFile = z.strictObject({
  sources: z.array(Source).optional(),
  works: z.array(Work).optional(),
  adaptations: z.array(Adaptation).optional(),
  people: z.array(Person).optional(),
  organizations: z.array(Organization).optional(),
  places: z.array(Place).optional(),
  characters: z.array(Character).optional(),
  counterparts: z.array(Counterpart).optional(),
  credits: z.array(Credit).optional(),
  episodes: z.array(Episode).optional(),
  affiliations: z.array(Affiliation).optional(),
  reviews: z.array(Review).optional(),
  rankings: z.array(Ranking).optional(),
  ratings: z.array(Rating).optional(),
  honors: z.array(Honor).optional(),
  events: z.array(Event).optional(),
  songs: z.array(Song).optional(),
  episodeAdaptations: z.array(EpisodeAdaptation).optional(),
  castings: z.array(Casting).optional(),
  editions: z.array(Edition).optional(),
  claims: z.array(Claim).optional(),
});

export type SeedFile = z.infer<typeof SeedFile>;
export type Collection = keyof SeedFile;
export type AliasEntry = z.infer<typeof Alias>;

/** A partial date whose day, when it has one, exists in its month. */
export function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined || d === undefined || y === undefined) return true;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
