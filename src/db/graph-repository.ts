import { PERSON_BUNDLE, WORK_BUNDLE } from './bundle-queries';
import type { Executor, Params, Row } from './executor';
import type { EntityLabel } from './graph-schema';
import {
  ENTITIES_BY_IDS,
  ENTITIES_BY_NAME_KEY,
  SEARCH,
  SEARCH_PAGE,
  SEARCHABLE,
  SHORTEST_PATH_BY_LENGTH,
  WORKS,
} from './lookup-queries';
import type {
  AdaptationModel,
  CharacterModel,
  ClaimModel,
  CounterpartLinkModel,
  CreditModel,
  EntityModel,
  EntityOf,
  OrganizationCreditModel,
  PathModel,
  PersonModel,
  PortrayalModel,
  SearchHit,
  SourceModel,
  WorkModel,
} from './models';
import { NEIGHBOR_QUERIES, type NeighborQuery } from './neighbor-queries';
import {
  ADAPTATIONS_OF_WORKS,
  CLAIMS_OF_ENTITIES,
  COUNTERPART_LINKS_OF_CHARACTERS,
  CREDITS_OF_PEOPLE,
  CREDITS_OF_WORKS,
  ORGANIZATION_CREDITS_OF_ORGANIZATIONS,
  ORGANIZATION_CREDITS_OF_WORKS,
  PORTRAYALS_BY_CHARACTER_KEY,
  PORTRAYALS_OF_CHARACTERS,
  PORTRAYALS_OF_PEOPLE,
} from './relationship-queries';
import { ORGANIZATION_ROLES } from './organization-roles';
import { nameKey } from '../names';
import { luceneQuery } from './lucene-query';
import { formFor, hydrateRows, projectionParams, type Projection, type StatementForms } from './projection';

/** A character in a work bundle, with what the headline query asks of it. */
export interface CharacterBundle {
  readonly character: CharacterModel;
  readonly work: WorkModel;
  readonly portrayals: PortrayalModel[];
  readonly counterparts?: Array<Omit<CharacterBundle, 'counterparts'>>;
}

/**
 * Every read the API makes. Batched methods take many ids and answer in one query. Each read
 * returns entities as the repository's projection says (see projection.ts); withProjection()
 * gives a request a repository that fetches only what its query selects.
 */
export class GraphRepository {
  private readonly projected: Params;

  constructor(
    private readonly executor: Executor,
    private readonly projection: Projection,
  ) {
    this.projected = projectionParams(projection);
  }

  withProjection(projection: Projection): GraphRepository {
    return new GraphRepository(this.executor, projection);
  }

  /** Runs a statement, in its lean form when it has one and the projection selects no provenance. */
  private async read(query: string | StatementForms, params: Params): Promise<Row[]> {
    const text = typeof query === 'string' ? query : query[formFor(this.projection)];
    const rows = await this.executor.read(text, { ...params, ...this.projected });
    return hydrateRows(rows, this.projection);
  }

  async entitiesByIds(ids: readonly string[]): Promise<Map<string, EntityModel>> {
    const rows = await this.read(ENTITIES_BY_IDS, { ids });
    return new Map(rows.map((row) => [row.key as string, row.item as EntityModel]));
  }

  neighbors(query: NeighborQuery, ids: readonly string[]): Promise<Map<string, EntityModel[]>> {
    return this.batch<EntityModel>(NEIGHBOR_QUERIES[query], ids);
  }

