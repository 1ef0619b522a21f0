import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';

/**
 * How long a cached answer may live when no field says less. Freshness does not depend on it:
 * answers are keyed by the graph's version, so a write makes every older answer unreachable at
 * once; the age only lets answers of old versions leave memory before the LRU pushes them out.
 */
export const CACHED_ANSWER_MAX_AGE_SECONDS = 300;

/**
 * The cache-control policy the response cache needs (Apollo's response cache stores only answers
 * whose policy has a positive maxAge). It computes the policy and nothing else: what HTTP headers
 * say is not decided here. With the response cache off it stays off, since computing the policy
 * wraps every field's resolver.
 */
export function cacheControlFor(responseCacheOn: boolean): ApolloServerPlugin {
  return responseCacheOn
    ? ApolloServerPluginCacheControl({ defaultMaxAge: CACHED_ANSWER_MAX_AGE_SECONDS, calculateHttpHeaders: false })
    : ApolloServerPluginCacheControlDisabled();
}
