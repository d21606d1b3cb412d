// What retries add to the bill, for a prompt of K input tokens (reference §8).
//
// - Rejected attempts (429, 5xx, 529 before any work) are not billed: "In general, failed
//   requests are not charged" (Help Center, §8.1).
// - An attempt that times out or disconnects after the API did the work may be billed: "you will
//   be charged if your client disconnects or times out in the middle of an API call that was on
//   track to be successful" (§8.1). The SDKs retry timeouts and send no idempotency key, so each
//   retry is billed again.
// - With prompt caching the first attempt writes the cache (1.25× for 5 minutes, 2× for 1 hour)
//   and later attempts read it (0.1× of the input price, less on some newest models), as long as
//   the entry has not expired between them (§8.2).
// Prices and multipliers are volatile: every number carries the date of the copy it comes from.

/** Where the prices come from, and the dates of the copies they were read from. */
export const PRICING_SOURCE = {
  url: 'https://platform.claude.com/docs/en/about-claude/pricing',
  /** The latest dated copy of the pricing page the table agrees with. */
  pricesAsOf: '2026-10-08',
  /** The prompt-caching and pricing page copies the multipliers agree with (2026-09-20 to 2026-10-08). */
  multipliersAsOf: '2026-10-08',
  /** The day the reference fact sheet was compiled and the numbers last checked. */
  checked: '2026-11-24',
} as const;

/** Cache write and read multipliers of the base input price (§8.2). */
export const CACHE_MULTIPLIERS = {
  /** 5-minute cache write. */
  write5m: 1.25,
  /** 1-hour cache write. */
  write1h: 2,
  /** Cache read (hit); some newest models read for less, see `cacheHitPerMTok`. */
  hit: 0.1,
} as const;

/** Lifetime of a cache entry, seconds, by write type; a hit refreshes it. */
export const CACHE_TTL_SECONDS = { '5m': 300, '1h': 3600 } as const;
export type CacheTtl = keyof typeof CACHE_TTL_SECONDS;

/** One model's prices in USD per million tokens (§8.3) and its minimum cacheable prompt (§8.2). */
export interface ModelPrice {
  /** Stable id used in URLs. */
  id: string;
  /** Name as the pricing page writes it. */
  name: string;
  inputPerMTok: number;
  cacheWrite5mPerMTok: number;
  cacheWrite1hPerMTok: number;
  cacheHitPerMTok: number;
  outputPerMTok: number;
  /** Prompts shorter than this are not cached, silently (no error, both cache counters 0). */
  minCacheTokens: number;
  /** Date of the pricing-page copy this row was read from. */
  asOf: string;
}

const row = (
  id: string,
  name: string,
  [input, write5m, write1h, hit, output]: [number, number, number, number, number],
  minCacheTokens: number,
  asOf: string = PRICING_SOURCE.pricesAsOf,
): ModelPrice => ({
  id,
  name,
  inputPerMTok: input,
  cacheWrite5mPerMTok: write5m,
  cacheWrite1hPerMTok: write1h,
  cacheHitPerMTok: hit,
  outputPerMTok: output,
  minCacheTokens,
  asOf,
});

/** Current models (retired ones left out). Opus 5.5 appears in copies from 2026-09-22; Sonnet 5.5 in the copy of 2026-10-08. */
export const MODEL_PRICES: readonly ModelPrice[] = [
  row('fable-5-1', 'Claude Fable 5.1 / Mythos 5.1', [10, 12.5, 20, 0.25, 50], 512),
  row('opus-5-5', 'Claude Opus 5.5', [4, 5, 8, 0.2, 20], 512),
  row('opus-5', 'Claude Opus 5', [5, 6.25, 10, 0.5, 25], 512),
  row('opus-4-8', 'Claude Opus 4.8', [5, 6.25, 10, 0.5, 25], 1024),
  row('opus-4-7', 'Claude Opus 4.7', [5, 6.25, 10, 0.5, 25], 2048),
  row('opus-4-6', 'Claude Opus 4.6', [5, 6.25, 10, 0.5, 25], 4096),
  row('opus-4-5', 'Claude Opus 4.5', [5, 6.25, 10, 0.5, 25], 4096),
  row('sonnet-5-5', 'Claude Sonnet 5.5', [2, 2.5, 4, 0.1, 10], 512),
  row('sonnet-5', 'Claude Sonnet 5', [2, 2.5, 4, 0.2, 10], 1024),
  row('sonnet-4-6', 'Claude Sonnet 4.6', [3, 3.75, 6, 0.3, 15], 1024),
  row('sonnet-4-5', 'Claude Sonnet 4.5', [3, 3.75, 6, 0.3, 15], 1024),
  row('haiku-4-5', 'Claude Haiku 4.5', [1, 1.25, 2, 0.1, 5], 4096),
];

