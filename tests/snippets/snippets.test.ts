// Executed snippets: the TypeScript runner.
//
// How the snippet tests work (this file and test_snippets.py share the approach):
// - Each page `content/errors/<slug>/` has `snippet.py`, `snippet.ts` (shown on the site
//   byte-for-byte) and `scenarios.ts` (what the tests run, listed under the snippet).
// - A scenario is a script of responses for the local fault server (fault-server.ts): one
//   step per HTTP attempt (message, API error with headers, 200 stream that fails with
//   `event: error`, dropped connection, connection cut after the headers, slow response).
//   The server records each attempt.
// - The snippet file is imported as is and called with a real SDK client (`@anthropic-ai/sdk`
//   here, `anthropic` in Python) pointed at the server, with the SDK's default retry settings.
// - Each scenario asserts: the number of attempts the server saw; the result or the exact
//   error class and attributes; every wait requested between attempts, in order, and who
//   asked for it (SDK or snippet); that `x-stainless-retry-count` restarts at 0 exactly after
//   the snippet's own waits; and the gaps between attempts measured at the server.
//
// Keeping it fast (the chosen approach): waits are recorded, not slept. The snippets take a
// `sleep` parameter (the tests pass a recorder) and a random source (fixed at 0.5 so full
// jitter is predictable). The SDK's own timer is swapped for the same recorder: a module
// resolve hook (sdk-hook.ts) loads wait-log.ts in place of the SDK's `internal/utils/sleep.mjs` (in Python,
// the `time` module seen by `anthropic._base_client`), so the SDK still computes every delay
// itself (backoff, jitter, retry-after, retry-after-ms, HTTP dates) and nothing else in the
// SDK or the snippet changes. Scenarios marked `realTime` sleep for real; their gaps at the
// server must equal the requested waits within -10 ms / +250 ms. Other scenarios must show
// gaps under 250 ms, which proves no unrecorded wait happened.
//
// SDK versions: scripts/test-snippets.mjs runs this file once per TypeScript SDK listed by
// sdk-versions.ts, with ANTHROPIC_TS_SDK naming the package (sdk-hook.ts loads it wherever
// `@anthropic-ai/sdk` is imported). Where versions differ, a scenario declares the expectation
// per version range; expectationFor() picks the one for SDK_VERSION, and a version no range
// covers fails the scenario.
import { SDK_LABEL, SDK_VERSION } from './sdk-hook.ts';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MESSAGE_TEXT, type Attempt } from './fault-server.ts';
import { useFaultServer } from './use-fault-server.ts';
import { snippetSleep, waitLog, type RecordedWait } from './wait-log.ts';
import { SLUGS, scenariosBySlug, type Slug } from './pages.ts';
import {
  expectationFor,
  type ExpectedError,
  type ExpectedWait,
  type ResolvedExpectation,
  type SnippetScenario,
} from '../../src/schemas/scenario.ts';

// Imported after the hook is registered, so the SDK gets the recording sleep.
const { default: Anthropic } = await import('@anthropic-ai/sdk');
const { createWithRateLimitRetry } = await import('../../content/errors/429/snippet.ts');
const { createWithBackoff } = await import('../../content/errors/500/snippet.ts');
const { streamWithBackoff } = await import('../../content/errors/529/snippet.ts');

type Client = InstanceType<typeof Anthropic>;
const PARAMS = {
  model: 'claude-sonnet-5',
  max_tokens: 256,
  messages: [{ role: 'user' as const, content: 'Hello' }],
};
const random = () => 0.5;

/** The do-not-retry pages (400-403): each snippet exports createMessage(client, params), called once. */
function doNotRetry(module: { createMessage: (client: Client, params: typeof PARAMS) => Promise<unknown> }) {
  return { call: (client: Client) => module.createMessage(client, PARAMS), module };
}

