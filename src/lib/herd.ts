// The herd view: N clients run into the same outage at the same moment and retry with one
// policy. What the API receives over time, and when each client finally gets through, for each
// jitter strategy side by side. This is the AWS Architecture Blog's experiment (reference §9.1)
// reduced to its core: without jitter the retries of all clients arrive together in spikes;
// full jitter spreads them out.
import {
  awsStrategies,
  backoffRange,
  backoffStrategies,
  backoffWait,
  cappedExponential,
  honouredRetryAfter,
  requestLayout,
  sdkFormula,
  usesRandom,
  DECORRELATED_GROWTH,
  type BackoffStrategy,
  type RetryPolicy,
} from './backoff.ts';
import { streamSeed } from './random.ts';

/** The outage and the crowd. */
export interface HerdParams {
  /** Clients that send their first request at t = 0 (the visualiser allows up to 10,000). */
  clients: number;
  /** Every request sent before this time fails at once; the first one at or after it succeeds. */
  outageSeconds: number;
  /** Seed of the random generator; each strategy draws from its own stream of it. */
  seed: number;
  /** Most time bins of the request-rate series (default 120). */
  bins?: number;
}

/** What one strategy does to the API and to the clients. */
export interface HerdSeries {
  strategy: BackoffStrategy;
  /** Retries the API received in each time bin (every client's first request, at t = 0, is left out). */
  counts: Uint32Array;
  /** Requests sent by all clients together. */
  totalRequests: number;
  /**
   * Highest rate of the retries the strategy schedules, counted in windows of `peakWindowSeconds`,
   * in requests per second: what the API sees when retries arrive together. With a wrapper these
   * are the requests of every call after the first (the SDK's retries inside the first call do
   * not depend on the strategy); without one, every retry.
   */
  peakRetryRps: number;
  /** Start of the busiest window, seconds. */
  peakAtSeconds: number;
  /** Share of those retries that arrive in the busiest window (1 / waves when every wave comes at once). */
  peakRetryShare: number;
  /** Clients whose request got through after the outage. */
  succeeded: number;
  /** Clients that used up their retries before the outage ended. */
  gaveUp: number;
  /** Median, 95th percentile and last time at which a client got through; null when none did. */
  successP50: number | null;
  successP95: number | null;
  successLast: number | null;
}

export interface HerdResult {
  clients: number;
  outageSeconds: number;
  /** Width of one bin, seconds; the series cover [0, bins × binSeconds). */
  binSeconds: number;
  bins: number;
  /** Window over which the peak retry rate is counted, seconds (100 ms unless the run is very long). */
  peakWindowSeconds: number;
  series: HerdSeries[];
}

/** Retries that arrive within this window count as arriving together. */
export const PEAK_WINDOW_SECONDS = 0.1;

/** The strategies compared side by side: the four AWS ones, the SDK default, and the fixed list when it is the chosen one. */
export function herdStrategies(policy: RetryPolicy): BackoffStrategy[] {
  return [...awsStrategies, 'sdk-default', ...(policy.strategy === 'fixed' ? (['fixed'] as const) : [])];
}

/** The latest moment a policy can send a request: every wait at its longest. */
export function latestRequestSeconds(policy: RetryPolicy): number {
  const { calls, attemptsPerCall } = requestLayout(policy);
  const retryAfter = honouredRetryAfter(policy.retryAfterSeconds);
  const sdkMax = (k: number) => retryAfter ?? backoffRange(sdkFormula, k).max;
  let t = 0;
  for (let c = 0; c < calls; c++) {
    if (c > 0) t += policy.wrapperHonoursRetryAfter && retryAfter !== null ? retryAfter : backoffRange(policy, c - 1, 0).max;
    for (let j = 1; j < attemptsPerCall; j++) t += sdkMax(j - 1);
  }
  return t;
}

