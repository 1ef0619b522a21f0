import { encodeCursor } from '../pagination';

/**
 * Where a page of `count` items from `offset` stands. An empty page's cursors are the position
 * it started after, so that paging on from its endCursor goes on where it stood.
 */
export function pageInfo(offset: number, count: number, hasNextPage: boolean) {
  const startCursor = encodeCursor(count > 0 ? offset : offset - 1);
  return {
    hasNextPage,
    hasPreviousPage: offset > 0,
    startCursor,
    endCursor: count > 0 ? encodeCursor(offset + count - 1) : startCursor,
  };
}
import type { ListPage } from '../parents';

/** A connection over a page of a list (ListPage): edges with cursors, nodes, the count and where the page ends. */
export function connectionResolvers<T>() {
  return {
    edges: (page: ListPage<T>) => page.items.map((node, i) => ({ node, cursor: encodeCursor(page.offset + i) })),
    nodes: (page: ListPage<T>) => page.items,
    totalCount: (page: ListPage<T>) => page.total,
    pageInfo: (page: ListPage<T>) =>
      pageInfo(page.offset, page.items.length, page.offset + page.items.length < page.total),
  };
}
