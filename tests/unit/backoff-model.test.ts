import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  SDK_RETRY,
  backoffWait,
  retrySchedule,
  sdkRetryAfter,
  type BackoffStrategy,
  type RetryPolicy,
} from '../../src/lib/backoff.ts';
import { seededRandom } from '../../src/lib/random.ts';

const policy = (over: Partial<RetryPolicy> = {}): RetryPolicy => ({
  strategy: 'full',
  baseSeconds: 1,
  factor: 2,
  capSeconds: 30,
  maxRetries: 2,
  fixedWaitsSeconds: [2, 5, 10, 30, 60],
  timeoutSeconds: 600,
  retryAfterSeconds: null,
  wrapSdk: false,
  wrapperHonoursRetryAfter: false,
  ...over,
});

/** A random source that returns the given values in order and records how many were drawn. */
function sequence(values: number[]): (() => number) & { drawn: number } {
  const source = Object.assign(() => values[source.drawn++ % values.length] ?? 0, { drawn: 0 });
  return source;
}

const waits = (p: RetryPolicy, random: () => number = () => 0.5) =>
  retrySchedule(p, random).requests.flatMap((r) => (r.wait ? [r.wait.sampled] : []));

test('capped exponential without jitter waits min(cap, base × 2^k)', () => {
  assert.deepEqual(waits(policy({ strategy: 'none', maxRetries: 6 })), [1, 2, 4, 8, 16, 30]);
});

test('the factor sets the growth: factor 3 from 0.5 s is 0.5, 1.5, 4.5 s', () => {
  assert.deepEqual(waits(policy({ strategy: 'none', baseSeconds: 0.5, factor: 3, maxRetries: 3 })), [0.5, 1.5, 4.5]);
});

test('full jitter waits random_between(0, min(cap, base × 2^k)), the AWS formula', () => {
  assert.deepEqual(waits(policy({ strategy: 'full', maxRetries: 3 }), sequence([0.5, 0.25, 1])), [0.5, 0.5, 4]);
});

test('equal jitter waits half the capped delay plus a random half', () => {
  assert.deepEqual(waits(policy({ strategy: 'equal', maxRetries: 3 }), sequence([0, 0.5, 1])), [0.5, 1.5, 4]);
});

test('decorrelated jitter waits min(cap, random_between(base, previous × 3)), starting from the base', () => {
  // u = 1 each time: 3, 9, 27, then the cap.
  assert.deepEqual(waits(policy({ strategy: 'decorrelated', maxRetries: 4 }), () => 1), [3, 9, 27, 30]);
  // u = 0 each time: always the base.
  assert.deepEqual(waits(policy({ strategy: 'decorrelated', maxRetries: 3 }), () => 0), [1, 1, 1]);
});

test('a fixed list is used in order and its last wait repeats', () => {
  assert.deepEqual(waits(policy({ strategy: 'fixed', fixedWaitsSeconds: [2, 5], maxRetries: 4 })), [2, 5, 5, 5]);
});

test('the SDK default waits 75–100 % of min(0.5 × 2^k, 8) whatever base, factor and cap say', () => {
  const p = policy({ strategy: 'sdk-default', baseSeconds: 3, factor: 5, capSeconds: 100, maxRetries: 6 });
  const rows = retrySchedule(p, () => 0).requests.slice(1);
  assert.deepEqual(rows.map((r) => [r.wait?.min, r.wait?.max]), [[0.375, 0.5], [0.75, 1], [1.5, 2], [3, 4], [6, 8], [6, 8]]);
  // random() = 0 gives the top of the range, as `1 - 0.25 * random()` does in both SDKs.
  assert.deepEqual(rows.map((r) => r.wait?.sampled), [0.5, 1, 2, 4, 8, 8]);
  assert.equal(backoffWait({ ...p, baseSeconds: 0.5, factor: 2, capSeconds: 8 }, 0, 1), 0.375);
});

test('wrapped around the SDK, 3 wrapper attempts send 3 × 3 = 9 requests: SDK waits inside each call, wrapper waits between calls', () => {
  const { requests, totals } = retrySchedule(policy({ wrapSdk: true }), seededRandom(1));
  assert.equal(totals.requests, 9);
  assert.deepEqual(requests.map((r) => r.waitBy), [null, 'sdk', 'sdk', 'wrapper', 'sdk', 'sdk', 'wrapper', 'sdk', 'sdk']);
  assert.deepEqual(requests.map((r) => `${r.call}.${r.attempt}`), ['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3']);
  // The SDK's retry count starts again in every call.
  assert.deepEqual(requests.filter((r) => r.waitBy === 'sdk').map((r) => r.wait?.max), [0.5, 1, 0.5, 1, 0.5, 1]);
});

test('without the wrapper, the policy alone sends max retries + 1 requests', () => {
  for (const strategy of ['none', 'full', 'equal', 'decorrelated', 'fixed', 'sdk-default'] as BackoffStrategy[]) {
    assert.equal(retrySchedule(policy({ strategy, maxRetries: 4 }), seededRandom(3)).totals.requests, 5, strategy);
  }
});

