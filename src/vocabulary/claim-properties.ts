import {
  EVENT_KINDS,
  HONOR_RESULTS,
  ORGANIZATION_KINDS,
  PLACE_KINDS,
  RANKING_KINDS,
  STANCES,
  WORK_KINDS,
} from './enums';
import type { EntityLabel } from './graph-labels';

/**
 * What a claim's value may be. Claim values are stored as text; the type says which texts are
 * allowed and, for a property that is also a field, what the field becomes when the claim is
 * PREFERRED, so that no accepted claim can make a later read of the field fail.
 */
export type ClaimType =
  | { readonly kind: 'string'; readonly max: number }
  /** Comma-separated items, each a bounded string: a field that is a list, such as a work's genres. */
  | { readonly kind: 'list'; readonly max: number }
  | { readonly kind: 'integer'; readonly min: number; readonly max: number }
  | { readonly kind: 'number'; readonly min: number; readonly max: number }
  | { readonly kind: 'year' }
  /** A partial ISO date, as precise as the source: 2024, 2024-10 or 2024-10-01. */
  | { readonly kind: 'date' }
  | { readonly kind: 'enum'; readonly values: readonly string[] }
  /** The id of an existing entity of one of these labels. */
  | { readonly kind: 'reference'; readonly labels: readonly EntityLabel[] };

export type ClaimSubjectLabel = Exclude<EntityLabel, 'Source'>;

/** Years the graph speaks of: the same bounds as the seed's and the inputs' years. */
export const YEAR_RANGE = { min: 1800, max: 2100 } as const;
/** The longest claim value, as the seed and the inputs bound it. */
export const CLAIM_VALUE_MAX = 600;

const text = (max: number = CLAIM_VALUE_MAX): ClaimType => ({ kind: 'string', max });
const int = (min: number, max: number): ClaimType => ({ kind: 'integer', min, max });
const one = <const V extends readonly string[]>(values: V): ClaimType => ({ kind: 'enum', values });
const YEAR: ClaimType = { kind: 'year' };
const DATE: ClaimType = { kind: 'date' };
const COUNT = int(0, 1_000_000_000);

/**
 * The claimable fields of each type, as schema.graphql types them (Int → integer or year, a
 * date-like String → date, an enum → its values, String → bounded string, [String!] → list).
 * A PREFERRED claim of one of them sets the field. Left out: ids, aliases (each alias is its own
 * `alias` claim), confidence, notes and `referenced`, which are the curators' bookkeeping, not facts
 * a source states. tests/unit/claim-properties.test.ts checks this table against the schema.
 */
export const CLAIM_FIELDS: { readonly [L in ClaimSubjectLabel]: Readonly<Record<string, ClaimType>> } = {
  Work: {
    title: text(300),
    nativeTitle: text(300),
    kind: one(WORK_KINDS),
    year: YEAR,
    releaseDate: DATE,
    country: text(100),
    language: text(100),
    genres: { kind: 'list', max: 100 },
    runtimeMinutes: int(1, 10_000),
    episodeCount: int(1, 10_000),
    description: text(),
    partNumber: int(1, 1000),
  },
  Person: { name: text(200), nativeName: text(200), description: text() },
  Character: { name: text(200), nativeName: text(200), description: text() },
  Organization: {
    name: text(200),
    nativeName: text(200),
    kind: one(ORGANIZATION_KINDS),
    country: text(100),
    description: text(),
  },
  Place: { name: text(200), nativeName: text(200), kind: one(PLACE_KINDS) },
  Episode: { number: int(1, 999), title: text(300), nativeTitle: text(300), releaseDate: DATE, synopsis: text() },
  Review: { critic: text(200), date: DATE, stance: one(STANCES), summary: text() },
  Ranking: { kind: one(RANKING_KINDS), list: text(300), year: YEAR, rank: int(1, 100_000) },
  Rating: {
    value: { kind: 'number', min: 0, max: 1_000_000 },
    scale: { kind: 'number', min: 0, max: 1_000_000 },
    date: DATE,
  },
  Honor: { prize: text(300), category: text(300), edition: int(1, 1000), year: YEAR, result: one(HONOR_RESULTS) },
  Event: { kind: one(EVENT_KINDS), title: text(300), date: DATE, endDate: DATE, description: text() },
  Song: { title: text(300), nativeTitle: text(300), album: text(300), releaseDate: DATE },
  Edition: {
    title: text(300),
    nativeTitle: text(300),
    language: text(100),
    country: text(100),
    date: DATE,
    format: text(50),
    isbn: text(20),
  },
};