const pages: Record<Slug, { call: (client: Client) => Promise<unknown>; module: Record<string, unknown> }> = {
  // 400-403: do-not-retry entries; each snippet exports createMessage(client, params).
  '400': doNotRetry(await import('../../content/errors/400/snippet.ts')),
  '401': doNotRetry(await import('../../content/errors/401/snippet.ts')),
  '402': doNotRetry(await import('../../content/errors/402/snippet.ts')),
  '403': doNotRetry(await import('../../content/errors/403/snippet.ts')),
  '404': await (async () => {
    const module = await import('../../content/errors/404/snippet.ts');
    return { call: (client: Client) => module.createOrExplain404(client, PARAMS), module };
  })(),
  '409': await (async () => {
    const module = await import('../../content/errors/409/snippet.ts');
    // `resolve` does nothing here: the scenarios count requests, not what was resolved.
    const resolve = async () => {};
    return {
      call: (client: Client) =>
        module.callResolvingConflicts(() => client.messages.create(PARAMS), { resolve, sleep: snippetSleep, random }),
      module,
    };
  })(),
  '413': await (async () => {
    const module = await import('../../content/errors/413/snippet.ts');
    return { call: (client: Client) => module.createWithinSizeLimit(client, PARAMS), module };
  })(),
  '429': {
    call: (client) => createWithRateLimitRetry(client, PARAMS, { sleep: snippetSleep }),
    module: await import('../../content/errors/429/snippet.ts'),
  },
  '500': {
    call: (client) => createWithBackoff(client, PARAMS, { sleep: snippetSleep, random }),
    module: await import('../../content/errors/500/snippet.ts'),
  },
  '529': {
    call: (client) => streamWithBackoff(client, PARAMS, { sleep: snippetSleep, random }),
    module: await import('../../content/errors/529/snippet.ts'),
  },
  '504': await (async () => {
    const module = await import('../../content/errors/504/snippet.ts');
    // max_tokens 32,000: the SDK refuses to send it without streaming (default timeout).
    const params = { ...PARAMS, max_tokens: 32_000 };
    return { call: (client: Client) => module.streamLongRequest(client, params, { sleep: snippetSleep, random }), module };
  })(),
  'connection-error': await (async () => {
    const module = await import('../../content/errors/connection-error/snippet.ts');
    // A short per-request timeout, so that `slow` steps time out quickly.
    const options = { timeoutMs: 300, sleep: snippetSleep, random };
    return { call: (client: Client) => module.createWithTimeout(client, PARAMS, options), module };
  })(),
  'stream-error': await (async () => {
    const module = await import('../../content/errors/stream-error/snippet.ts');
    return { call: (client: Client) => module.streamMessage(client, PARAMS, { sleep: snippetSleep, random }), module };
  })(),
};

/** Gap tolerance at the server for real-time waits (loaded CI machines, connection setup). */
const LATE_MS = 250;
const EARLY_MS = 10;

const server = useFaultServer();

function resolveClass(name: string, module: Record<string, unknown>): Function {
  const candidates: unknown[] = [module[name], (Anthropic as unknown as Record<string, unknown>)[name], (globalThis as Record<string, unknown>)[name]];
  const found = candidates.find((c) => typeof c === 'function');
  assert.ok(found, `unknown class ${name}`);
  return found as Function;
}

function checkError(err: unknown, spec: Omit<ExpectedError, 'cause'>, module: Record<string, unknown>): void {
  const actual = (err as { constructor?: { name?: string } } | null)?.constructor?.name;
  if (spec.class !== undefined) {
    const cls = resolveClass(spec.class, module);
    assert.equal(Object.getPrototypeOf(err), cls.prototype, `expected exactly ${spec.class}, got ${actual}: ${String(err)}`);
  }
  for (const name of spec.instanceOf ?? []) {
    assert.ok(err instanceof (resolveClass(name, module) as new () => unknown), `${actual} should be an instance of ${name}`);
  }
  for (const name of spec.notInstanceOf ?? []) {
    assert.ok(!(err instanceof (resolveClass(name, module) as new () => unknown)), `${actual} should not be an instance of ${name}`);
  }
  for (const [name, expected] of Object.entries(spec.attrs ?? {})) {
    const value = (err as Record<string, unknown>)[name];
    if (expected === null) assert.ok(value == null, `${actual}.${name} should be null/undefined, got ${String(value)}`);
    else assert.equal(value, expected, `${actual}.${name}`);
  }
  if (spec.messageIncludes !== undefined) {
    assert.ok(String((err as Error).message).includes(spec.messageIncludes), `message: ${(err as Error).message}`);
  }
  if (spec.messageMatches !== undefined) {
    const message = String((err as Error).message);
    assert.match(message, new RegExp(`^(?:${spec.messageMatches})$`), `message: ${message}`);
  }
  const cause = (spec as ExpectedError).cause;
  if (cause !== undefined) checkError((err as { cause?: unknown }).cause, cause, module);
}

