// The retry model behind the #retry tables and the backoff visualiser: which waits a retry
// policy asks for, who asks for them (the SDK's own loop or your wrapper around it), and the
// totals. Pure functions of the policy and a random source; no DOM, no Astro.
//
// Formulas: the SDKs' delay (reference §5.3 and §6.1) and the AWS Architecture Blog's capped
// exponential, full, equal and decorrelated jitter (reference §9.1).
import type { RetryPreset } from '../schemas/error-entry.ts';
import { seededRandom, type RandomSource } from './random.ts';

/** Every strategy the model knows; `sdk-default` is the official SDKs' built-in policy. */
export const backoffStrategies = ['sdk-default', 'none', 'full', 'equal', 'decorrelated', 'fixed'] as const;
export type BackoffStrategy = (typeof backoffStrategies)[number];

/** The AWS jitter strategies, compared side by side in the herd view. */
export const awsStrategies = ['none', 'full', 'equal', 'decorrelated'] as const satisfies readonly BackoffStrategy[];

/** The official SDKs' retry constants (Python `anthropic` 1.13.0 and TypeScript `@anthropic-ai/sdk` 1.12.0 agree). */
export const SDK_RETRY = {
  /** `INITIAL_RETRY_DELAY` / `initialRetryDelay`, seconds. */
  initialDelaySeconds: 0.5,
  /** `MAX_RETRY_DELAY` / `maxRetryDelay`, seconds. */
  maxDelaySeconds: 8,
  /** The delay doubles per retry. */
  factor: 2,
  /** `max_retries` / `maxRetries` default: up to 3 requests per call. */
  maxRetries: 2,
  /** Jitter takes off up to 25 %: the wait is 75–100 % of the exponential delay. */
  jitterFloor: 0.75,
  /** Default timeout per request, seconds (10 minutes). */
  timeoutSeconds: 600,
  /**
   * The longest `retry-after` both current SDKs honour: TypeScript ≥ 0.126 takes at most
   * 2^31 − 1 ms (one `setTimeout`); Python 1.13.0 caps at 4,294,967 s. Longer or non-positive
   * values fall back to the default backoff.
   */
  maxRetryAfterSeconds: (2 ** 31 - 1) / 1000,
} as const;

/** Decorrelated jitter grows by this factor: `sleep = min(cap, random_between(base, sleep * 3))`. */
export const DECORRELATED_GROWTH = 3;

/** A complete retry policy, as the visualiser and the tables describe it. Times in seconds. */
export interface RetryPolicy {
  /** How waits are computed. `sdk-default` ignores base, factor and cap: the SDK fixes them. */
  strategy: BackoffStrategy;
  /** First exponential delay (before jitter). */
  baseSeconds: number;
  /** Growth per retry of the exponential strategies (the SDKs and AWS use 2). */
  factor: number;
  /** Longest single wait of the exponential and decorrelated strategies. */
  capSeconds: number;
  /** Retries after the first attempt: the SDK's `max_retries`, or the wrapper's own retries. */
  maxRetries: number;
  /** Waits of the `fixed` strategy, in order; the last one repeats. */
  fixedWaitsSeconds: readonly number[];
  /** Per-request timeout: how long one attempt can take in the worst case. */
  timeoutSeconds: number;
  /** The `retry-after` the server sends with each failure, or null for none. */
  retryAfterSeconds: number | null;
  /**
   * For strategies other than `sdk-default`: each attempt of the wrapper is an SDK call that
   * itself retries twice, so 3 wrapper attempts send 3 × 3 = 9 requests.
   */
  wrapSdk: boolean;
  /** Whether the wrapper itself waits for `retry-after` (the SDK always does). */
  wrapperHonoursRetryAfter: boolean;
}

/** The parameters a wait formula needs. */
export interface BackoffFormula {
  strategy: BackoffStrategy;
  baseSeconds: number;
  factor: number;
  capSeconds: number;
  fixedWaitsSeconds: readonly number[];
}

/** The SDK's own formula, whatever the policy's base, factor and cap say. */
export const sdkFormula: BackoffFormula = {
  strategy: 'sdk-default',
  baseSeconds: SDK_RETRY.initialDelaySeconds,
  factor: SDK_RETRY.factor,
  capSeconds: SDK_RETRY.maxDelaySeconds,
  fixedWaitsSeconds: [],
};

/** Lowest, highest and mean value of a wait or a sum of waits, in seconds. */
export interface WaitRange {
  min: number;
  max: number;
  mean: number;
}

