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
 * The operation's cache policy from the schema's @cacheControl hints: the response cache needs it
 * (Apollo's response cache stores only answers whose policy has a positive maxAge) and so does the
 * HTTP layer (Cache-Control for GET answers, capped by HTTP_CACHE_MAX_AGE_SECONDS). Apollo's header
 * is only an input there: src/http/http-caching.ts decides what is sent. When neither needs it, it
 * stays off, since computing the policy wraps every field's resolver.
 */
export function cachePolicyPlugin(options: { readonly needed: boolean }): ApolloServerPlugin {
  return options.needed
    ? ApolloServerPluginCacheControl({ defaultMaxAge: CACHED_ANSWER_MAX_AGE_SECONDS, calculateHttpHeaders: true })
    : ApolloServerPluginCacheControlDisabled();
}
