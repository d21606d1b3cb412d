// Records every wait requested during a scenario, by the SDK and by the snippet, in order.
//
// This module also stands in for the SDK's internal `internal/utils/sleep.mjs`: the
// TypeScript runner registers a resolve hook (see snippets.test.ts) that loads this file
// instead, so the SDK computes its delays exactly as usual (backoff, jitter, retry-after,
// retry-after-ms, HTTP dates) and only the timer itself is recorded and, unless the
// scenario is real-time, skipped.

export interface RecordedWait {
  by: 'sdk' | 'snippet';
  seconds: number;
}

export const waitLog = {
  entries: [] as RecordedWait[],
  /** When true, waits really elapse; otherwise they are recorded and skipped. */
  realTime: false,
  reset(realTime: boolean): void {
    this.entries = [];
    this.realTime = realTime;
  },
};

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  if (!waitLog.realTime) return new Promise((resolve) => setImmediate(resolve));
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}

/** Replacement for the SDK's `sleep(ms, signal)`. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  waitLog.entries.push({ by: 'sdk', seconds: ms / 1000 });
  return wait(ms, signal);
}

/** The `sleep` option passed to the TypeScript snippets. */
export function snippetSleep(ms: number): Promise<void> {
  waitLog.entries.push({ by: 'snippet', seconds: ms / 1000 });
  return wait(ms);
}
