// The visualiser's state and its URL form. The query keys are the same in both languages, so the
// language switch (which copies `location.search`) keeps the picture. Anything a reader can type
// into the address bar is accepted: malformed values fall back to the default and out-of-range
// ones are clamped, each with an issue the page shows; nothing here throws.
import { backoffStrategies, honouredRetryAfter, policyDefaults, type BackoffStrategy, type RetryPolicy } from './backoff.ts';
import { DEFAULT_MODEL_ID, MODEL_PRICES, type CacheTtl } from './retry-cost.ts';
import type { RetryPreset } from '../schemas/error-entry.ts';

/** Everything the visualiser shows follows from this. Times in seconds. */
export interface VisualiserState {
  strategy: BackoffStrategy;
  base: number;
  factor: number;
  cap: number;
  retries: number;
  timeout: number;
  /** The server's `retry-after`; 0 means none. */
  retryAfter: number;
  /** The wrapper waits for `retry-after` too. */
  wrapperRetryAfter: boolean;
  /** Wrap the strategy around an SDK client that keeps its own 2 retries. */
  wrap: boolean;
  waits: number[];
  seed: number;
  clients: number;
  outage: number;
  tokens: number;
  model: string;
  cache: CacheTtl;
}
export type StateKey = keyof VisualiserState;

/** URL keys, in the order they are written. */
export const stateKeys = [
  'strategy', 'base', 'factor', 'cap', 'retries', 'timeout', 'retryAfter', 'wrapperRetryAfter', 'wrap', 'waits',
  'seed', 'clients', 'outage', 'tokens', 'model', 'cache',
] as const satisfies readonly StateKey[];

interface NumberLimit {
  min: number;
  max: number;
  /** Whole numbers only. */
  integer?: boolean;
}

/**
 * Accepted ranges. Retries stop at 10 and the outage at 600 s so that a 10,000-client herd of
 * five strategies recomputes within one animation frame (scripts/bench-visualiser.ts).
 */
export const limits = {
  base: { min: 0.01, max: 600 },
  factor: { min: 1, max: 10 },
  cap: { min: 0.01, max: 3600 },
  retries: { min: 0, max: 10, integer: true },
  timeout: { min: 1, max: 3600 },
  retryAfter: { min: 0, max: 3600 },
  waits: { min: 0, max: 3600 },
  seed: { min: 0, max: 4_294_967_295, integer: true },
  clients: { min: 1, max: 10_000, integer: true },
  outage: { min: 0, max: 600 },
  tokens: { min: 1, max: 1_000_000, integer: true },
} as const satisfies Partial<Record<StateKey, NumberLimit>>;

/** At most this many fixed waits. */
export const MAX_FIXED_WAITS = 10;

/** Why a value was not used as given. */
export interface StateIssue {
  key: StateKey;
  /** `invalid`: not a number or not an option; `clamped`: outside the range; `rounded`: not a whole number. */
  kind: 'invalid' | 'clamped' | 'rounded';
  /** The value as given (shortened). */
  given: string;
  /** The value used instead, as written in the URL. */
  used: string;
}

/** Defaults that do not come from a preset. */
export const baseDefaults: VisualiserState = {
  strategy: 'sdk-default',
  base: 0.5,
  factor: policyDefaults.factor,
  cap: 8,
  retries: 2,
  timeout: policyDefaults.timeoutSeconds,
  retryAfter: 0,
  wrapperRetryAfter: policyDefaults.wrapperHonoursRetryAfter,
  wrap: policyDefaults.wrapSdk,
  waits: [...policyDefaults.fixedWaitsSeconds],
  seed: 1,
  clients: 10_000,
  outage: 5,
  tokens: 20_000,
  model: DEFAULT_MODEL_ID,
  cache: '5m',
};

/**
 * A registry preset in the URL's own format (only the keys the preset sets), so the page can hand
 * it to the island in one short data attribute and both sides read it with `parseState`.
 */