function checkWaits(recorded: RecordedWait[], expected: ExpectedWait[]): void {
  const show = (w: { by: string; seconds: unknown }) => `${w.by} ${JSON.stringify(w.seconds)}`;
  assert.deepEqual(
    recorded.map((w) => w.by),
    expected.map((w) => w.by),
    `waits: got [${recorded.map(show).join(', ')}], expected [${expected.map(show).join(', ')}]`,
  );
  recorded.forEach((w, i) => {
    const e = expected[i]!.seconds;
    const [min, max] = Array.isArray(e) ? e : [e, e];
    assert.ok(w.seconds >= min - 1e-6 && w.seconds <= max + 1e-6, `wait #${i + 1} (${w.by}): ${w.seconds} s, expected ${JSON.stringify(e)}`);
  });
}

function checkAttempts(attempts: Attempt[], s: SnippetScenario, expect: ResolvedExpectation, recorded: RecordedWait[]): void {
  assert.equal(attempts.length, expect.attempts, `attempts at the server`);
  for (const a of attempts) {
    assert.equal(a.method, 'POST');
    assert.equal(a.path, '/v1/messages');
  }
  // x-stainless-retry-count: 0 on each call of the snippet, +1 on each SDK retry.
  let count = 0;
  const expectedCounts = [0];
  for (const w of expect.waits) expectedCounts.push(w.by === 'sdk' ? ++count : (count = 0));
  assert.deepEqual(
    attempts.map((a) => Number(a.headers['x-stainless-retry-count'])),
    expectedCounts.slice(0, attempts.length),
    'x-stainless-retry-count per attempt',
  );
  // Gaps at the server: from the end of one attempt to the arrival of the next.
  for (let i = 1; i < attempts.length; i++) {
    const ended = attempts[i - 1]!.endedAt;
    assert.ok(ended !== null, `attempt ${i} never ended`);
    const gap = attempts[i]!.arrivedAt - ended;
    const wantMs = s.realTime ? recorded[i - 1]!.seconds * 1000 : 0;
    assert.ok(
      gap >= wantMs - EARLY_MS && gap <= wantMs + LATE_MS,
      `gap before attempt ${i + 1}: ${gap.toFixed(0)} ms, expected ${wantMs.toFixed(0)} ms (-${EARLY_MS}/+${LATE_MS})`,
    );
  }
}

function checkLogged(logged: string, attempts: Attempt[], expected: number[] | undefined): void {
  if (expected === undefined) return;
  const ids = attempts.map((a, i) => ({ n: i + 1, id: a.requestId })).filter((x) => x.id !== null);
  const found = ids.filter((x) => logged.includes(x.id!)).map((x) => x.n);
  assert.deepEqual(found, expected, 'attempts whose request-id the snippet logged');
}

for (const slug of SLUGS) {
  describe(`${SDK_LABEL}: content/errors/${slug}/snippet.ts`, () => {
    for (const s of scenariosBySlug[slug]) {
      it(`${s.id} [${SDK_LABEL}]: ${s.title.en}`, async () => {
        const expect = expectationFor(s, 'typescript', SDK_VERSION);
        server.load(s.responses);
        waitLog.reset(s.realTime === true);
        const client = new Anthropic({
          baseURL: server.url,
          apiKey: 'test-key',
          ...(s.clientTimeoutMs !== undefined ? { timeout: s.clientTimeoutMs } : {}),
        });
        const logs: string[] = [];
        const warn = console.warn;
        console.warn = (...args: unknown[]) => void logs.push(args.map(String).join(' '));
        let result: unknown;
        let error: unknown;
        let threw = false;
        try {
          result = await pages[slug].call(client);
        } catch (e) {
          threw = true;
          error = e;
        } finally {
          console.warn = warn;
        }
        const attempts = server.attempts();
        const recorded = [...waitLog.entries];

        const outcome = expect.outcome;
        if (outcome.kind === 'message') {
          assert.ok(!threw, `expected a message, got ${String(error)}`);
          const msg = result as { type: string; content: Array<{ type: string; text?: string }>; stop_reason: string };
          assert.equal(msg.type, 'message');
          assert.equal(msg.content[0]?.text, MESSAGE_TEXT);
          assert.equal(msg.stop_reason, 'end_turn');
        } else {
          assert.ok(threw, 'expected an error, got a result');
          checkError(error, outcome.raised, pages[slug].module);
        }
        checkWaits(recorded, expect.waits);
        checkAttempts(attempts, s, expect, recorded);
        checkLogged(logs.join('\n'), attempts, expect.loggedRequestIds);
      });
    }
  });
}