test('random numbers are drawn in time order: one per jittered wait, none for fixed, none-jitter or retry-after waits', () => {
  const wrapped = { wrapper: sequence([0.1]), sdk: sequence([0.2]) };
  retrySchedule(policy({ wrapSdk: true }), wrapped);
  assert.equal(wrapped.wrapper.drawn, 2);
  assert.equal(wrapped.sdk.drawn, 6);
  const fixed = sequence([0.3]);
  retrySchedule(policy({ strategy: 'fixed', maxRetries: 3 }), fixed);
  assert.equal(fixed.drawn, 0);
  const honoured = sequence([0.3]);
  retrySchedule(policy({ strategy: 'sdk-default', retryAfterSeconds: 5 }), honoured);
  assert.equal(honoured.drawn, 0);
});

test("retry-after replaces the SDK's backoff; the wrapper follows it only when told to", () => {
  const p = policy({ wrapSdk: true, retryAfterSeconds: 17 });
  const sampled = (q: RetryPolicy) => retrySchedule(q, () => 0.5).requests.slice(1).map((r) => [r.waitBy, r.wait?.sampled, r.wait?.fromRetryAfter]);
  assert.deepEqual(sampled(p).slice(0, 3), [['sdk', 17, true], ['sdk', 17, true], ['wrapper', 0.5, false]]);
  assert.deepEqual(sampled({ ...p, wrapperHonoursRetryAfter: true })[2], ['wrapper', 17, true]);
});

test('a retry-after the SDKs do not accept (zero, negative, longer than 2^31 − 1 ms) falls back to the backoff', () => {
  for (const value of [0, -3, 3_000_000]) {
    const first = retrySchedule(policy({ strategy: 'sdk-default', retryAfterSeconds: value }), () => 0).requests[1];
    assert.equal(first?.wait?.fromRetryAfter, false, String(value));
    assert.equal(first?.wait?.sampled, 0.5);
  }
  assert.ok(SDK_RETRY.maxRetryAfterSeconds > 2_147_483 && SDK_RETRY.maxRetryAfterSeconds < 2_147_484);
});

test('the SDKs read retry-after-ms first, then retry-after as seconds, then as an HTTP date', () => {
  const now = Date.parse('2026-11-24T12:00:00Z');
  for (const sdk of ['python', 'typescript'] as const) {
    assert.equal(sdkRetryAfter({ 'retry-after-ms': '1500', 'retry-after': '9' }, sdk, now), 1.5, sdk);
    assert.equal(sdkRetryAfter({ 'retry-after': '120' }, sdk, now), 120, sdk);
    assert.equal(sdkRetryAfter({ 'retry-after': '0.25' }, sdk, now), 0.25, sdk);
    assert.equal(sdkRetryAfter({ 'retry-after': 'Tue, 24 Nov 2026 12:00:30 GMT' }, sdk, now), 30, sdk);
    // No header, zero, a date in the past or garbage: the SDK uses its own backoff.
    assert.equal(sdkRetryAfter({}, sdk, now), null, sdk);
    assert.equal(sdkRetryAfter({ 'retry-after': '0' }, sdk, now), null, sdk);
    assert.equal(sdkRetryAfter({ 'retry-after': 'Tue, 24 Nov 2026 11:00:00 GMT' }, sdk, now), null, sdk);
    assert.equal(sdkRetryAfter({ 'retry-after': 'soon' }, sdk, now), null, sdk);
  }
});

test('where the SDKs differ: a zero retry-after-ms, and waits longer than one setTimeout', () => {
  const now = 0;
  // TypeScript treats retry-after-ms: 0 as unset and reads retry-after; Python takes the 0 and backs off.
  assert.equal(sdkRetryAfter({ 'retry-after-ms': '0', 'retry-after': '5' }, 'typescript', now), 5);
  assert.equal(sdkRetryAfter({ 'retry-after-ms': '0', 'retry-after': '5' }, 'python', now), null);
  // Python caps very long waits at 4,294,967 s; TypeScript refuses anything over 2^31 − 1 ms.
  assert.equal(sdkRetryAfter({ 'retry-after': '5000000' }, 'python', now), 4_294_967);
  assert.equal(sdkRetryAfter({ 'retry-after': '5000000' }, 'typescript', now), null);
});

test('with the SDK defaults the worst case is 3 × 600 s of timeouts plus 1.5 s of waits, about 30 minutes', () => {
  const { totals } = retrySchedule(policy({ strategy: 'sdk-default' }), () => 0);
  assert.equal(totals.requests, 3);
  assert.equal(totals.wait.max, 1.5);
  assert.equal(totals.worstCaseSeconds, 1801.5);
});

test('the expected total is the sum of the mean waits: half the delay for full jitter', () => {
  const { totals } = retrySchedule(policy({ strategy: 'full', maxRetries: 3 }), () => 0.5);
  assert.equal(totals.expectedSeconds, (1 + 2 + 4) / 2);
  assert.deepEqual([totals.wait.min, totals.wait.max], [0, 7]);
});

test('zero retries send one request and wait for nothing', () => {
  const { requests, totals } = retrySchedule(policy({ maxRetries: 0, wrapSdk: false }), () => 0.5);
  assert.equal(requests.length, 1);
  assert.equal(requests[0]?.wait, null);
  assert.equal(totals.wait.max, 0);
});