/** `min(cap, base * factor^k)`: the capped exponential delay before retry k (0-based). */
export function cappedExponential(f: BackoffFormula, k: number): number {
  return Math.min(f.capSeconds, f.baseSeconds * f.factor ** k);
}

/** Whether the strategy draws one random number per wait (`none` and `fixed` draw none). */
export function usesRandom(strategy: BackoffStrategy): boolean {
  return strategy !== 'none' && strategy !== 'fixed';
}

/**
 * The wait before retry k (0-based) for a uniform draw `u` in [0, 1).
 * `previous` is the wait before retry k − 1 (decorrelated jitter builds on it; use the base for k = 0).
 */
export function backoffWait(f: BackoffFormula, k: number, u: number, previous = f.baseSeconds): number {
  switch (f.strategy) {
    case 'sdk-default':
      return cappedExponential(f, k) * (1 - 0.25 * u);
    case 'none':
      return cappedExponential(f, k);
    case 'full':
      return u * cappedExponential(f, k);
    case 'equal': {
      const temp = cappedExponential(f, k);
      return temp / 2 + u * (temp / 2);
    }
    case 'decorrelated':
      return Math.min(f.capSeconds, f.baseSeconds + u * (previous * DECORRELATED_GROWTH - f.baseSeconds));
    case 'fixed':
      return f.fixedWaitsSeconds[Math.min(k, f.fixedWaitsSeconds.length - 1)] ?? 0;
  }
}

/** The mean of decorrelated jitter has no closed form under the cap: estimate it from fixed sample paths. */
function decorrelatedMeans(f: BackoffFormula, retries: number): number[] {
  const paths = 2048;
  const sums = new Array<number>(retries).fill(0);
  const random = seededRandom(0x5eed);
  for (let p = 0; p < paths; p++) {
    let previous = f.baseSeconds;
    for (let k = 0; k < retries; k++) {
      previous = backoffWait(f, k, random(), previous);
      sums[k] = (sums[k] ?? 0) + previous;
    }
  }
  return sums.map((s) => s / paths);
}

/** Lowest, highest and mean wait before retry k (0-based); `decorrelatedMean` is needed for decorrelated jitter only. */
export function backoffRange(f: BackoffFormula, k: number, decorrelatedMean?: number): WaitRange {
  const exp = cappedExponential(f, k);
  switch (f.strategy) {
    case 'sdk-default':
      return { min: exp * SDK_RETRY.jitterFloor, max: exp, mean: exp * (1 + SDK_RETRY.jitterFloor) / 2 };
    case 'none':
      return { min: exp, max: exp, mean: exp };
    case 'full':
      return { min: 0, max: exp, mean: exp / 2 };
    case 'equal':
      return { min: exp / 2, max: exp, mean: exp * 0.75 };
    case 'decorrelated': {
      const min = Math.min(f.capSeconds, f.baseSeconds);
      const max = Math.min(f.capSeconds, f.baseSeconds * DECORRELATED_GROWTH ** (k + 1));
      return { min, max, mean: decorrelatedMean ?? (min + max) / 2 };
    }
    case 'fixed': {
      const w = backoffWait(f, k, 0);
      return { min: w, max: w, mean: w };
    }
  }
}

/** The `retry-after` the current SDKs wait for, or null when they fall back to their backoff (non-positive or too long). */
export function honouredRetryAfter(seconds: number | null): number | null {
  return seconds !== null && seconds > 0 && seconds <= SDK_RETRY.maxRetryAfterSeconds ? seconds : null;
}

/** Response headers that carry a wait. */
export interface RetryAfterHeaders {
  'retry-after'?: string | null;
  'retry-after-ms'?: string | null;
}

/** Python's `float()` on a header value: decimal and exponent forms, `inf`, `nan`; anything else is not a number. */
function pythonFloat(text: string): number | undefined {
  const s = text.trim();
  if (/^[+-]?(?:inf|infinity)$/i.test(s)) return s.startsWith('-') ? -Infinity : Infinity;
  if (/^[+-]?nan$/i.test(s)) return NaN;
  return /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i.test(s) ? Number(s) : undefined;
}

/**
 * The wait in seconds the SDK takes from a failed response's headers, or null when it uses its
 * own backoff instead, exactly as the pinned versions do (reference §5.3, §6.1):
 * `retry-after-ms` (float milliseconds) first, then `retry-after` as float seconds, then as an
 * HTTP date relative to `nowMs`. TypeScript 1.12.0 honours 0 < wait ≤ 2^31 − 1 ms; Python 1.13.0
 * honours any positive wait, capped at 4,294,967 s.
 */
