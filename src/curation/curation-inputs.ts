import { z } from 'zod';
import { badUserInput } from '../errors';
import {
  CLAIM_RANKS,
  CONFIDENCES,
  CREDIT_ROLES,
  DEFAULT_CLAIM_RANK,
  DEFAULT_CONFIDENCE,
  DEFAULT_RELIABILITY,
  HONOR_RESULTS,
  RANKING_KINDS,
  SOURCE_RELIABILITIES,
  STANCES,
} from '../vocabulary';
import { PARTIAL_DATE, SLUG } from '../seed/schema';

/**
 * What curators may send, checked before anything touches the database. The same limits as
 * the seed files: slugs for ids, partial ISO dates, bounded text, and at least one source.
 */
const id = z.string().regex(SLUG, 'must be a lowercase slug such as "nam-yoon-su"').max(120);
const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const date = z
  .string()
  .regex(PARTIAL_DATE, 'must be a date like 2024, 2024-10 or 2024-10-01')
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number);
    if (y === undefined || m === undefined || d === undefined) return true;
    const parsed = new Date(Date.UTC(y, m - 1, d));
    return parsed.getUTCMonth() === m - 1 && parsed.getUTCDate() === d;
  }, 'is not a calendar date');
const sources = z.array(id).min(1, 'every write must cite at least one source').max(20);
const confidence = z.enum(CONFIDENCES).default(DEFAULT_CONFIDENCE);
const optional = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? undefined);
const year = z.number().int().min(1800, 'must be 1800 or later').max(2100, 'must be 2100 or earlier');

export const SourceInput = z.object({
  id: optional(id),
  title: text(300),
  url: optional(
    z
      .string()
      .url('must be an http(s) URL')
      .regex(/^https?:\/\//, 'must be an http(s) URL')
      .max(2000),
  ),
  publisher: optional(text(200)),
  publishedOn: optional(date),
  reliability: z
    .enum(SOURCE_RELIABILITIES)
    .nullish()
    .transform((value) => value ?? DEFAULT_RELIABILITY),
  note: optional(text(600)),
});

const named = {
  id: optional(id),
  name: text(200),
  nativeName: optional(text(200)),
  aliases: z
    .array(text(200))
    .max(50)
    .nullish()
    .transform((value) => value ?? []),
  description: optional(text(1000)),
  confidence,
  sources,
};
export const PersonInput = z.object(named);
export const CharacterInput = z.object({ ...named, work: id });

export const CounterpartInput = z.object({ a: id, b: id, note: optional(text(600)), confidence, sources });

export const CreditInput = z.object({
  person: id,
  work: id,
  role: z.enum(CREDIT_ROLES),
  episodes: optional(z.array(z.number().int().min(1).max(999)).min(1).max(200)),
  character: optional(id),
  creditedAs: optional(text(200)),
  note: optional(text(600)),
  confidence,
  sources,
});

export const ReviewInput = z.object({
  id: optional(id),
  work: id,
  outlet: optional(id),
  critic: optional(text(200)),
  date: optional(date),
  stance: z.enum(STANCES),
  summary: text(1000),
  about: z
    .array(id)
    .max(20)
    .nullish()
    .transform((value) => value ?? []),
  sources,
});

export const RankingInput = z.object({
  id: optional(id),
  work: id,
  publisher: id,
  kind: z.enum(RANKING_KINDS),
  list: text(300),
  year,
  rank: optional(z.number().int().positive('must be 1 or more')),
  sources,
});

export const HonorInput = z.object({
  id: optional(id),
  prize: text(300),
  category: optional(text(300)),
  awardedBy: optional(id),
  edition: optional(z.number().int().min(1, 'must be 1 or more').max(1000, 'must be at most 1000')),
  year,
  result: z.enum(HONOR_RESULTS),
  recipients: z.array(id).min(1, 'an honor goes to at least one work or person').max(20),
  for: z
    .array(id)
    .max(20)
    .nullish()
    .transform((value) => value ?? []),
  note: optional(text(600)),
  sources,
});

export const ClaimInput = z
  .object({
    subject: id,
    property: z
      .string()
      .regex(/^[a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*$/, 'must be a camelCase property name')
      .max(100),
    value: text(600),
    rank: z
      .enum(CLAIM_RANKS)
      .nullish()
      .transform((value) => value ?? DEFAULT_CLAIM_RANK),
    reason: optional(text(600)),
    confidence,
    note: optional(text(600)),
    sources,
  })
  .refine((claim) => claim.rank === DEFAULT_CLAIM_RANK || claim.reason !== undefined, {
    message: 'a PREFERRED or DEPRECATED claim says why',
    path: ['reason'],
  });

/** Parses a mutation's input; the first problem becomes BAD_USER_INPUT naming the field (input.sources, …). */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = ['input', ...(issue?.path ?? [])].join('.');
  throw badUserInput(field, issue?.message ?? 'is invalid');
}
