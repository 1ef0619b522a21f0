import generated from './generated/possible-types';

/**
 * Which object types each interface and union of the schema stands for, for Apollo Client's
 * `new InMemoryCache({ possibleTypes })` and urql Graphcache's `cacheExchange({ possibleTypes })`.
 */
export const possibleTypes: Record<string, string[]> = Object.fromEntries(
  Object.entries(generated.possibleTypes).map(([name, types]) => [name, [...types]]),
);