export function sdkRetryAfter(headers: RetryAfterHeaders, sdk: 'python' | 'typescript', nowMs: number): number | null {
  const msHeader = headers['retry-after-ms'] ?? null;
  const header = headers['retry-after'] ?? null;
  if (sdk === 'typescript') {
    let ms: number | undefined;
    if (msHeader) {
      const v = parseFloat(msHeader);
      if (!Number.isNaN(v)) ms = v;
    }
    if (header && !ms) {
      const s = parseFloat(header);
      ms = Number.isNaN(s) ? Date.parse(header) - nowMs : s * 1000;
    }
    return ms !== undefined && ms > 0 && ms <= 2 ** 31 - 1 ? ms / 1000 : null;
  }
  let seconds: number | undefined;
  const fromMs = msHeader === null ? undefined : pythonFloat(msHeader);
  if (fromMs !== undefined) seconds = fromMs / 1000;
  else if (header !== null) {
    const s = pythonFloat(header);
    if (s !== undefined) seconds = s;
    else {
      const date = Date.parse(header);
      if (!Number.isNaN(date)) seconds = Math.floor(date / 1000) - nowMs / 1000;
    }
  }
  return seconds !== undefined && seconds > 0 ? Math.min(seconds, 4_294_967) : null;
}

/** Independent sources for the two layers, or one shared source drawn in time order. */
export interface RandomSources {
  /** Draws of the wrapper's jitter (the `random` a snippet is given). */
  wrapper: RandomSource;
  /** Draws of the SDK's jitter (`Math.random` / `random.random` inside the SDK). */
  sdk: RandomSource;
}

/** A wait before a request, as a range and as drawn for one run. */
export interface ScheduledWait extends WaitRange {
  /** The wait drawn from the random source. */
  sampled: number;
  /** True when the wait is the server's `retry-after` rather than the backoff formula. */
  fromRetryAfter: boolean;
}

/** One request the policy sends. */
export interface ScheduledRequest {
  /** 1-based number of the request as the server sees it. */
  request: number;
  /** 1-based attempt of the wrapper (always 1 without a wrapper). */
  call: number;
  /** 1-based attempt inside the SDK call (`x-stainless-retry-count` + 1). */
  attempt: number;
  /** Who asked for the wait before this request; null for the first request. */
  waitBy: 'sdk' | 'wrapper' | null;
  /** The wait before this request; null for the first request. */
  wait: ScheduledWait | null;
  /** When the request is sent, counting waits only (each failure is taken to come back at once). */
  start: WaitRange & { sampled: number };
}

/** Totals of a schedule in which every request fails. */
export interface ScheduleTotals {
  /** Requests sent before giving up. */
  requests: number;
  /** Requests after the first one. */
  retries: number;
  /** Time spent waiting between requests. */
  wait: WaitRange & { sampled: number };
  /** Every request runs into the timeout and every wait is at its longest. */
  worstCaseSeconds: number;
  /** The mean total when every failure comes back at once (waits only). */
  expectedSeconds: number;
}

export interface RetrySchedule {
  requests: ScheduledRequest[];
  totals: ScheduleTotals;
}

/** How many requests one run of the policy sends when all of them fail: wrapper calls × SDK attempts per call. */
export function requestLayout(policy: RetryPolicy): { calls: number; attemptsPerCall: number } {
  if (policy.strategy === 'sdk-default') return { calls: 1, attemptsPerCall: policy.maxRetries + 1 };
  return { calls: policy.maxRetries + 1, attemptsPerCall: policy.wrapSdk ? SDK_RETRY.maxRetries + 1 : 1 };
}

/**
 * Every request a policy sends while the failure lasts, with the wait before each: its range,
 * its mean and the value drawn from `random`. Random numbers are drawn in time order, one per
 * jittered wait and none for a `retry-after` wait, as the SDK and the snippets draw them, so
 * the same values give the same waits as the real code.
 */
