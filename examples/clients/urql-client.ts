// urql with its default exchanges (short queries go as GET), or with Graphcache.
// In your app: npm install @urql/core @urql/exchange-graphcache graphql.
import { Client, cacheExchange, fetchExchange } from '@urql/core';
import { cacheExchange as graphcache } from '@urql/exchange-graphcache';
import { possibleTypes } from '../../src/index';

export function createUrqlClient(url: string, fetchImpl: typeof fetch = fetch): Client {
  return new Client({ url, exchanges: [cacheExchange, fetchExchange], fetch: fetchImpl });
}

/** Every object has an id, so Graphcache normalizes them all without any `keys` of your own. */
export function createGraphcacheClient(url: string, fetchImpl: typeof fetch = fetch): Client {
  return new Client({ url, exchanges: [graphcache({ possibleTypes }), fetchExchange], fetch: fetchImpl });
}
