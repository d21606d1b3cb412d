import type { RetryPreset } from '../schemas/error-entry.ts';

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
 * `min(base * 2^k, cap) * (1 - 0.25 * random())`, i.e. 75–100 % of the exponential delay,
 * unless the server sent a usable `retry-after`, which both pinned SDKs honour as is.
 */
export function sdkDefaultSchedule(preset: RetryPreset): ScheduledRetry[] {
  const rows: ScheduledRetry[] = [];
  let cumulativeMin = 0;
  let cumulativeMax = 0;
  for (let k = 0; k < preset.maxRetries; k++) {
    const fromRetryAfter = preset.retryAfterSeconds !== undefined;
    const full = Math.min(preset.baseSeconds * 2 ** k, preset.capSeconds);
    const minWait = fromRetryAfter ? (preset.retryAfterSeconds ?? 0) : full * 0.75;
    const maxWait = fromRetryAfter ? (preset.retryAfterSeconds ?? 0) : full;
    cumulativeMin += minWait;
    cumulativeMax += maxWait;
    rows.push({ retry: k + 1, minWait, maxWait, cumulativeMin, cumulativeMax, fromRetryAfter });
  }
  return rows;
}
