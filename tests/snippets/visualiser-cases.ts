// The cross-check between the visualiser's model and the executed snippets: for the snippets'
// own parameters and the same random numbers, the waits the model predicts must be the waits the
// snippet and the SDK asked for against the fault server, in the same order, to the last bit.
//
// The wrapper's random numbers come from the model's seeded generator (the snippet receives it as
// its `random` / `rand` argument); the SDK's `Math.random` / `random.random` returns a constant
// during the call, so its jitter is known too. Run as a program, this file prints the cases with
// the predictions as JSON for the Python runner (test_visualiser_cross_check.py), which cannot run
// the TypeScript generator: it receives the numbers themselves.
import { fileURLToPath } from 'node:url';
import { retrySchedule, type RetryPolicy } from '../../src/lib/backoff.ts';
import { seededRandom } from '../../src/lib/random.ts';
import type { FaultStep } from '../../src/schemas/scenario.ts';

export interface CrossCheckCase {
  id: string;
  /** The page whose snippets run. */
  slug: '500' | '529';
  /** The policy the snippet implements, with its default parameters. */
  policy: RetryPolicy;
  /** Seed of the generator that feeds the snippet's `random`. */
  seed: number;
  /** What the SDK's own random source returns during the call. */
  sdkRandom: number;
  responses: FaultStep[];
  /** The snippet's random numbers, in order (what `seededRandom(seed)` yields). */
  randoms: number[];
  /** The waits the model predicts, in order, and who asks for each. */
  expected: { by: 'sdk' | 'snippet'; seconds: number }[];
}

/** The wrapper snippets' defaults (500 and 529 alike): full jitter, 3 attempts, base 2 s, cap 30 s, around an SDK that keeps its 2 retries. */
function snippetPolicy(_slug: '500' | '529', over: Partial<RetryPolicy> = {}): RetryPolicy {
  return {
    strategy: 'full',
    baseSeconds: 2,
    factor: 2,
    capSeconds: 30,
    maxRetries: 2,
    fixedWaitsSeconds: [1],
    timeoutSeconds: 600,
    retryAfterSeconds: null,
    wrapSdk: true,
    wrapperHonoursRetryAfter: false,
    ...over,
  };
}

const error500: FaultStep = { kind: 'error', status: 500, error: { type: 'api_error', message: 'Internal server error' } };
const error529: FaultStep = { kind: 'error', status: 529, error: { type: 'overloaded_error', message: 'Overloaded' } };
const midStream529: FaultStep = { kind: 'stream-error', error: { type: 'overloaded_error', message: 'Overloaded' } };

function predict(c: Omit<CrossCheckCase, 'randoms' | 'expected'>): CrossCheckCase {
  const wrapper = seededRandom(c.seed);
  const drawn: number[] = [];
  const schedule = retrySchedule(c.policy, {
    wrapper: () => {
      const u = wrapper();
      drawn.push(u);
      return u;
    },
    sdk: () => c.sdkRandom,
  });
  return {
    ...c,
    randoms: drawn,
    expected: schedule.requests.flatMap((r) => (r.wait ? [{ by: r.waitBy === 'sdk' ? ('sdk' as const) : ('snippet' as const), seconds: r.wait.sampled }] : [])),
  };
}

export const crossCheckCases: CrossCheckCase[] = [
  // 3 calls × 3 SDK attempts; the seeds and SDK draws cover both ends of the jitter ranges.
  ...([[1, 0], [42, 0.5], [2026, 0.999]] as const).map(([seed, sdkRandom]) =>
    predict({ id: `500-never-clears-seed-${seed}`, slug: '500', policy: snippetPolicy('500'), seed, sdkRandom, responses: [error500] }),
  ),
  ...([[7, 0.25], [99, 0.75]] as const).map(([seed, sdkRandom]) =>
    predict({ id: `529-before-the-stream-seed-${seed}`, slug: '529', policy: snippetPolicy('529'), seed, sdkRandom, responses: [error529] }),
  ),
  // After the 200 the SDK does not retry: only the snippet's own layer is left (3 requests).
  predict({ id: '529-mid-stream-seed-5', slug: '529', policy: snippetPolicy('529', { wrapSdk: false }), seed: 5, sdkRandom: 0.5, responses: [midStream529] }),
  // The SDK waits for retry-after (and retry-after-ms); the snippet keeps its own jitter.
  predict({
    id: '500-retry-after-seed-3',
    slug: '500',
    policy: snippetPolicy('500', { retryAfterSeconds: 2 }),
    seed: 3,
    sdkRandom: 0.5,
    responses: [{ ...error500, headers: { 'retry-after': '2' } }],
  }),
  predict({
    id: '529-retry-after-ms-seed-11',
    slug: '529',
    policy: snippetPolicy('529', { retryAfterSeconds: 1.5 }),
    seed: 11,
    sdkRandom: 0.5,
    responses: [{ ...error529, headers: { 'retry-after-ms': '1500' } }],
  }),
];

// Run as a program: print the cases as JSON (the pytest runner reads this).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(JSON.stringify(crossCheckCases) + '\n');
}