/** Free-text properties, named in one string to keep the table readable. */
const notes = (names: string): Record<string, ClaimType> =>
  Object.fromEntries(
    names
      .split(/\s+/)
      .filter(Boolean)
      .map((name) => [name, text()]),
  );
const ALIAS = { alias: text(200) };

/**
 * Properties only claims carry: the ones the seed's claims use, with their types. A name ending
 * in `.*` is a family: `releaseDate.*` takes `releaseDate.japan`, `releaseDate.unitedKingdom`…
 * Any other property is refused, so a typo cannot start a property of its own.
 */
export const CLAIM_ONLY: { readonly [L in ClaimSubjectLabel]: Readonly<Record<string, ClaimType>> } = {
  Work: {
    ...ALIAS,
    ...notes(`adaptationChanges adaptationChanges.* ageRating.* ageRestriction audienceScore.* bestsellerStatus
      boxOffice.admissionsToDate boxOffice.dataSource boxOffice.openingDayRank boxOffice.totalGross
      boxOffice.weekend3Dates budget cannes2024 castListed changeFromSource chronology content content.*
      development directingApproach directors.* distributor englishLanguageDebut englishTitle filmingPeriod
      funding genre genreLabel honor.* imprint.* internationalAvailability investorDifficulty narrativePerspective
      narrator origin originImage originalFormat plannedRelease posterTagline precededBy premiereFestival price.*
      productionCompanies publisher.* releasePattern releasePattern.* rights.* rightsSoldCountries salesIncrease.*
      salesKorea screenRights screenplay significance storyTimeSpan structure successFactor titleRationale
      translator.* type ukContract`),
    'boxOffice.*Admissions': COUNT,
    breakEvenAdmissions: COUNT,
    englishTranslationYear: YEAR,
    'isbn.*': text(20),
    leadsMeetingAge: int(0, 150),
    'pageCount.*': int(1, 100_000),
    premiereDate: DATE,
    printingsKorea: int(1, 10_000),
    publicationDate: DATE,
    'publicationDate.*': DATE,
    'rankingAfterRelease.*': int(1, 100_000),
    'releaseDate.*': DATE,
    'storySetting.startYear': YEAR,
    translatedCountries: int(0, 300),
  },
  Person: {
    ...ALIAS,
    ...notes(`agency award.* awards birthPlace castIn casting castingRoute castingSearch castingView.* debutFeature
      earlierCareer education education.* filmography firstCollection formerOccupation gender hanja hiredBecause
      internationalBooker2022Longlist internationalBookerJudge knownFor koreanName literaryDebut memberOf
      nameSpelling occupation priorGayRole role.* screenDebut screenplay statement.* upbringing`),
    birthYear: YEAR,
  },
  Character: {
    ...ALIAS,
    ...notes(`age appearsInEpisode.* autobiographicalBasis destination fullName hivStatus hometown meetingPlace
      occupation partners religion weddingSong`),
    /** The real person a character is drawn from. */
    basedOn: { kind: 'reference', labels: ['Person'] },
  },
  Organization: { ...ALIAS, englishName: text(300) },
  Place: { ...ALIAS },
  Episode: notes('nativeTitle.*'),
  Review: {},
  Ranking: {},
  Rating: {},
  Honor: { prizeMoney: text(100) },
  Event: {},
  Song: {},
  Edition: {},
};

/** A property's declared type for a subject of this label, and whether it is a field; undefined when undeclared. */
export function claimPropertyType(
  label: ClaimSubjectLabel,
  property: string,
): { readonly type: ClaimType; readonly field: boolean } | undefined {
  const field = CLAIM_FIELDS[label][property];
  if (field) return { type: field, field: true };
  const only = CLAIM_ONLY[label];
  const exact = only[property];
  if (exact) return { type: exact, field: false };
  for (const [name, type] of Object.entries(only)) {
    if (name.includes('*') && familyPattern(name).test(property)) return { type, field: false };
  }
  return undefined;
}

/** `boxOffice.*Admissions` takes `boxOffice.weekend1Admissions`; `honor.*` takes `honor.a.b`. */
function familyPattern(name: string): RegExp {
  const [head = '', tail = ''] = name.split('*');
  const escape = (part: string) => part.replace(/[.]/g, '\\.');
  return new RegExp(`^${escape(head)}[A-Za-z0-9]+(?:\\.[A-Za-z0-9]+)*${escape(tail)}$`);
}

/** Every (label, field) whose field a PREFERRED claim sets, as "Label.field": for the graph audit. */
export const CLAIM_FIELD_KEYS: readonly string[] = Object.entries(CLAIM_FIELDS).flatMap(([label, fields]) =>
  Object.keys(fields).map((field) => `${label}.${field}`),
);
