import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { backoffStrategies } from '../../src/lib/backoff.ts';
import { MODEL_PRICES } from '../../src/lib/retry-cost.ts';
import {
  baseDefaults,
  defaultState,
  limits,
  parseState,
  policyFromState,
  presetQuery,
  serialiseState,
  stateKeys,
  visualiserMode,
  type VisualiserState,
} from '../../src/lib/visualiser-state.ts';
import { entries } from '../../src/lib/registry.ts';

const sdkPreset = { strategy: 'sdk-default', baseSeconds: 0.5, capSeconds: 8, maxRetries: 2 } as const;

test('without a query the state is the page preset over the defaults', () => {
  const { state, issues } = parseState('', defaultState({ ...sdkPreset, retryAfterSeconds: 17 }));
  assert.deepEqual(issues, []);
  assert.equal(state.strategy, 'sdk-default');
  assert.equal(state.retryAfter, 17);
  assert.equal(state.clients, baseDefaults.clients);
});

test('every registry preset reads back through its query unchanged and without issues', () => {
  for (const e of entries) {
    const { issues } = parseState(presetQuery(e.preset), baseDefaults);
    assert.deepEqual(issues, [], e.slug);
  }
});

test('a preset beyond the visualiser ranges is clamped: 20 retries become 10', () => {
  assert.equal(defaultState({ ...sdkPreset, maxRetries: 20 }).retries, 10);
});

test('malformed values fall back to the default with an "invalid" issue, never an exception', () => {
  const { state, issues } = parseState('strategy=bogus&base=abc&wrap=maybe&model=gpt-9&cache=1d&waits=x,y&seed=0x10', baseDefaults);
  assert.deepEqual(issues.map((i) => [i.key, i.kind]), [
    ['strategy', 'invalid'], ['base', 'invalid'], ['wrap', 'invalid'], ['waits', 'invalid'], ['waits', 'invalid'], ['waits', 'invalid'],
    ['seed', 'invalid'], ['model', 'invalid'], ['cache', 'invalid'],
  ]);
  assert.deepEqual({ ...state }, { ...baseDefaults });
});

test('out-of-range values are clamped with a "clamped" issue: negative, enormous, infinite', () => {
  const { state, issues } = parseState('base=-1&retries=999&clients=1e999&outage=86400&seed=-3&tokens=0', baseDefaults);
  assert.equal(state.base, limits.base.min);
  assert.equal(state.retries, limits.retries.max);
  assert.equal(state.clients, limits.clients.max);
  assert.equal(state.outage, limits.outage.max);
  assert.equal(state.seed, 0);
  assert.equal(state.tokens, limits.tokens.min);
  assert.ok(issues.every((i) => i.kind === 'clamped'));
  assert.deepEqual(issues.map((i) => i.key), ['base', 'retries', 'seed', 'clients', 'outage', 'tokens']);
  assert.equal(issues.find((i) => i.key === 'retries')?.used, '10');
});

test('whole-number fields round a fraction and say so', () => {
  const { state, issues } = parseState('retries=2.6', baseDefaults);
  assert.equal(state.retries, 3);
  assert.deepEqual(issues.map((i) => [i.key, i.kind, i.given, i.used]), [['retries', 'rounded', '2.6', '3']]);
});

test('a fixed list drops what is not a number and keeps at most 10 waits', () => {
  const { state, issues } = parseState('waits=2, 5,oops;10', baseDefaults);
  assert.deepEqual(state.waits, [2, 5, 10]);
  assert.deepEqual(issues.map((i) => [i.key, i.kind, i.used]), [['waits', 'invalid', '2,5,10']]);
  assert.equal(parseState(`waits=${'1,'.repeat(15)}`, baseDefaults).state.waits.length, 10);
});

test('the query keeps other parameters, such as the search box’s q', () => {
  const query = serialiseState(baseDefaults, new URLSearchParams('q=529'));
  assert.match(query, /^q=529&strategy=sdk-default&/);
  assert.match(query, /waits=2,5,10,30,60/);
});

const stateArb: fc.Arbitrary<VisualiserState> = fc.record({
  strategy: fc.constantFrom(...backoffStrategies),
  base: fc.double({ min: limits.base.min, max: limits.base.max, noNaN: true }),
  factor: fc.double({ min: limits.factor.min, max: limits.factor.max, noNaN: true }),
  cap: fc.double({ min: limits.cap.min, max: limits.cap.max, noNaN: true }),
  retries: fc.integer({ min: 0, max: limits.retries.max }),
  timeout: fc.double({ min: limits.timeout.min, max: limits.timeout.max, noNaN: true }),
  retryAfter: fc.double({ min: 0, max: limits.retryAfter.max, noNaN: true }).map((n) => (n === 0 ? 0 : n)),
  wrapperRetryAfter: fc.boolean(),
  wrap: fc.boolean(),
  waits: fc.array(fc.double({ min: 0, max: limits.waits.max, noNaN: true }).map((n) => (n === 0 ? 0 : n)), { minLength: 1, maxLength: 10 }),
  seed: fc.integer({ min: 0, max: limits.seed.max }),
  clients: fc.integer({ min: 1, max: limits.clients.max }),
  outage: fc.double({ min: 0, max: limits.outage.max, noNaN: true }).map((n) => (n === 0 ? 0 : n)),
  tokens: fc.integer({ min: 1, max: limits.tokens.max }),
  model: fc.constantFrom(...MODEL_PRICES.map((m) => m.id)),
  cache: fc.constantFrom('5m', '1h'),
});

test('a link reproduces the state exactly: parse(serialise(state)) is the state, with no issues', () => {
  fc.assert(
    fc.property(stateArb, (state) => {
      const { state: back, issues } = parseState(serialiseState(state), baseDefaults);
      assert.deepEqual(issues, []);
      assert.deepEqual(back, { ...state });
    }),
  );
});

test('any query string gives a usable state within the limits, and never throws', () => {
  const valueArb = fc.oneof(fc.string(), fc.double().map(String), fc.constantFrom('NaN', 'Infinity', '-0', '1e999', '', ' ', '%', '2,5'));
  fc.assert(
    fc.property(fc.dictionary(fc.constantFrom(...stateKeys, 'q', 'x'), valueArb), (raw) => {
      const query = new URLSearchParams(raw).toString();
      const { state } = parseState(query, baseDefaults);
      for (const [key, limit] of Object.entries(limits)) {
        const value = state[key as keyof typeof limits];
        for (const v of Array.isArray(value) ? value : [value]) {
          assert.ok(Number.isFinite(v) && v >= limit.min && v <= limit.max, `${key}=${String(v)} from ${query}`);
        }
      }
      assert.ok(backoffStrategies.includes(state.strategy));
      assert.ok(state.waits.length >= 1 && state.waits.length <= 10);
    }),
  );
});

test('the policy wraps the SDK only for strategies other than the SDK default; retry-after 0 means none', () => {
  assert.equal(policyFromState({ ...baseDefaults, wrap: true }).wrapSdk, false);
  assert.equal(policyFromState({ ...baseDefaults, strategy: 'full', wrap: true }).wrapSdk, true);
  assert.equal(policyFromState(baseDefaults).retryAfterSeconds, null);
});

test('a "don\'t retry" entry gets the verdict instead of the model', () => {
  assert.equal(visualiserMode(true), 'stop');
  assert.equal(visualiserMode(false), 'model');
});
