// Property tests of the retry model: for any policy and seed, the waits stay in their ranges and
// under their caps, the totals add up, and the same seed gives the same run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SDK_RETRY, backoffStrategies, retrySchedule, type RetryPolicy } from '../../src/lib/backoff.ts';
import { seededRandom } from '../../src/lib/random.ts';

const EPS = 1e-9;

const policyArb: fc.Arbitrary<RetryPolicy> = fc.record({
  strategy: fc.constantFrom(...backoffStrategies),
  baseSeconds: fc.double({ min: 0.01, max: 600, noNaN: true }),
  factor: fc.double({ min: 1, max: 10, noNaN: true }),
  capSeconds: fc.double({ min: 0.01, max: 3600, noNaN: true }),
  maxRetries: fc.integer({ min: 0, max: 10 }),
  fixedWaitsSeconds: fc.array(fc.double({ min: 0, max: 3600, noNaN: true }), { minLength: 1, maxLength: 10 }),
  timeoutSeconds: fc.double({ min: 1, max: 3600, noNaN: true }),
  retryAfterSeconds: fc.option(fc.double({ min: -10, max: 3600, noNaN: true }), { nil: null }),
  wrapSdk: fc.boolean(),
  wrapperHonoursRetryAfter: fc.boolean(),
});
const seedArb = fc.integer({ min: 0, max: 0xffffffff });

test('waits are never negative and every sampled wait lies in its range', () => {
  fc.assert(
    fc.property(policyArb, seedArb, (policy, seed) => {
      for (const r of retrySchedule(policy, seededRandom(seed)).requests) {
        if (!r.wait) continue;
        assert.ok(r.wait.min >= 0);
        assert.ok(r.wait.min <= r.wait.mean + EPS && r.wait.mean <= r.wait.max + EPS);
        assert.ok(r.wait.sampled >= r.wait.min - EPS && r.wait.sampled <= r.wait.max + EPS);
      }
    }),
  );
});

test('no wait exceeds its cap: the policy cap for capped strategies, 8 s for the SDK, unless it is the server’s retry-after', () => {
  fc.assert(
    fc.property(policyArb, seedArb, (policy, seed) => {
      for (const r of retrySchedule(policy, seededRandom(seed)).requests) {
        if (!r.wait || r.wait.fromRetryAfter) continue;
        if (r.waitBy === 'sdk') assert.ok(r.wait.sampled <= SDK_RETRY.maxDelaySeconds + EPS);
        else if (policy.strategy !== 'fixed') assert.ok(r.wait.sampled <= policy.capSeconds + EPS);
        else assert.ok(policy.fixedWaitsSeconds.includes(r.wait.sampled));
      }
    }),
  );
});

test('the same seed gives the same run', () => {
  fc.assert(
    fc.property(policyArb, seedArb, (policy, seed) => {
      assert.deepEqual(retrySchedule(policy, seededRandom(seed)), retrySchedule(policy, seededRandom(seed)));
    }),
  );
});

test('totals add up: request count, cumulative times, the sum of the waits, the worst case', () => {
  fc.assert(
    fc.property(policyArb, seedArb, (policy, seed) => {
      const { requests, totals } = retrySchedule(policy, seededRandom(seed));
      const calls = policy.strategy === 'sdk-default' ? 1 : policy.maxRetries + 1;
      const perCall = policy.strategy === 'sdk-default' ? policy.maxRetries + 1 : policy.wrapSdk ? 3 : 1;
      assert.equal(totals.requests, calls * perCall);
      assert.equal(requests.length, totals.requests);
      let sampled = 0;
      let max = 0;
      for (const r of requests) {
        sampled += r.wait?.sampled ?? 0;
        max += r.wait?.max ?? 0;
        assert.ok(Math.abs(r.start.sampled - sampled) <= EPS * (1 + sampled));
        assert.ok(r.start.min <= r.start.sampled + EPS && r.start.sampled <= r.start.max + EPS * (1 + max));
      }
      assert.ok(Math.abs(totals.wait.sampled - sampled) <= EPS * (1 + sampled));
      assert.ok(Math.abs(totals.worstCaseSeconds - (totals.requests * policy.timeoutSeconds + max)) <= EPS * (1 + totals.worstCaseSeconds));
      assert.equal(totals.expectedSeconds, totals.wait.mean);
    }),
  );
});

test('sampled waits are spread over their range: the generator is uniform enough for the pictures', () => {
  const random = seededRandom(42);
  const buckets = new Array<number>(10).fill(0);
  for (let i = 0; i < 100_000; i++) {
    const b = Math.floor(random() * 10);
    buckets[b] = (buckets[b] ?? 0) + 1;
  }
  for (const count of buckets) assert.ok(count > 9_500 && count < 10_500, String(buckets));
});
