import { nameKey } from '../names';
import type { EntityLabel } from '../vocabulary';
import { BUNDLES } from './bundles';
import { loaderStatement, type Field, type ItemOf } from './catalogue';
import type { Executor, Params, Row } from './executor';
import {
  ENTITIES_BY_IDS,
  ENTITIES_BY_NAME_KEY,
  PORTRAYALS_BY_CHARACTER_KEY,
  SEARCH,
  SEARCH_PAGE,
  SEARCHABLE,
  SEARCH_TIER_LIMIT,
  SHORTEST_PATH_BY_LENGTH,
  WORKS,
} from './lookup-queries';
import { searchTerms } from './lucene-query';
import {
  SEARCH_TIERS,
  type EntityModel,
  type EntityOf,
  type PathModel,
  type PortrayalModel,
  type SearchableModel,
  type SearchHit,
  type SearchTier,
  type WorkModel,
} from './models';
import { formFor, hydrateRows, projectionParams, type Projection } from './projection';
import type { Statement, StatementForms } from './statement';

/** Each catalogue field's loader statement, generated once. */
const LOADER_STATEMENTS = new WeakMap<Field, StatementForms>();
function loaderStatementOf(field: Field): StatementForms {
  let statement = LOADER_STATEMENTS.get(field);
  if (!statement) {
    statement = loaderStatement(field);
    LOADER_STATEMENTS.set(field, statement);
  }
  return statement;
}

/** Who a lookup means: an id, or else a name (any alias, ignoring case, spaces and hyphens). */
export interface Selector {
  readonly id?: string | null;
  readonly name?: string | null;
}

/**
 * Every read the API makes. Batched methods take many ids and answer in one statement. Each read
 * returns entities as the repository's projection says (see projection.ts); withProjection()
 * gives a request a repository that fetches only what its operation selects.
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
  private async read(query: Statement | StatementForms, params: Params): Promise<Row[]> {
    const statement = 'text' in query ? query : query[formFor(this.projection)];
    const rows = await this.executor.read(statement, { ...params, ...this.projected });
    return hydrateRows(rows, this.projection);
  }

  async entitiesByIds(ids: readonly string[]): Promise<Map<string, EntityModel>> {
    const rows = await this.read(ENTITIES_BY_IDS, { ids });
    return new Map(rows.map((row) => [row.key as string, row.item as EntityModel]));
  }

  /** A catalogue field's items for many parents at once, by parent id (parents without items are absent). */
  async related<F extends Field>(field: F, ids: readonly string[]): Promise<Map<string, ItemOf<F>[]>> {
    const rows = await this.read(loaderStatementOf(field), { ids });
    return new Map(rows.map((row) => [row.key as string, row.items as ItemOf<F>[]]));
  }

  /** The entity of that label whose name or alias matches, ignoring case, spaces and hyphens. */
  async findByName<L extends EntityLabel>(label: L, name: string, work?: string): Promise<EntityOf<L> | null> {
    const key = nameKey(name);
    if (!key) return null;
    const rows = await this.read(ENTITIES_BY_NAME_KEY, { key, label, work: work ?? null, id: null });
    return (rows[0]?.item as EntityOf<L> | undefined) ?? null;
  }

  async listWorks(kind: string | null, referenced: boolean | null): Promise<WorkModel[]> {
    const rows = await this.read(WORKS, { kind, referenced });
    return rows.map((row) => row.item as WorkModel);
  }

  /** Who played the character of that name and each of its counterparts; each character comes with its work. */
  async portrayalsByCharacterName(name: string): Promise<PortrayalModel[]> {
    const key = nameKey(name);
    if (!key) return [];
    const rows = await this.read(PORTRAYALS_BY_CHARACTER_KEY, { key });
    return rows.map((row) => row.item as PortrayalModel);
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
    const terms = searchTerms(text);
    const key = nameKey(text);
    if (!terms.exact && !key) return { total: 0, hits: [], hasNextPage: false };
    // An empty phrase matches nothing: the index is asked for no words when the text has none.
    const base = { key, ...terms, exact: terms.exact || '""', labels: SEARCHABLE, first, offset };
    if (!this.projection.searchTotal) {
      const need = offset + first + 1;
      const rows = await this.read(SEARCH_PAGE, { ...base, need, limit: need });
      const hits = rows.map((row) => ({
        node: row.node as SearchableModel,
        score: row.score as number,
        match: tierOf(row.tier),
      }));
      return { total: null, hits: hits.slice(0, first), hasNextPage: hits.length > first };
    }
    const rows = await this.read(SEARCH, { ...base, need: offset + first + 1, limit: SEARCH_TIER_LIMIT });
    const row = rows[0];
    const total = (row?.total as number) ?? 0;
    const page = (row?.page as Array<{ node: SearchableModel; score: number; tier: unknown }>) ?? [];
    const hits: SearchHit[] = page.map((hit) => ({ node: hit.node, score: hit.score, match: tierOf(hit.tier) }));
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
   * A work or person by id or name with the bundle's fields that `parts` names (paths such as
   * "characters_counterparts") in one round trip, as its `related` fields.
   */
  async bundle<R extends keyof typeof BUNDLES>(
    root: R,
    by: Selector,
    parts: ReadonlySet<string>,
  ): Promise<EntityOf<R> | null> {
    const bundle = BUNDLES[root];
    const flags = Object.fromEntries(bundle.parts.map((part) => [part, parts.has(part)]));
    const [row] = await this.read(bundle.statement, {
      id: by.id ?? null,
      key: by.name ? nameKey(by.name) || null : null,
      parts: flags,
    });
    return (row?.root as EntityOf<R> | undefined) ?? null;
  }
}

function tierOf(tier: unknown): SearchTier {
  const match = SEARCH_TIERS[tier as number];
  if (!match) throw new Error(`search returned a hit of unknown tier ${String(tier)}`);
  return match;
}