/** The k-th smallest value (0-based) of `values[0..n)`, by quickselect; reorders the array. */
function kthSmallest(values: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1] ?? 0;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] ?? 0) < pivot) i++;
      while ((values[j] ?? 0) > pivot) j--;
      if (i <= j) {
        const tmp = values[i] ?? 0;
        values[i++] = values[j] ?? 0;
        values[j--] = tmp;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return values[k] ?? 0;
}

/** The p-quantile (nearest rank, rounding down) of the first n values; null when n is 0. */
function quantile(values: Float64Array, n: number, p: number): number | null {
  return n === 0 ? null : kthSmallest(values, n, Math.floor(p * (n - 1)));
}

/** Numeric codes of the wrapper formulas, so the per-request loop switches on a small integer. */
const WRAPPER_CODE = { 'sdk-default': 0, none: 1, full: 2, equal: 3, decorrelated: 4, fixed: 5 } as const satisfies Record<BackoffStrategy, number>;

/**
 * One strategy's run. This loop runs up to a few million times per recompute, so it avoids
 * calls and allocations: the exponential delays are computed once per retry number, and the
 * generator is mulberry32 from random.ts, inlined.
 */
function simulateStrategy(
  p: RetryPolicy,
  clients: number,
  outage: number,
  seed: number,
  peakWindow: number,
  windowCount: number,
): { series: Omit<HerdSeries, 'counts'>; shaped: Uint32Array; firstCall: Uint32Array; lastRequest: number } {
  let state = streamSeed(seed, backoffStrategies.indexOf(p.strategy)) | 0;
  const { calls, attemptsPerCall } = requestLayout(p);
  const retryAfter = honouredRetryAfter(p.retryAfterSeconds);
  const wrapperRetryAfter = p.wrapperHonoursRetryAfter ? retryAfter : null;
  const code = WRAPPER_CODE[p.strategy];
  // The exponential part of each wait is the same for every client: compute it once.
  const sdkExp = Float64Array.from({ length: attemptsPerCall }, (_, k) => cappedExponential(sdkFormula, k));
  const wrapperExp = Float64Array.from({ length: calls }, (_, k) =>
    p.strategy === 'fixed' ? backoffWait(p, k, 0) : cappedExponential(p, k),
  );
  const base = p.baseSeconds;
  const cap = p.capSeconds;
  // Without any random draw every client does the same thing: simulate one and count it N times.
  const identical = !usesRandom(p.strategy) && (attemptsPerCall === 1 || retryAfter !== null);
  const simulated = identical ? Math.min(clients, 1) : clients;
  const weight = identical ? clients : 1;
  const perWindow = 1 / peakWindow;
  // Retries per window. With a wrapper, the SDK's retries inside the first call are the same for
  // every strategy: they are drawn, but left out of the peak, which compares what the strategies
  // themselves do. Every client's first request (at t = 0) is in neither.
  const shaped = new Uint32Array(windowCount);
  const firstCall = new Uint32Array(windowCount);
  const successes = new Float64Array(clients);
  let succeeded = 0;
  let total = 0;
  let last = -1;
  let lastRequest = 0;

  for (let i = 0; i < simulated; i++) {
    let t = 0;
    let previous = base;
    let done = false;
    for (let c = 0; c < calls && !done; c++) {
      if (c > 0) {
        const exp = wrapperExp[c - 1] ?? 0;
        let wait: number;
        if (wrapperRetryAfter !== null) wait = wrapperRetryAfter;
        else if (code === 1 || code === 5) wait = exp; // none, fixed (sdk-default has a single call)
        else {
          state = (state + 0x6d2b79f5) | 0;
          let z = state;
          z = Math.imul(z ^ (z >>> 15), z | 1);
          z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
          const u = ((z ^ (z >>> 14)) >>> 0) / 4294967296;
          if (code === 2) wait = u * exp;
          else if (code === 3) wait = exp / 2 + u * (exp / 2);
          else wait = Math.min(cap, base + u * (previous * DECORRELATED_GROWTH - base));
        }
        previous = wait;
        t += wait;
      }
      for (let j = 0; j < attemptsPerCall; j++) {
        if (j > 0) {
          if (retryAfter !== null) t += retryAfter;
          else {
            state = (state + 0x6d2b79f5) | 0;
            let z = state;
            z = Math.imul(z ^ (z >>> 15), z | 1);
            z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
            t += (sdkExp[j - 1] ?? 0) * (1 - 0.25 * (((z ^ (z >>> 14)) >>> 0) / 4294967296));
          }
        }
        total += weight;
        if (c > 0 || j > 0) {
          const w = (t * perWindow) | 0;
          const counts = c > 0 || calls === 1 ? shaped : firstCall;
          if (w < windowCount) counts[w] = (counts[w] ?? 0) + weight;
        }
        if (t >= outage) {
          if (identical) successes.fill(t);
          else successes[succeeded] = t;
          succeeded += weight;
          if (t > last) last = t;
          done = true;
          break;
        }
      }
    }
    if (t > lastRequest) lastRequest = t;
  }
  // Every client's first request arrives at t = 0; the retries are what a strategy shapes.
  let peakWindowIndex = 0;
  let peakRetries = 0;
  let shapedTotal = 0;
  for (let w = 0; w < windowCount; w++) {
    const retries = shaped[w] ?? 0;
    shapedTotal += retries;
    if (retries > peakRetries) {
      peakRetries = retries;
      peakWindowIndex = w;
    }
  }
  return {
    series: {
      strategy: p.strategy,
      totalRequests: total,
      peakRetryRps: peakRetries / peakWindow,
      peakAtSeconds: peakWindowIndex * peakWindow,
      peakRetryShare: shapedTotal > 0 ? peakRetries / shapedTotal : 0,
      succeeded,
      gaveUp: clients - succeeded,
      successP50: quantile(successes, succeeded, 0.5),
      successP95: quantile(successes, succeeded, 0.95),
      successLast: succeeded ? last : null,
    },
    shaped,
    firstCall,
    lastRequest,
  };
}