  creditsOfWorks = (ids: readonly string[]) => this.batch<CreditModel>(CREDITS_OF_WORKS, ids);
  creditsOfPeople = (ids: readonly string[]) => this.batch<CreditModel>(CREDITS_OF_PEOPLE, ids);
  portrayalsOfPeople = (ids: readonly string[]) => this.batch<PortrayalModel>(PORTRAYALS_OF_PEOPLE, ids);
  portrayalsOfCharacters = (ids: readonly string[]) => this.batch<PortrayalModel>(PORTRAYALS_OF_CHARACTERS, ids);
  counterpartLinks = (ids: readonly string[]) => this.batch<CounterpartLinkModel>(COUNTERPART_LINKS_OF_CHARACTERS, ids);
  adaptationsOfWorks = (ids: readonly string[]) => this.batch<AdaptationModel>(ADAPTATIONS_OF_WORKS, ids);
  claimsOf = (ids: readonly string[]) => this.batch<ClaimModel>(CLAIMS_OF_ENTITIES, ids);
  organizationCreditsOfWorks = (ids: readonly string[]) =>
    this.batch<OrganizationCreditModel>(ORGANIZATION_CREDITS_OF_WORKS, ids, { roles: ORGANIZATION_ROLES });
  organizationCreditsOfOrganizations = (ids: readonly string[]) =>
    this.batch<OrganizationCreditModel>(ORGANIZATION_CREDITS_OF_ORGANIZATIONS, ids, { roles: ORGANIZATION_ROLES });

  /** The entity of that label whose name or alias matches, ignoring case, spaces and hyphens. */
  async findByName<L extends EntityLabel>(label: L, name: string, work?: string): Promise<EntityOf<L> | null> {
    const key = nameKey(name);
    if (!key) return null;
    const rows = await this.read(ENTITIES_BY_NAME_KEY, { key, label, work: work ?? null, id: null });
    return (rows[0]?.item as EntityOf<L> | undefined) ?? null;
  }

  async listWorks(kind: string | null): Promise<WorkModel[]> {
    const rows = await this.read(WORKS, { kind });
    return rows.map((row) => row.item as WorkModel);
  }

  async portrayalsByCharacterName(name: string): Promise<PortrayalModel[]> {
    const key = nameKey(name);
    if (!key) return [];
    const rows = await this.read(PORTRAYALS_BY_CHARACTER_KEY, { key });
    // The row has the character's work already; handing it over as the GraphQL layer's preload
    // (src/graphql/parents.ts) saves `character { work }` a second round trip.
    return rows.map((row) => {
      const portrayal = row.item as PortrayalModel;
      return {
        ...portrayal,
        character: { ...portrayal.character, preload: { work: portrayal.work } } as CharacterModel,
      };
    });
  }

  /**
   * A page of at most `first` search hits, best first, and the number of all matches, or null
   * for it when the projection does not select `totalCount`: then only the page is ranked and
   * projected, plus one hit to tell whether another page follows.
   */
  async search(
    text: string,
    first: number,
    offset: number,
  ): Promise<{ total: number | null; hits: SearchHit[]; hasNextPage: boolean }> {
    const lucene = luceneQuery(text);
    const key = nameKey(text);
    if (!lucene && !key) return { total: 0, hits: [], hasNextPage: false };
    const params = { key, lucene: lucene || '""', labels: SEARCHABLE, first, offset };
    if (!this.projection.searchTotal) {
      // One row per hit, already `{node, score}`.
      const hits = (await this.read(SEARCH_PAGE, params)) as unknown as SearchHit[];
      return { total: null, hits: hits.slice(0, first), hasNextPage: hits.length > first };
    }
    const rows = await this.read(SEARCH, params);
    const row = rows[0];
    const total = (row?.total as number) ?? 0;
    const hits = (row?.page as SearchHit[]) ?? [];
    return { total, hits, hasNextPage: offset + hits.length < total && hits.length === first };
  }

  async shortestPath(from: string, to: string, maxLength: number): Promise<PathModel | null> {
    const query = SHORTEST_PATH_BY_LENGTH[maxLength];
    if (!query) throw new RangeError(`maxLength ${maxLength} is outside 1..${SHORTEST_PATH_BY_LENGTH.length - 1}`);
    const rows = await this.read(query, { from, to });
    const row = rows[0];
    return row ? { nodes: row.nodes as EntityModel[], edges: row.edges as PathModel['edges'] } : null;
  }