/** The model the visualiser starts with (the one the snippet tests call). */
export const DEFAULT_MODEL_ID = 'sonnet-5';

/** Looks a model up by id; undefined for an unknown id. */
export function modelPrice(id: string): ModelPrice | undefined {
  return MODEL_PRICES.find((m) => m.id === id);
}

export interface RetryCostInput {
  /** Requests the policy sends when every attempt fails but the last (from the schedule). */
  requests: number;
  /** Input tokens of the prompt, all of it a cacheable prefix. */
  promptTokens: number;
  model: ModelPrice;
  /** Cache write type used with caching. */
  cacheTtl: CacheTtl;
  /** Seconds from the start of each request to the start of the next (length `requests - 1`). */
  gapsSeconds: readonly number[];
}

export interface RetryCost {
  /** Input cost of one request without caching, USD. */
  oneRequest: number;
  /** What retries add when every failed attempt is rejected: nothing is billed. */
  rejectedExtra: number;
  /** What retries add when every failed attempt timed out after the work was done, without caching. */
  timedOutExtra: number;
  /** Input cost of the first request with caching (the cache write), USD. */
  cachedFirst: number;
  /** What retries add with caching: cache reads, or new writes where the entry had expired. */
  cachedExtra: number;
  /** Retries that found the cache entry expired and wrote it again. */
  cacheRewrites: number;
  /** True when the prompt is shorter than the model's minimum cacheable length: caching does nothing. */
  belowCacheMinimum: boolean;
}

/** The cost in USD of the retries of one call (input tokens only), rejected or timed out, with and without caching. */
export function retryCost({ requests, promptTokens, model, cacheTtl, gapsSeconds }: RetryCostInput): RetryCost {
  const perToken = (pricePerMTok: number) => (promptTokens * pricePerMTok) / 1_000_000;
  const oneRequest = perToken(model.inputPerMTok);
  const retries = Math.max(0, requests - 1);
  const belowCacheMinimum = promptTokens < model.minCacheTokens;
  const write = perToken(cacheTtl === '5m' ? model.cacheWrite5mPerMTok : model.cacheWrite1hPerMTok);
  const hit = perToken(model.cacheHitPerMTok);
  let cachedExtra = 0;
  let cacheRewrites = 0;
  if (belowCacheMinimum) cachedExtra = retries * oneRequest;
  else {
    for (let i = 0; i < retries; i++) {
      // Each use of the entry (write or hit) starts its lifetime again.
      if ((gapsSeconds[i] ?? 0) > CACHE_TTL_SECONDS[cacheTtl]) {
        cachedExtra += write;
        cacheRewrites++;
      } else cachedExtra += hit;
    }
  }
  return {
    oneRequest,
    rejectedExtra: 0,
    timedOutExtra: retries * oneRequest,
    cachedFirst: belowCacheMinimum ? oneRequest : write,
    cachedExtra,
    cacheRewrites,
    belowCacheMinimum,
  };
}

/**
 * Seconds between the starts of consecutive requests when every failed request runs into the
 * timeout: the timeout, then the wait. This is what decides whether a cache entry is still alive.
 */
export function gapsWhenTimingOut(requests: readonly { wait: { sampled: number } | null }[], timeoutSeconds: number): number[] {
  return requests.slice(1).map((r) => timeoutSeconds + (r.wait?.sampled ?? 0));
}