/**
 * Runs the herd for each strategy with the policy's other parameters. Failed requests come back
 * at once (a 529 is rejected without work), so a client's requests are separated only by its waits.
 */
export function simulateHerd(policy: RetryPolicy, params: HerdParams, strategies = herdStrategies(policy)): HerdResult {
  const clients = Math.max(0, Math.floor(params.clients));
  const outage = params.outageSeconds;
  const policies = strategies.map((strategy) => ({ ...policy, strategy }));
  // Retries are counted in windows of 100 ms (wider only for very long runs), up to the latest
  // moment any strategy could send one.
  const possible = Math.max(PEAK_WINDOW_SECONDS, outage, ...policies.map(latestRequestSeconds)) * 1.02;
  const peakWindow = Math.max(PEAK_WINDOW_SECONDS, possible / 100_000);
  const windowCount = Math.ceil(possible / peakWindow) + 1;
  const runs = policies.map((p) => simulateStrategy(p, clients, outage, params.seed, peakWindow, windowCount));
  // The chart covers what happened (up to the last request or the end of the outage), in whole windows per bin.
  const used = Math.max(outage, ...runs.map((r) => r.lastRequest)) * 1.02 + peakWindow;
  const windowsPerBin = Math.max(1, Math.ceil(used / peakWindow / (params.bins ?? 120)));
  const binSeconds = windowsPerBin * peakWindow;
  const bins = Math.ceil(used / binSeconds);
  const series = runs.map((r): HerdSeries => {
    const counts = new Uint32Array(bins);
    for (let w = 0; w < windowCount; w++) {
      const b = Math.min(bins - 1, Math.floor(w / windowsPerBin));
      counts[b] = (counts[b] ?? 0) + (r.shaped[w] ?? 0) + (r.firstCall[w] ?? 0);
    }
    return { ...r.series, counts };
  });
  return { clients, outageSeconds: outage, binSeconds, bins, peakWindowSeconds: peakWindow, series };
}
