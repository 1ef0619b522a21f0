import type {
  ClaimRank,
  SearchableLabel,
  SearchMatch,
  Confidence,
  CreditRole,
  EventKind,
  HonorResult,
  OrganizationKind,
  OrganizationRole,
  PlaceKind,
  RankingKind,
  SourceKind,
  SourceReliability,
  Stance,
  WorkKind,
} from '../vocabulary';

/**
 * Plain objects the data layer hands out: Neo4j's own types never leave src/db.
 * Relationship-shaped models carry their endpoints and sources already loaded, so the GraphQL
 * layer can answer nested fields without asking the database again.
 */

export interface Revision {
  readonly createdBy: string | null;
  readonly createdAt: string | null;
  readonly updatedBy: string | null;
  readonly updatedAt: string | null;
}

/**
 * Catalogue fields (src/db/catalogue) a read fetched along with an entity, by field name: a
 * bundle's nested lists, or a character's work read with a portrayal. Each is a list of the
 * field's items; a field that is absent was not read.
 */
export type Related = Readonly<Record<string, readonly unknown[]>>;

interface Base {
  readonly id: string;
  readonly related?: Related;
  readonly revision?: Revision;
  readonly confidence: Confidence;
  readonly note: string | null;
}
interface Named extends Base {
  readonly name: string;
  readonly nativeName: string | null;
  readonly aliases: string[];
  readonly description: string | null;
}

export interface SourceModel extends Base {
  readonly __typename: 'Source';
  readonly title: string;
  readonly kind: SourceKind;
  readonly ref: string;
  readonly publisher: string | null;
  readonly url: string | null;
  readonly fileName: string | null;
  readonly publishedOn: string | null;
  readonly reliability: SourceReliability;
}
export interface WorkModel extends Base {
  readonly __typename: 'Work';
  readonly title: string;
  readonly nativeTitle: string | null;
  readonly aliases: string[];
  readonly kind: WorkKind;
  readonly year: number | null;
  readonly releaseDate: string | null;
  readonly country: string | null;
  readonly language: string | null;
  readonly genres: string[];
  readonly runtimeMinutes: number | null;
  readonly episodeCount: number | null;
  readonly description: string | null;
  readonly partNumber: number | null;
  readonly referenced: boolean;
}
export interface PersonModel extends Named {
  readonly __typename: 'Person';
}
export interface CharacterModel extends Named {
  readonly __typename: 'Character';
}
export interface OrganizationModel extends Named {
  readonly __typename: 'Organization';
  readonly kind: OrganizationKind;
  readonly country: string | null;
}
export interface PlaceModel extends Named {
  readonly __typename: 'Place';
  readonly kind: PlaceKind;
}
export interface EpisodeModel extends Base {
  readonly __typename: 'Episode';
  readonly number: number;
  readonly title: string | null;
  readonly nativeTitle: string | null;
  readonly releaseDate: string | null;
  readonly synopsis: string | null;
}
export interface ReviewModel extends Base {
  readonly __typename: 'Review';
  readonly critic: string | null;
  readonly date: string | null;
  readonly stance: Stance;
  readonly summary: string;
}
export interface RankingModel extends Base {
  readonly __typename: 'Ranking';
  readonly kind: RankingKind;
  readonly list: string;
  readonly year: number;
  readonly rank: number | null;
}
export interface RatingModel extends Base {
  readonly __typename: 'Rating';
  readonly value: number;
  readonly scale: number;
  readonly date: string | null;
}
export interface HonorModel extends Base {
  readonly __typename: 'Honor';
  readonly prize: string;
  readonly category: string | null;
  readonly edition: number | null;
  readonly year: number;
  readonly result: HonorResult;
}
export interface EventModel extends Base {
  readonly __typename: 'Event';
  readonly kind: EventKind;
  readonly title: string;
  readonly date: string;
  readonly endDate: string | null;
  readonly description: string | null;
}
export interface SongModel extends Base {
  readonly __typename: 'Song';
  readonly title: string;
  readonly nativeTitle: string | null;
  readonly album: string | null;
  readonly releaseDate: string | null;
}

export interface EditionModel extends Base {
  readonly __typename: 'Edition';
  readonly title: string;
  readonly nativeTitle: string | null;
  readonly language: string;
  readonly country: string | null;
  readonly date: string | null;
  readonly format: string | null;
  readonly isbn: string | null;
}

export type EntityModel =
  | SourceModel
  | WorkModel
  | PersonModel
  | CharacterModel
  | OrganizationModel
  | PlaceModel
  | EpisodeModel
  | ReviewModel
  | RankingModel
  | RatingModel
  | HonorModel
  | EventModel
  | SongModel
  | EditionModel;

export type EntityOf<T extends EntityModel['__typename']> = Extract<EntityModel, { __typename: T }>;
/** What search finds: the members of the SearchResult union. */
export type SearchableModel = EntityOf<SearchableLabel>;

/** What every sourced relationship carries. */
export interface Provenance {
  readonly revision?: Revision;
  readonly confidence: Confidence;
  readonly note: string | null;
  readonly sources: SourceModel[];
}

export interface CreditModel extends Provenance {
  readonly person: PersonModel;
  readonly work: WorkModel;
  readonly role: CreditRole;
  readonly episodes: number[] | null;
  readonly character: CharacterModel | null;
  readonly creditedAs: string | null;
}
export interface PortrayalModel extends Provenance {
  readonly actor: PersonModel;
  readonly character: CharacterModel;
  readonly work: WorkModel;
  readonly episodes: number[] | null;
}
export interface AdaptationModel extends Provenance {
  readonly work: WorkModel;
  readonly of: WorkModel;
  readonly parts: WorkModel[];
}
export interface CounterpartLinkModel extends Provenance {
  /** The character the link is seen from. */
  readonly of: CharacterModel;
  readonly character: CharacterModel;
}
export interface CastingModel extends Provenance {
  readonly castBy: PersonModel;
  readonly actor: PersonModel;
  readonly work: WorkModel;
  readonly character: CharacterModel | null;
}
export interface OrganizationCreditModel extends Provenance {
  readonly organization: OrganizationModel;
  readonly work: WorkModel;
  readonly role: OrganizationRole;
  readonly region: string | null;
  readonly date: string | null;
}
export interface ClaimModel {
  readonly id: string;
  readonly revision?: Revision;
  readonly property: string;
  readonly value: string;
  readonly rank: ClaimRank;
  readonly reason: string | null;
  readonly confidence: Confidence;
  readonly note: string | null;
  readonly sources: SourceModel[];
}
export interface PathModel {
  readonly nodes: EntityModel[];
  readonly edges: Array<{ from: string; to: string; type: string; sources: SourceModel[] }>;
}
/** How a search hit matched, by the tier number the search statements return (lookup-queries.ts). */
export type SearchTier = SearchMatch;
export const SEARCH_TIERS: Readonly<Record<number, SearchTier>> = { 3: 'EXACT', 2: 'PREFIX', 1: 'FUZZY' };

export interface SearchHit {
  readonly node: SearchableModel;
  readonly score: number;
  readonly match: SearchTier;
}
