import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { simulateHerd, type HerdSeries } from '../../src/lib/herd.ts';
import type { RetryPolicy } from '../../src/lib/backoff.ts';

const policy = (over: Partial<RetryPolicy> = {}): RetryPolicy => ({
  strategy: 'full',
  baseSeconds: 1,
  factor: 2,
  capSeconds: 30,
  maxRetries: 5,
  fixedWaitsSeconds: [2, 5, 10, 30, 60],
  timeoutSeconds: 600,
  retryAfterSeconds: null,
  wrapSdk: false,
  wrapperHonoursRetryAfter: false,
  ...over,
});

const series = (result: { series: HerdSeries[] }, strategy: string): HerdSeries => {
  const s = result.series.find((x) => x.strategy === strategy);
  assert.ok(s, strategy);
  return s;
};

test('AWS finding: without jitter every wave of retries arrives in the same 100 ms; full jitter spreads them', () => {
  const herd = simulateHerd(policy(), { clients: 1000, outageSeconds: 10, seed: 1 });
  const none = series(herd, 'none');
  const full = series(herd, 'full');
  // No jitter: the 1st, 2nd, 3rd and 4th retries of all 1000 clients come at 1, 3, 7 and 15 s exactly.
  assert.equal(none.peakRetryShare, 1 / 4);
  assert.equal(none.peakRetryRps, 1000 / herd.peakWindowSeconds);
  // Full jitter: the busiest 100 ms holds a small share, and the peak rate is several times lower.
  assert.ok(full.peakRetryShare < 0.06, `full jitter share ${full.peakRetryShare}`);
  assert.ok(full.peakRetryRps * 4 < none.peakRetryRps, `full ${full.peakRetryRps} vs none ${none.peakRetryRps}`);
  // Equal and decorrelated jitter spread too.
  assert.ok(series(herd, 'equal').peakRetryRps * 3 < none.peakRetryRps);
  assert.ok(series(herd, 'decorrelated').peakRetryRps * 3 < none.peakRetryRps);
});

test('without jitter all clients get through at the same instant after the outage; with full jitter over seconds', () => {
  const herd = simulateHerd(policy(), { clients: 1000, outageSeconds: 10, seed: 1 });
  const none = series(herd, 'none');
  const full = series(herd, 'full');
  assert.equal(none.succeeded, 1000);
  assert.equal(none.successP50, 15);
  assert.equal(none.successLast, 15);
  assert.ok(full.successP95 !== null && full.successP50 !== null && full.successP95 - full.successP50 > 3);
});

test("the SDK's own 75–100 % jitter keeps clients nearly in step: most retries of a wave land in one 100 ms window", () => {
  const herd = simulateHerd(policy({ maxRetries: 2 }), { clients: 2000, outageSeconds: 60, seed: 3 });
  const sdk = series(herd, 'sdk-default');
  // The first retry waits 0.375–0.5 s: a 125 ms spread, so the busiest 100 ms window holds most of a wave.
  assert.ok(sdk.peakRetryRps > 5 * series(herd, 'full').peakRetryRps, `${sdk.peakRetryRps}`);
});

test('wrapped around the SDK during a long outage, every client sends 3 × 3 = 9 requests and gives up', () => {
  const herd = simulateHerd(policy({ maxRetries: 2, wrapSdk: true }), { clients: 100, outageSeconds: 600, seed: 5 });
  for (const s of herd.series.filter((x) => x.strategy !== 'sdk-default')) {
    assert.equal(s.totalRequests, 900, s.strategy);
    assert.equal(s.gaveUp, 100, s.strategy);
  }
  assert.equal(series(herd, 'sdk-default').totalRequests, 300);
});

test('with no outage every client gets through with its first request', () => {
  const herd = simulateHerd(policy(), { clients: 50, outageSeconds: 0, seed: 1 });
  for (const s of herd.series) {
    assert.equal(s.totalRequests, 50);
    assert.equal(s.succeeded, 50);
    assert.equal(s.successLast, 0);
    assert.equal(s.counts.reduce((a, b) => a + b, 0), 0);
  }
});

test('a retry-after that both layers honour makes every client identical', () => {
  const herd = simulateHerd(policy({ strategy: 'full', wrapSdk: true, retryAfterSeconds: 2, wrapperHonoursRetryAfter: true, maxRetries: 2 }), {
    clients: 500,
    outageSeconds: 5,
    seed: 1,
  });
  const full = series(herd, 'full');
  // 2 s + 2 s inside the first call, 2 s before the second: everyone gets through at 6 s, in one window.
  assert.equal(full.successP50, 6);
  assert.equal(full.successLast, 6);
  assert.equal(full.peakRetryShare, 1);
});

test('the fixed list is added to the comparison only when it is the chosen strategy', () => {
  const params = { clients: 10, outageSeconds: 5, seed: 1 };
  assert.deepEqual(simulateHerd(policy(), params).series.map((s) => s.strategy), ['none', 'full', 'equal', 'decorrelated', 'sdk-default']);
  assert.ok(simulateHerd(policy({ strategy: 'fixed' }), params).series.some((s) => s.strategy === 'fixed'));
});

test('every request is counted: first requests plus drawn retries, and clients either get through or give up', () => {
  fc.assert(
    fc.property(
      fc.constantFrom('none', 'full', 'equal', 'decorrelated', 'fixed', 'sdk-default' as const),
      fc.integer({ min: 0, max: 6 }),
      fc.boolean(),
      fc.integer({ min: 1, max: 300 }),
      fc.double({ min: 0, max: 120, noNaN: true }),
      fc.integer({ min: 0, max: 0xffffffff }),
      (strategy, maxRetries, wrapSdk, clients, outageSeconds, seed) => {
        const herd = simulateHerd(policy({ strategy, maxRetries, wrapSdk }), { clients, outageSeconds, seed });
        for (const s of herd.series) {
          assert.equal(s.succeeded + s.gaveUp, clients);
          assert.equal(s.counts.reduce((a, b) => a + b, 0), s.totalRequests - clients);
          assert.ok(s.peakRetryShare >= 0 && s.peakRetryShare <= 1);
          if (s.successP50 !== null) assert.ok(s.successP50 >= outageSeconds && s.successP50 <= (s.successLast ?? 0));
        }
      },
    ),
    { numRuns: 60 },
  );
});

test('the same seed gives the same herd', () => {
  const a = simulateHerd(policy({ wrapSdk: true }), { clients: 300, outageSeconds: 8, seed: 9 });
  const b = simulateHerd(policy({ wrapSdk: true }), { clients: 300, outageSeconds: 8, seed: 9 });
  assert.deepEqual(a, b);
});