export function retrySchedule(policy: RetryPolicy, random: RandomSource | RandomSources): RetrySchedule {
  const sources = typeof random === 'function' ? { wrapper: random, sdk: random } : random;
  const { calls, attemptsPerCall } = requestLayout(policy);
  const retryAfter = honouredRetryAfter(policy.retryAfterSeconds);
  const means = policy.strategy === 'decorrelated' ? decorrelatedMeans(policy, policy.maxRetries) : [];
  const requests: ScheduledRequest[] = [];
  const start = { min: 0, max: 0, mean: 0, sampled: 0 };
  let previousWrapperWait = policy.baseSeconds;

  const sdkWait = (k: number): ScheduledWait => {
    if (retryAfter !== null) return { min: retryAfter, max: retryAfter, mean: retryAfter, sampled: retryAfter, fromRetryAfter: true };
    return { ...backoffRange(sdkFormula, k), sampled: backoffWait(sdkFormula, k, sources.sdk()), fromRetryAfter: false };
  };
  const wrapperWait = (k: number): ScheduledWait => {
    if (retryAfter !== null && policy.wrapperHonoursRetryAfter) {
      return { min: retryAfter, max: retryAfter, mean: retryAfter, sampled: retryAfter, fromRetryAfter: true };
    }
    const u = usesRandom(policy.strategy) ? sources.wrapper() : 0;
    const sampled = backoffWait(policy, k, u, previousWrapperWait);
    previousWrapperWait = sampled;
    return { ...backoffRange(policy, k, means[k]), sampled, fromRetryAfter: false };
  };

  for (let call = 1; call <= calls; call++) {
    for (let attempt = 1; attempt <= attemptsPerCall; attempt++) {
      let waitBy: ScheduledRequest['waitBy'] = null;
      let wait: ScheduledWait | null = null;
      if (attempt > 1) {
        // Inside one call only the SDK retries; with the `sdk-default` strategy the SDK is the only layer.
        waitBy = 'sdk';
        wait = sdkWait(attempt - 2);
      } else if (call > 1) {
        waitBy = 'wrapper';
        wait = wrapperWait(call - 2);
      }
      if (wait) {
        start.min += wait.min;
        start.max += wait.max;
        start.mean += wait.mean;
        start.sampled += wait.sampled;
      }
      requests.push({ request: requests.length + 1, call, attempt, waitBy, wait, start: { ...start } });
    }
  }
  return {
    requests,
    totals: {
      requests: requests.length,
      retries: requests.length - 1,
      wait: { ...start },
      worstCaseSeconds: requests.length * policy.timeoutSeconds + start.max,
      expectedSeconds: start.mean,
    },
  };
}

/** Policy defaults for what a registry preset leaves out. */
export const policyDefaults = {
  factor: 2,
  timeoutSeconds: SDK_RETRY.timeoutSeconds,
  fixedWaitsSeconds: [2, 5, 10, 30, 60],
  wrapSdk: false,
  wrapperHonoursRetryAfter: false,
} as const;

/** The full policy a registry preset describes. */
export function policyFromPreset(preset: RetryPreset): RetryPolicy {
  return {
    strategy: preset.strategy,
    baseSeconds: preset.baseSeconds,
    factor: preset.factor ?? policyDefaults.factor,
    capSeconds: preset.capSeconds,
    maxRetries: preset.maxRetries,
    fixedWaitsSeconds: preset.fixedWaitsSeconds ?? policyDefaults.fixedWaitsSeconds,
    timeoutSeconds: preset.timeoutSeconds ?? policyDefaults.timeoutSeconds,
    retryAfterSeconds: preset.retryAfterSeconds ?? null,
    wrapSdk: preset.wrapSdk ?? policyDefaults.wrapSdk,
    wrapperHonoursRetryAfter: preset.wrapperHonoursRetryAfter ?? policyDefaults.wrapperHonoursRetryAfter,
  };
}

/** One retry of a schedule: the wait before it, as a range, and the time spent waiting so far. */
export interface ScheduledRetry {
  /** 1-based retry number; attempt number is `retry + 1`. */
  retry: number;
  /** Shortest wait before this retry, in seconds. */
  minWait: number;
  /** Longest wait before this retry, in seconds. */
  maxWait: number;
  /** Shortest total waiting time up to and including this retry. */
  cumulativeMin: number;
  /** Longest total waiting time up to and including this retry. */
  cumulativeMax: number;
  /** True when the wait comes from the server's `retry-after` rather than the backoff formula. */
  fromRetryAfter: boolean;
}

/**
 * The official SDKs' own schedule (reference §5.3, §6.1): retry k (0-based) waits
 * `min(0.5 * 2^k, 8) * (1 - 0.25 * random())`, i.e. 75–100 % of the exponential delay,
 * unless the server sent a usable `retry-after`, which both pinned SDKs honour as is.
 */
export function sdkDefaultSchedule(preset: RetryPreset): ScheduledRetry[] {
  const schedule = retrySchedule({ ...policyFromPreset(preset), strategy: 'sdk-default' }, () => 0);
  return schedule.requests.flatMap((r) =>
    r.wait
      ? [{
          retry: r.request - 1,
          minWait: r.wait.min,
          maxWait: r.wait.max,
          cumulativeMin: r.start.min,
          cumulativeMax: r.start.max,
          fromRetryAfter: r.wait.fromRetryAfter,
        }]
      : [],
  );
}