export function presetQuery(preset: RetryPreset): string {
  const params = new URLSearchParams({
    strategy: preset.strategy,
    base: formatNumber(preset.baseSeconds),
    cap: formatNumber(preset.capSeconds),
    retries: formatNumber(preset.maxRetries),
    retryAfter: formatNumber(preset.retryAfterSeconds ?? 0),
  });
  if (preset.factor !== undefined) params.set('factor', formatNumber(preset.factor));
  if (preset.timeoutSeconds !== undefined) params.set('timeout', formatNumber(preset.timeoutSeconds));
  if (preset.fixedWaitsSeconds !== undefined) params.set('waits', preset.fixedWaitsSeconds.map(formatNumber).join(','));
  if (preset.wrapSdk !== undefined) params.set('wrap', preset.wrapSdk ? '1' : '0');
  if (preset.wrapperHonoursRetryAfter !== undefined) params.set('wrapperRetryAfter', preset.wrapperHonoursRetryAfter ? '1' : '0');
  return params.toString().replace(/%2C/g, ',');
}

/** The state a page starts from: the registry preset (clamped to the visualiser's ranges) over the base defaults. */
export function defaultState(preset?: RetryPreset): VisualiserState {
  return parseState(preset ? presetQuery(preset) : '', baseDefaults).state;
}

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/** Writes a number the way it goes into the URL: the shortest form that reads back as the same number. */
export function formatNumber(n: number): string {
  return String(n);
}

function shorten(raw: string): string {
  return raw.length > 24 ? `${raw.slice(0, 23)}…` : raw;
}

/** Reads one number; NaN-like input falls back to the default, the rest is rounded and clamped. */
function readNumber(key: StateKey, raw: string, limit: NumberLimit, fallback: number, issues: StateIssue[]): number {
  const text = raw.trim();
  if (!DECIMAL.test(text)) {
    issues.push({ key, kind: 'invalid', given: shorten(raw), used: formatNumber(fallback) });
    return fallback;
  }
  let n = Number(text);
  let kind: StateIssue['kind'] | null = null;
  if (limit.integer && Number.isFinite(n) && !Number.isInteger(n)) {
    n = Math.round(n);
    kind = 'rounded';
  }
  if (n < limit.min || n > limit.max) {
    n = Math.min(limit.max, Math.max(limit.min, n));
    kind = 'clamped';
  }
  if (kind) issues.push({ key, kind, given: shorten(raw), used: formatNumber(n) });
  // -0 reads back as 0.
  return n === 0 ? 0 : n;
}

function readBoolean(key: StateKey, raw: string, fallback: boolean, issues: StateIssue[]): boolean {
  const text = raw.trim().toLowerCase();
  if (text === '1' || text === 'true') return true;
  if (text === '0' || text === 'false') return false;
  issues.push({ key, kind: 'invalid', given: shorten(raw), used: fallback ? '1' : '0' });
  return fallback;
}

function readChoice<T extends string>(key: StateKey, raw: string, options: readonly T[], fallback: T, issues: StateIssue[]): T {
  const found = options.find((o) => o === raw.trim());
  if (found !== undefined) return found;
  issues.push({ key, kind: 'invalid', given: shorten(raw), used: fallback });
  return fallback;
}

function readWaits(raw: string, fallback: number[], issues: StateIssue[]): number[] {
  const parts = raw.split(/[\s,;]+/).filter((p) => p !== '');
  const waits: number[] = [];
  const local: StateIssue[] = [];
  for (const part of parts) {
    if (!DECIMAL.test(part)) {
      local.push({ key: 'waits', kind: 'invalid', given: shorten(part), used: '' });
      continue;
    }
    waits.push(readNumber('waits', part, limits.waits, 0, local));
  }
  let result = waits.slice(0, MAX_FIXED_WAITS);
  if (waits.length > MAX_FIXED_WAITS) local.push({ key: 'waits', kind: 'clamped', given: shorten(raw), used: '' });
  if (result.length === 0) {
    result = [...fallback];
    local.push({ key: 'waits', kind: 'invalid', given: shorten(raw), used: '' });
  }
  const used = result.map(formatNumber).join(',');
  for (const issue of local) issues.push({ ...issue, used: issue.used === '' ? used : issue.used });
  return result;
}

