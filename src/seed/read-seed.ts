import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { SeedFile, type Collection } from './schema';

type Entry<C extends Collection> = NonNullable<SeedFile[C]>[number];

/** A seed entry with where it came from, so that every error can name file, entry and field. */
export interface Located<T> {
  readonly value: T;
  readonly file: string;
  readonly index: number;
  readonly collection: Collection;
}

export type Seed = { readonly [C in Collection]: ReadonlyArray<Located<Entry<C>>> };

export interface SeedError {
  readonly file: string;
  readonly entry?: string;
  readonly field?: string;
  readonly message: string;
}

export const COLLECTIONS = Object.keys(SeedFile.shape) as Collection[];

export function formatSeedError(error: SeedError): string {
  const where = [error.file, error.entry, error.field ? `field "${error.field}"` : undefined].filter(Boolean).join(' ');
  return `${where}: ${error.message}`;
}

/**
 * Folders directly below the seed folder that hold no seed collections: references/ keeps the
 * hand-recorded reference counts of the coverage report (scripts/coverage.ts reads it), not facts.
 */
export const NON_SEED_FOLDERS: readonly string[] = ['references'];

/** Every *.yaml file below the folder, in a stable order, leaving out the NON_SEED_FOLDERS. */
export function listSeedFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (folder === dir && NON_SEED_FOLDERS.includes(name)) continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.ya?ml$/.test(name)) files.push(path);
    }
  };
  walk(dir);
  return files;
}

/** Parses and shape-checks every seed file; entries of files that fail are left out and reported. */
export function readSeed(dir: string): { seed: Seed; errors: SeedError[] } {
  const errors: SeedError[] = [];
  const seed = Object.fromEntries(COLLECTIONS.map((c) => [c, []])) as unknown as {
    [C in Collection]: Located<Entry<C>>[];
  };
  for (const path of listSeedFiles(dir)) {
    const file = relative(join(dir, '..'), path);
    let raw: unknown;
    try {
      raw = parse(readFileSync(path, 'utf8')) ?? {};
    } catch (error) {
      errors.push({ file, message: `is not valid YAML: ${(error as Error).message.split('\n')[0]}` });
      continue;
    }
    const parsed = SeedFile.safeParse(raw);
    if (!parsed.success) {
      errors.push(...parsed.error.issues.map((issue) => issueToError(file, raw, issue)));
      continue;
    }
    for (const collection of COLLECTIONS) {
      const entries = (parsed.data[collection] ?? []) as Entry<typeof collection>[];
      const target = seed[collection] as Located<unknown>[];
      entries.forEach((value, index) => target.push({ value, file, index, collection }));
    }
  }
  return { seed, errors };
}

/** Names an entry by its collection, position and the id or name a curator would search for. */
export function describeEntry(collection: string, index: number, value: unknown): string {
  const record = (value ?? {}) as Record<string, unknown>;
  const label = record.id ?? record.name ?? record.person ?? record.subject ?? record.a ?? record.work;
  return `${collection}[${index}]${typeof label === 'string' ? ` (${label})` : ''}`;
}

function issueToError(file: string, raw: unknown, issue: z.core.$ZodIssue): SeedError {
  const [collection, index, ...rest] = issue.path;
  if (typeof collection !== 'string') return { file, message: issue.message };
  if (typeof index !== 'number') return { file, field: collection, message: issue.message };
  const list = (raw as Record<string, unknown[]>)[collection] ?? [];
  const message = issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')}` : issue.message;
  return {
    file,
    entry: describeEntry(collection, index, list[index]),
    field: rest.length > 0 ? rest.join('.') : undefined,
    message,
  };
}
