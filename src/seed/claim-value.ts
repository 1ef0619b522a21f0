import { SLUG, PARTIAL_DATE, isRealDate } from './schema';
import { YEAR_RANGE, type ClaimType } from '../vocabulary';

/** A claim's value as stored (`text`) and as the field it sets when PREFERRED (`field`). */
export interface ClaimValue {
  readonly text: string;
  readonly field: string | number | string[];
  readonly valueType: 'NUMBER' | 'STRING';
}

export type ParsedClaimValue = { ok: true; value: ClaimValue } | { ok: false; message: string };

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?\d+(?:\.\d+)?$/;

/**
 * Checks a claim's value against its property's type and puts it in one canonical form, so
 * "2024" and "+2024" are one claim. A reference is checked for its shape only: whether the
 * entity exists needs the graph.
 */
export function parseClaimValue(type: ClaimType, raw: string | number): ParsedClaimValue {
  const given = String(raw).trim();
  const fail = (message: string): ParsedClaimValue => ({ ok: false, message });
  const ok = (text: string, field: ClaimValue['field'], valueType: ClaimValue['valueType']): ParsedClaimValue => ({
    ok: true,
    value: { text, field, valueType },
  });
  if (given === '') return fail('must not be empty');
  switch (type.kind) {
    case 'string':
      return given.length > type.max ? fail(`must be at most ${type.max} characters`) : ok(given, given, 'STRING');
    case 'list': {
      const items = given.split(',').map((item) => item.trim());
      if (items.some((item) => item === '')) return fail('must be items separated by commas, none of them empty');
      if (items.some((item) => item.length > type.max)) return fail(`each item must be at most ${type.max} characters`);
      return ok(items.join(', '), items, 'STRING');
    }
    case 'year':
      return whole(given, YEAR_RANGE.min, YEAR_RANGE.max, 'a year', fail, ok);
    case 'integer':
      return whole(given, type.min, type.max, 'a whole number', fail, ok);
    case 'number': {
      const n = Number(given);
      if (!NUMBER.test(given) || !Number.isFinite(n)) return fail('must be a number such as 8.5');
      if (n < type.min || n > type.max) return fail(`must be between ${type.min} and ${type.max}`);
      return ok(String(n), n, 'NUMBER');
    }
    case 'date':
      if (!PARTIAL_DATE.test(given)) return fail('must be a date like 2024, 2024-10 or 2024-10-01');
      return isRealDate(given) ? ok(given, given, 'STRING') : fail('is not a calendar date');
    case 'enum':
      return type.values.includes(given)
        ? ok(given, given, 'STRING')
        : fail(`must be one of ${type.values.join(', ')}`);
    case 'reference':
      return SLUG.test(given) ? ok(given, given, 'STRING') : fail(`must be the id of a ${type.labels.join(' or ')}`);
  }
}

function whole(
  given: string,
  min: number,
  max: number,
  what: string,
  fail: (message: string) => ParsedClaimValue,
  ok: (text: string, field: number, valueType: 'NUMBER') => ParsedClaimValue,
): ParsedClaimValue {
  const n = Number(given);
  if (!INTEGER.test(given)) return fail(`must be ${what}, such as ${min === YEAR_RANGE.min ? 2024 : Math.max(min, 1)}`);
  if (!Number.isSafeInteger(n) || n < min || n > max) return fail(`must be between ${min} and ${max}`);
  return ok(String(n), n, 'NUMBER');
}

/** A field's value written as a claim's text: how a field is compared with its PREFERRED claim. */
export function claimText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(String).join(', ');
  return String(value);
}