/** Something that has `get(key)`: URLSearchParams, or a plain record of raw strings. */
type RawSource = URLSearchParams | Record<string, string | undefined>;

function rawValue(source: RawSource, key: string): string | undefined {
  if (source instanceof URLSearchParams) return source.get(key) ?? undefined;
  return source[key];
}

/**
 * Reads a state from the URL query (or the form's raw values). Absent keys take the defaults;
 * every other problem yields an issue and a usable value. Never throws.
 */
export function parseState(source: RawSource | string, defaults: VisualiserState): { state: VisualiserState; issues: StateIssue[] } {
  const params = typeof source === 'string' ? new URLSearchParams(source) : source;
  const issues: StateIssue[] = [];
  const state: VisualiserState = { ...defaults, waits: [...defaults.waits] };
  for (const key of stateKeys) {
    const raw = rawValue(params, key);
    if (raw === undefined) continue;
    switch (key) {
      case 'strategy':
        state.strategy = readChoice(key, raw, backoffStrategies, defaults.strategy, issues);
        break;
      case 'model':
        state.model = readChoice(key, raw, MODEL_PRICES.map((m) => m.id), defaults.model, issues);
        break;
      case 'cache':
        state.cache = readChoice(key, raw, ['5m', '1h'] as const, defaults.cache, issues);
        break;
      case 'wrap':
      case 'wrapperRetryAfter':
        state[key] = readBoolean(key, raw, defaults[key], issues);
        break;
      case 'waits':
        state.waits = readWaits(raw, defaults.waits, issues);
        break;
      default:
        state[key] = readNumber(key, raw, limits[key], defaults[key], issues);
    }
  }
  return { state, issues };
}

/**
 * Writes the state into a query string. Every key is written, so a link shows the same picture
 * even if the page's preset changes later; other parameters (such as the search's `q`) are kept.
 */
export function serialiseState(state: VisualiserState, keep: URLSearchParams = new URLSearchParams()): string {
  const params = new URLSearchParams(keep);
  for (const key of stateKeys) {
    const value = state[key];
    params.set(
      key,
      typeof value === 'boolean' ? (value ? '1' : '0') : Array.isArray(value) ? value.map(formatNumber).join(',') : typeof value === 'number' ? formatNumber(value) : value,
    );
  }
  // Commas are legal in a query; keep the list readable.
  return params.toString().replace(/%2C/g, ',');
}

/** The retry policy the state describes. */
export function policyFromState(state: VisualiserState): RetryPolicy {
  return {
    strategy: state.strategy,
    baseSeconds: state.base,
    factor: state.factor,
    capSeconds: state.cap,
    maxRetries: state.retries,
    fixedWaitsSeconds: state.waits,
    timeoutSeconds: state.timeout,
    retryAfterSeconds: honouredRetryAfter(state.retryAfter),
    wrapSdk: state.strategy !== 'sdk-default' && state.wrap,
    wrapperHonoursRetryAfter: state.wrapperRetryAfter,
  };
}

/**
 * What the visualiser shows for an entry: the whole model, or, for a "don't retry" entry
 * (`stop`, from src/lib/verdicts.ts), the verdict that retries only burn budget (the same
 * request fails the same way every time until someone acts).
 */
export function visualiserMode(stop: boolean): 'model' | 'stop' {
  return stop ? 'stop' : 'model';
}

/** A plain retry loop someone might wrap around a "do not retry" error: 3 attempts with full jitter from 1 s. The SDK adds no retries of its own for these. */
export const naiveRetryLoop: VisualiserState = { ...baseDefaults, strategy: 'full', base: 1, cap: 30, retries: 2, wrap: false };
