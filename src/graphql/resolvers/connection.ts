import { encodeCursor } from '../pagination';
import type { ListPage } from '../parents';

/** A connection over a page of a list (ListPage): edges with cursors, nodes, the count and where the page ends. */
export function connectionResolvers<T>() {
  return {
    edges: (page: ListPage<T>) => page.items.map((node, i) => ({ node, cursor: encodeCursor(page.offset + i) })),
    nodes: (page: ListPage<T>) => page.items,
    totalCount: (page: ListPage<T>) => page.total,
    pageInfo: (page: ListPage<T>) => ({
      hasNextPage: page.offset + page.items.length < page.total,
      endCursor: page.items.length > 0 ? encodeCursor(page.offset + page.items.length - 1) : null,
    }),
  };
}
