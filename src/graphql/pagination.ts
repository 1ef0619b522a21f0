import { badUserInput } from '../errors';

const PREFIX = 'offset:';
/**
 * Offsets end up in Cypher list slices and SKIP/LIMIT, which hold 32-bit integers: a forged
 * cursor near 2^31 made Neo4j fail ("Expected an integer between…"). No list here comes near a
 * million items, so a cursor past that is not one this API made.
 */
export const MAX_CURSOR_OFFSET = 999_999;

export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`).toString('base64url');
}

/** The position after a cursor; a cursor this server did not make is bad input, not a crash. */
export function decodeCursor(cursor: string | null | undefined, argument = 'after'): number {
  if (cursor === null || cursor === undefined) return 0;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = text.startsWith(PREFIX) ? Number(text.slice(PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(offset) || offset < 0 || offset > MAX_CURSOR_OFFSET || encodeCursor(offset) !== cursor) {
    throw badUserInput(argument, 'is not a cursor returned by this API');
  }
  return offset + 1;
}

/** Page size within the hard maximum; asking for more is an error rather than a silent cut. */
export function pageSize(first: number | null | undefined, max: number, fallback = max): number {
  if (first === null || first === undefined) return Math.min(fallback, max);
  if (!Number.isInteger(first) || first < 0) throw badUserInput('first', 'must be zero or a positive whole number');
  if (first > max) throw badUserInput('first', `must be at most ${max}`);
  return first;
}
