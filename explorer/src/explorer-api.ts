import { detailsOf, type EntityDetails } from './entity-details';
import { summarize, type EntityRef, type EntitySummary } from './entity-refs';
import type { GraphFragment } from './graph-model';
import { requestGraphQL } from './graphql-client';
import { neighbourhoodOf, type EntityRecord } from './neighbourhood';
import { ENTITY_TYPE_QUERY, NEIGHBOURHOOD_QUERIES, SEARCH_QUERY } from './queries';

/** How many suggestions the search box offers. */
export const SUGGESTION_COUNT = 8;

export async function searchEntities(text: string, signal?: AbortSignal): Promise<EntitySummary[]> {
  const data = await requestGraphQL<{ search: { nodes: EntityRef[] } }>(
    SEARCH_QUERY,
    { query: text, first: SUGGESTION_COUNT },
    signal,
  );
  return data.search.nodes.map(summarize);
}

export interface EntityNeighbourhood {
  readonly details: EntityDetails;
  readonly fragment: GraphFragment;
}

/**
 * An entity's details and its neighbours; null when no entity has that id. The type is looked
 * up first when the caller does not know it (a shared link names only the id).
 */
export async function loadNeighbourhood(id: string, typename?: string): Promise<EntityNeighbourhood | null> {
  const type =
    typename ?? (await requestGraphQL<{ node: EntityRef | null }>(ENTITY_TYPE_QUERY, { id })).node?.__typename;
  if (type === undefined) return null;
  const query = NEIGHBOURHOOD_QUERIES[type];
  if (query === undefined) return null;
  const { node } = await requestGraphQL<{ node: EntityRecord | null }>(query, { id });
  if (!node) return null;
  return { details: detailsOf(node), fragment: neighbourhoodOf(node) };
}
