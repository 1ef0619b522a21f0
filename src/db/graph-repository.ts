import { PERSON_BUNDLE, WORK_BUNDLE } from './bundle-queries';
import type { Executor, Params } from './executor';
import { SEARCHABLE_LABELS, type EntityLabel } from './graph-schema';
import {
  ENTITIES_BY_IDS,
  ENTITIES_BY_NAME_KEY,
  SEARCH,
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

/** A character in a work bundle, with what the headline query asks of it. */
export interface CharacterBundle {
  readonly character: CharacterModel;
  readonly work: WorkModel;
  readonly portrayals: PortrayalModel[];
  readonly counterparts?: Array<Omit<CharacterBundle, 'counterparts'>>;
}

/** Every read the API makes. Batched methods take many ids and answer in one query. */
export class GraphRepository {
  constructor(private readonly executor: Executor) {}

  async entitiesByIds(ids: readonly string[]): Promise<Map<string, EntityModel>> {
    const rows = await this.executor.read(ENTITIES_BY_IDS, { ids });
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
    const rows = await this.executor.read(ENTITIES_BY_NAME_KEY, { key, label, work: work ?? null, id: null });
    return (rows[0]?.item as EntityOf<L> | undefined) ?? null;
  }

  async listWorks(kind: string | null): Promise<WorkModel[]> {
    const rows = await this.executor.read(WORKS, { kind });
    return rows.map((row) => row.item as WorkModel);
  }

  async portrayalsByCharacterName(name: string): Promise<PortrayalModel[]> {
    const key = nameKey(name);
    if (!key) return [];
    const rows = await this.executor.read(PORTRAYALS_BY_CHARACTER_KEY, { key });
    return rows.map((row) => row.item as PortrayalModel);
  }

  async search(text: string, first: number, offset: number): Promise<{ total: number; hits: SearchHit[] }> {
    const lucene = luceneQuery(text);
    const key = nameKey(text);
    if (!lucene && !key) return { total: 0, hits: [] };
    const rows = await this.executor.read(SEARCH, {
      key,
      lucene: lucene || '""',
      labels: SEARCHABLE,
      first,
      offset,
    });
    const row = rows[0];
    return { total: (row?.total as number) ?? 0, hits: (row?.page as SearchHit[]) ?? [] };
  }

  async shortestPath(from: string, to: string, maxLength: number): Promise<PathModel | null> {
    const query = SHORTEST_PATH_BY_LENGTH[maxLength];
    if (!query) throw new RangeError(`maxLength ${maxLength} is outside 1..${SHORTEST_PATH_BY_LENGTH.length - 1}`);
    const rows = await this.executor.read(query, { from, to });
    const row = rows[0];
    return row ? { nodes: row.nodes as EntityModel[], edges: row.edges as PathModel['edges'] } : null;
  }

  /** A work by id or title, with its credits and characters, in one round trip. */
  async workBundle(by: {
    id?: string | null;
    name?: string | null;
  }): Promise<{ work: WorkModel; credits: CreditModel[]; characters: CharacterBundle[] } | null> {
    const [row] = await this.executor.read(WORK_BUNDLE, selector(by));
    return row
      ? {
          work: row.work as WorkModel,
          credits: row.credits as CreditModel[],
          characters: row.characters as CharacterBundle[],
        }
      : null;
  }

  /** A person by id or name, with credits and portrayals, in one round trip. */
  async personBundle(by: {
    id?: string | null;
    name?: string | null;
  }): Promise<{ person: PersonModel; credits: CreditModel[]; portrayals: PortrayalModel[] } | null> {
    const [row] = await this.executor.read(PERSON_BUNDLE, selector(by));
    return row
      ? {
          person: row.person as PersonModel,
          credits: row.credits as CreditModel[],
          portrayals: row.portrayals as PortrayalModel[],
        }
      : null;
  }

  private async batch<T>(query: string, ids: readonly string[], extra: Params = {}): Promise<Map<string, T[]>> {
    const rows = await this.executor.read(query, { ...extra, ids });
    return new Map(rows.map((row) => [row.key as string, row.items as T[]]));
  }
}

export { SEARCHABLE_LABELS };

function selector(by: { id?: string | null; name?: string | null }): { id: string | null; key: string | null } {
  return { id: by.id ?? null, key: by.name ? nameKey(by.name) || null : null };
}
