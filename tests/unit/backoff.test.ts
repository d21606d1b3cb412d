import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sdkDefaultSchedule } from '../../src/lib/backoff.ts';

const preset = { strategy: 'sdk-default', baseSeconds: 0.5, capSeconds: 8, maxRetries: 2 } as const;

test('the SDK default schedule is 0.375–0.5 s then 0.75–1.0 s, at most 1.5 s in total', () => {
  const rows = sdkDefaultSchedule(preset);
  assert.deepEqual(rows.map((r) => [r.minWait, r.maxWait]), [[0.375, 0.5], [0.75, 1]]);
  assert.equal(rows.at(-1)?.cumulativeMax, 1.5);
});

test('further retries double up to the 8 s cap', () => {
  const rows = sdkDefaultSchedule({ ...preset, maxRetries: 6 });
  assert.deepEqual(rows.map((r) => r.maxWait), [0.5, 1, 2, 4, 8, 8]);
  assert.deepEqual(rows.map((r) => r.minWait), [0.375, 0.75, 1.5, 3, 6, 6]);
});

test('a retry-after value replaces the formula for every retry', () => {
  const rows = sdkDefaultSchedule({ ...preset, retryAfterSeconds: 17 });
  assert.deepEqual(rows.map((r) => [r.minWait, r.maxWait, r.fromRetryAfter]), [[17, 17, true], [17, 17, true]]);
  assert.equal(rows.at(-1)?.cumulativeMin, 34);
});

test('zero retries give an empty schedule', () => {
  assert.deepEqual(sdkDefaultSchedule({ ...preset, maxRetries: 0 }), []);
});