  /**
   * A work by id or title, with its credits and characters (those of the two asked for), in one
   * round trip; a part not asked for is undefined.
   */
  async workBundle(
    by: { id?: string | null; name?: string | null },
    parts: { credits: boolean; characters: boolean },
  ): Promise<{ work: WorkModel; credits?: CreditModel[]; characters?: CharacterBundle[] } | null> {
    const [row] = await this.read(WORK_BUNDLE, {
      ...selector(by),
      withCredits: parts.credits,
      withCharacters: parts.characters,
    });
    if (!row) return null;
    const work = row.work as WorkModel;
    const sources = sourcesById(row.sources as SourceModel[]);
    return {
      work,
      credits: parts.credits ? restore<CreditModel, 'work'>(row.credits, { work }, sources) : undefined,
      characters: !parts.characters
        ? undefined
        : (row.characters as BundledCharacter[]).map(({ character, portrayals, counterparts }) => ({
            character,
            work,
            portrayals: restore<PortrayalModel, Ends>(portrayals, { character, work }, sources),
            counterparts: counterparts.map((counterpart) => {
              const ends = { character: counterpart.character, work: counterpart.work };
              return { ...ends, portrayals: restore<PortrayalModel, Ends>(counterpart.portrayals, ends, sources) };
            }),
          })),
    };
  }

  /** A person by id or name, with credits and portrayals (those asked for), in one round trip. */
  async personBundle(
    by: { id?: string | null; name?: string | null },
    parts: { credits: boolean; portrayals: boolean },
  ): Promise<{ person: PersonModel; credits?: CreditModel[]; portrayals?: PortrayalModel[] } | null> {
    const [row] = await this.read(PERSON_BUNDLE, {
      ...selector(by),
      withCredits: parts.credits,
      withPortrayals: parts.portrayals,
    });
    if (!row) return null;
    const person = row.person as PersonModel;
    const sources = sourcesById(row.sources as SourceModel[]);
    return {
      person,
      credits: parts.credits ? restore<CreditModel, 'person'>(row.credits, { person }, sources) : undefined,
      portrayals: parts.portrayals
        ? restore<PortrayalModel, 'actor'>(row.portrayals, { actor: person }, sources)
        : undefined,
    };
  }

  private async batch<T>(
    query: string | StatementForms,
    ids: readonly string[],
    extra: Params = {},
  ): Promise<Map<string, T[]>> {
    const rows = await this.read(query, { ...extra, ids });
    return new Map(rows.map((row) => [row.key as string, row.items as T[]]));
  }
}

/**
 * A bundle's relationship as the query returns it: one end left out, sources as ids (none in a
 * statement's lean form).
 */
type Bundled<T, Omitted extends keyof T> = Omit<T, Omitted | 'sources'> & { readonly sourceIds?: string[] };
/** A portrayal in a work bundle leaves out the character and work it hangs under. */
type Ends = 'character' | 'work';
type BundledPortrayal = Bundled<PortrayalModel, Ends>;
interface BundledCharacter {
  readonly character: CharacterModel;
  readonly portrayals: BundledPortrayal[];
  readonly counterparts: Array<{ character: CharacterModel; work: WorkModel; portrayals: BundledPortrayal[] }>;
}

/** A bundle's relationships made whole again: the ends it left out put back, source ids resolved. */
function restore<T extends { sources: SourceModel[] }, Omitted extends keyof T>(
  items: unknown,
  ends: Pick<T, Omitted>,
  sources: (ids: readonly string[]) => SourceModel[],
): T[] {
  return (items as Array<Bundled<T, Omitted>>).map(
    ({ sourceIds, ...item }) => ({ ...item, ...ends, sources: sourceIds ? sources(sourceIds) : [] }) as unknown as T,
  );
}

/**
 * Resolves source ids as sourcesOf() in Cypher would: each existing source once, ordered by id
 * (JavaScript and Cypher order these ASCII ids alike).
 */
function sourcesById(sources: readonly SourceModel[]): (ids: readonly string[]) => SourceModel[] {
  const byId = new Map(sources.map((source) => [source.id, source]));
  return (ids) =>
    [...new Set(ids)]
      .sort()
      .map((id) => byId.get(id))
      .filter((source): source is SourceModel => source !== undefined);
}

function selector(by: { id?: string | null; name?: string | null }): { id: string | null; key: string | null } {
  return { id: by.id ?? null, key: by.name ? nameKey(by.name) || null : null };
}
