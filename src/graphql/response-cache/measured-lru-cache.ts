import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import { LRUCache } from 'lru-cache';

/** What the response cache holds and has done since the process started. */
export interface ResponseCacheStats {
  /** Answers served from the cache. */
  readonly hits: number;
  /** Cacheable requests the cache had no answer for. */
  readonly misses: number;
  /** Requests that skipped the cache: authenticated callers, or a graph version Neo4j could not give. */
  readonly bypasses: number;
  /** Answers dropped to stay within the size bound (not those that expired). */
  readonly evictions: number;
  readonly entries: number;
  /** Memory the cached answers and their keys take (two bytes a character, as V8 may store them). */
  readonly bytes: number;
  readonly maxBytes: number;
  /** Times this process asked Neo4j for the graph's version. */
  readonly versionPolls: number;
}

/** Per-entry bookkeeping beyond the two strings (the LRU's node, the map's slot), roughly. */
const ENTRY_OVERHEAD_BYTES = 128;

/**
 * Apollo's KeyValueCache over lru-cache, bounded by bytes. InMemoryLRUCache (the same lru-cache
 * inside) keeps its size and its evictions to itself, and both are to be watched here.
 */
export class MeasuredLRUCache implements KeyValueCache<string> {
  hits = 0;
  misses = 0;
  evictions = 0;
  private readonly lru: LRUCache<string, string>;

  constructor(
    readonly maxBytes: number,
    private readonly onLookup: (hit: boolean) => void = () => undefined,
  ) {
    this.lru = new LRUCache<string, string>({
      maxSize: maxBytes,
      sizeCalculation: (value, key) => 2 * (value.length + key.length) + ENTRY_OVERHEAD_BYTES,
      dispose: (_value, _key, reason) => {
        if (reason === 'evict') this.evictions++;
      },
    });
  }

  async get(key: string): Promise<string | undefined> {
    const value = this.lru.get(key);
    if (value === undefined) this.misses++;
    else this.hits++;
    this.onLookup(value !== undefined);
    return value;
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    this.lru.set(key, value, options?.ttl ? { ttl: options.ttl * 1000 } : {});
  }

  async delete(key: string): Promise<boolean> {
    return this.lru.delete(key);
  }

  get entries(): number {
    return this.lru.size;
  }

  get bytes(): number {
    return this.lru.calculatedSize;
  }
}
