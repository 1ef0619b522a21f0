import { badUserInput } from '../errors';

const PREFIX = 'offset:';
/**
 * Offsets end up in Cypher list slices and SKIP/LIMIT, which hold 32-bit integers: a forged
 * cursor near 2^31 made Neo4j fail ("Expected an integer between…"). No list here comes near a
 * million items, so a cursor past that is not one this API made.
 */
export const MAX_CURSOR_OFFSET = 999_999;

/**
 * The cursor of the item at `offset`; offset -1 is the position before the first item, the
 * cursor of an empty page at the start of its list (see PageInfo in schema.graphql).
 */
export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`).toString('base64url');
}

/** The position after a cursor; a cursor this server did not make is bad input, not a crash. */
export function decodeCursor(cursor: string | null | undefined, argument = 'after'): number {
  if (cursor === null || cursor === undefined) return 0;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = text.startsWith(PREFIX) ? Number(text.slice(PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(offset) || offset < -1 || offset > MAX_CURSOR_OFFSET || encodeCursor(offset) !== cursor) {
    throw badUserInput(argument, 'is not a cursor returned by this API');
  }
  return offset + 1;
}

/** Page size within the hard maximum; asking for more is an error rather than a silent cut. */
export function pageSize(first: number | null | undefined, max: number, fallback = max, argument = 'first'): number {
  if (first === null || first === undefined) return Math.min(fallback, max);
  if (!Number.isInteger(first) || first < 0) throw badUserInput(argument, 'must be zero or a positive whole number');
  if (first > max) throw badUserInput(argument, `must be at most ${max}`);
  return first;
}

/** A connection's page arguments, as Relay's spec names them. */
export interface PageArguments {
  readonly first?: number | null;
  readonly after?: string | null;
  readonly last?: number | null;
  readonly before?: string | null;
}

/**
 * Which items of a list of `total` a page holds, from its arguments: `after` and `before` bound
 * it, then `first` keeps the first items of what is left and `last` the last ones. Without
 * either, a page is `fallback` items from the start.
 */
export function pageBounds(
  args: PageArguments,
  total: number,
  max: number,
  fallback = max,
): { start: number; end: number } {
  let start = Math.min(decodeCursor(args.after, 'after'), total);
  let end =
    args.before === null || args.before === undefined
      ? total
      : Math.min(decodeCursor(args.before, 'before') - 1, total);
  end = Math.max(start, end);
  const hasFirst = args.first !== null && args.first !== undefined;
  const hasLast = args.last !== null && args.last !== undefined;
  if (hasFirst || !hasLast) end = Math.min(end, start + pageSize(args.first, max, fallback, 'first'));
  if (hasLast) start = Math.max(start, end - pageSize(args.last, max, fallback, 'last'));
  return { start, end };
}
