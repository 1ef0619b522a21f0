import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  type DocumentNode,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { listBound } from './list-bounds';

export interface CostModel {
  /** Bounds by "Type.field" laid over the table in list-bounds.ts. */
  readonly listBounds: Readonly<Record<string, number>>;
  /** For a list field the table does not name. */
  readonly defaultListBound: number;
  /** What a paginated field without `first` returns (MAX_PAGE_SIZE). */
  readonly defaultPageSize: number;
}

/**
 * An upper bound on the values an operation can answer with, known before anything runs:
 * every field costs 1, a list of objects multiplies what each item asks for by the most items
 * it can hold (its page size when paginated, its bound otherwise), and an abstract type costs
 * its dearest member. graphql-query-complexity walks the document (fragments, @skip/@include,
 * variables); the estimator below is the model.
 */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
  model: CostModel,
): number {
  return getComplexity({ schema, query: document, variables, operationName, estimators: [estimator(model)] });
}

function estimator(model: CostModel): ComplexityEstimator {
  const bound = (type: string, field: string): number =>
    listBound(type, field, { overrides: model.listBounds, fallback: model.defaultListBound });
  return ({ type, field, args, childComplexity }) => {
    // Introspection has its own switch (off in production) and is not graph data.
    if (field.name.startsWith('__') || type.name.startsWith('__')) return 0;
    const named = getNamedType(field.type);
    if (isConnection(named)) {
      const first = typeof args.first === 'number' ? args.first : model.defaultPageSize;
      return 1 + Math.min(first, bound(type.name, field.name)) * childComplexity;
    }
    // The connection's own size was counted above: its edges and nodes are one page, and its
    // pageInfo and totalCount are not per item.
    if (isConnection(type)) return ['edges', 'nodes'].includes(field.name) ? 1 + childComplexity : 0;
    if (isListType(getNullableType(field.type)) && isCompositeType(named)) {
      return 1 + bound(type.name, field.name) * childComplexity;
    }
    return 1 + childComplexity;
  };
}

/** A Relay-style page: an object with edges, nodes and pageInfo. */
function isConnection(type: GraphQLNamedType): boolean {
  if (!isObjectType(type)) return false;
  const fields = type.getFields();
  return 'edges' in fields && 'nodes' in fields && 'pageInfo' in fields;
}
