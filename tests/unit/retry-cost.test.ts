import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CACHE_MULTIPLIERS, MODEL_PRICES, PRICING_SOURCE, gapsWhenTimingOut, modelPrice, retryCost } from '../../src/lib/retry-cost.ts';
import { retrySchedule } from '../../src/lib/backoff.ts';

const sonnet5 = modelPrice('sonnet-5')!;
const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-12, `${a} ≠ ${b}`);

test('rejected retries cost nothing: failed requests are not billed', () => {
  assert.equal(retryCost({ requests: 9, promptTokens: 20_000, model: sonnet5, cacheTtl: '5m', gapsSeconds: [] }).rejectedExtra, 0);
});

test('retries that time out after the work was done cost the whole prompt again, each time', () => {
  const cost = retryCost({ requests: 9, promptTokens: 20_000, model: sonnet5, cacheTtl: '5m', gapsSeconds: new Array(8).fill(10) });
  close(cost.oneRequest, 0.04); // 20,000 × $2 / MTok
  close(cost.timedOutExtra, 8 * 0.04);
});

test('with caching the first request writes at 1.25× and each retry within 5 minutes reads at the hit price', () => {
  const cost = retryCost({ requests: 9, promptTokens: 20_000, model: sonnet5, cacheTtl: '5m', gapsSeconds: new Array(8).fill(10) });
  close(cost.cachedFirst, 20_000 * 2.5 / 1e6);
  close(cost.cachedExtra, 8 * 20_000 * 0.2 / 1e6);
  assert.equal(cost.cacheRewrites, 0);
});

test('a retry that comes after the cache entry expired writes it again: the SDK default timeout outlives a 5-minute cache', () => {
  const schedule = retrySchedule(
    { strategy: 'sdk-default', baseSeconds: 0.5, factor: 2, capSeconds: 8, maxRetries: 2, fixedWaitsSeconds: [1], timeoutSeconds: 600, retryAfterSeconds: null, wrapSdk: false, wrapperHonoursRetryAfter: false },
    () => 0.5,
  );
  const gaps = gapsWhenTimingOut(schedule.requests, 600);
  assert.equal(gaps.length, 2);
  const fiveMinutes = retryCost({ requests: 3, promptTokens: 20_000, model: sonnet5, cacheTtl: '5m', gapsSeconds: gaps });
  assert.equal(fiveMinutes.cacheRewrites, 2);
  const oneHour = retryCost({ requests: 3, promptTokens: 20_000, model: sonnet5, cacheTtl: '1h', gapsSeconds: gaps });
  assert.equal(oneHour.cacheRewrites, 0);
  close(oneHour.cachedFirst, 20_000 * 4 / 1e6);
});

test('below the minimum cacheable length caching changes nothing', () => {
  const cost = retryCost({ requests: 3, promptTokens: 1000, model: sonnet5, cacheTtl: '5m', gapsSeconds: [1, 1] });
  assert.equal(cost.belowCacheMinimum, true);
  close(cost.cachedExtra, cost.timedOutExtra);
  close(cost.cachedFirst, cost.oneRequest);
});

test('the price table follows the reference: writes 1.25× and 2× the input price; hits 0.1×, except 0.025× (Fable 5.1) and 0.05× (Opus 5.5, Sonnet 5.5)', () => {
  const hitMultiplier: Record<string, number> = { 'fable-5-1': 0.025, 'opus-5-5': 0.05, 'sonnet-5-5': 0.05 };
  for (const m of MODEL_PRICES) {
    close(m.cacheWrite5mPerMTok, m.inputPerMTok * CACHE_MULTIPLIERS.write5m);
    close(m.cacheWrite1hPerMTok, m.inputPerMTok * CACHE_MULTIPLIERS.write1h);
    close(m.cacheHitPerMTok, m.inputPerMTok * (hitMultiplier[m.id] ?? CACHE_MULTIPLIERS.hit));
    close(m.outputPerMTok, m.inputPerMTok * 5);
  }
});

test('every price carries the date of the pricing-page copy it comes from', () => {
  for (const m of MODEL_PRICES) assert.match(m.asOf, /^\d{4}-\d{2}-\d{2}$/, m.id);
  assert.match(PRICING_SOURCE.pricesAsOf, /^2026-/);
  assert.match(PRICING_SOURCE.multipliersAsOf, /^2026-/);
  assert.equal(new Set(MODEL_PRICES.map((m) => m.id)).size, MODEL_PRICES.length);
});
