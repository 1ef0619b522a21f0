import { COLLECTIONS, type Located, type Seed } from '../seed/read-seed';
import type { Collection, SeedFile } from '../seed/schema';

type Entries = { [C in Collection]?: NonNullable<SeedFile[C]> };

/**
 * A curated change in the seed's own shape, so it goes through the same row building and the
 * same upsert statements as the seed files. Its sources are Source ids rather than refs.
 */
export function seedFragment(entries: Entries): Seed {
  const seed = Object.fromEntries(COLLECTIONS.map((collection) => [collection, []])) as unknown as Record<
    Collection,
    Located<unknown>[]
  >;
  for (const [collection, list] of Object.entries(entries) as Array<[Collection, unknown[]]>) {
    seed[collection] = list.map((value, index) => ({ value, file: 'curation', index, collection }));
  }
  return seed as unknown as Seed;
}
