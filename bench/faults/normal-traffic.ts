import { percentile } from '../percentile';
/** One answer of the normal traffic, as the fault run records it. */
export interface Sample {
  /** Milliseconds since the run began, when the request was sent. */
  readonly at: number;
  readonly ms: number;
  /** 'ok', a GraphQL error code, 'HTTP <status>' or the network error's code. */
  readonly outcome: string;
}

/**
 * Steady "normal" traffic while faults are injected: `clients` loops, each posting the given
 * requests in turn and waiting for every answer, to 127.0.0.1 only, until stop() is called (or
 * `maxMs` has passed). Every answer is recorded with what it was.
 */
export function startNormalTraffic(options: {
  url: string;
  bodies: readonly string[];
  clients: number;
  maxMs: number;
}): { readonly samples: Sample[]; readonly startedAt: number; stop(): Promise<void> } {
  if (new URL(options.url).hostname !== '127.0.0.1') throw new Error(`refusing to load ${options.url}`);
  const samples: Sample[] = [];
  const startedAt = Date.now();
  let running = true;
  const loop = async (client: number): Promise<void> => {
    for (let i = client; running && Date.now() - startedAt < options.maxMs; i++) {
      const sent = Date.now();
      const outcome = await ask(options.url, options.bodies[i % options.bodies.length]!);
      samples.push({ at: sent - startedAt, ms: Date.now() - sent, outcome });
      // A failing server answers at once: pace the loop so the run measures, not hammers, it.
      if (outcome !== 'ok') await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const loops = Array.from({ length: options.clients }, (_, client) => loop(client));
  return {
    samples,
    startedAt,
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}

async function ask(url: string, body: string): Promise<string> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      signal: AbortSignal.timeout(20_000),
    });
    const text = await response.text();
    let code: string | undefined;
    try {
      code = (JSON.parse(text) as { errors?: Array<{ extensions?: { code?: string } }> }).errors?.[0]?.extensions?.code;
    } catch {
      code = undefined;
    }
    if (code) return code;
    return response.status === 200 ? 'ok' : `HTTP ${response.status}`;
  } catch (error) {
    const cause = (error as { cause?: { code?: string }; name?: string }).cause?.code;
    return cause ?? (error as Error).name ?? 'network error';
  }
}

/** Errors by code, p99 of the good answers and the first good answer at or after `from`. */
export function summarise(samples: readonly Sample[], from: number, to: number) {
  const inside = samples.filter((s) => s.at >= from && s.at < to);
  const good = inside.filter((s) => s.outcome === 'ok').map((s) => s.ms);
  good.sort((a, b) => a - b);
  const byCode: Record<string, number> = {};
  for (const s of inside) if (s.outcome !== 'ok') byCode[s.outcome] = (byCode[s.outcome] ?? 0) + 1;
  return {
    requests: inside.length,
    ok: good.length,
    errorsByCode: byCode,
    p50Ms: percentileOrNull(good, 0.5),
    p99Ms: percentileOrNull(good, 0.99),
  };
}

/** The first good answer sent at or after `from`, in ms after `from`: how long service took to come back. */
export function recoveryMs(samples: readonly Sample[], from: number): number | null {
  const first = samples.filter((s) => s.at >= from && s.outcome === 'ok').sort((a, b) => a.at - b.at)[0];
  return first ? first.at + first.ms - from : null;
}

/** The percentile, or null when no request was answered in the window. */
function percentileOrNull(sorted: readonly number[], p: number): number | null {
  return sorted.length === 0 ? null : percentile(sorted, p);
}
