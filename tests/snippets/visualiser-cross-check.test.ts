// Cross-check of the visualiser's model against the TypeScript wrapper snippets (see
// visualiser-cases.ts): the same parameters and random numbers must give the same waits.
// Like snippets.test.ts, it runs once per TypeScript SDK version, and the SDK's `sleep` is swapped for the recorder in wait-log.ts, so the SDK
// computes every delay itself and nothing is slept.
import { SDK_LABEL } from './sdk-hook.ts';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useFaultServer } from './use-fault-server.ts';
import { snippetSleep, waitLog } from './wait-log.ts';
import { crossCheckCases } from './visualiser-cases.ts';
import { seededRandom } from '../../src/lib/random.ts';

// Imported after the hook is registered, so the SDK gets the recording sleep.
const { default: Anthropic } = await import('@anthropic-ai/sdk');
const { createWithBackoff } = await import('../../content/errors/500/snippet.ts');
const { streamWithBackoff } = await import('../../content/errors/529/snippet.ts');

const PARAMS = { model: 'claude-sonnet-5', max_tokens: 256, messages: [{ role: 'user' as const, content: 'Hello' }] };

const server = useFaultServer();

describe(`${SDK_LABEL}: the visualiser model predicts the waits the TypeScript snippets ask for`, () => {
  for (const c of crossCheckCases) {
    it(`${c.id} [${SDK_LABEL}]: ${c.expected.length} waits, ${c.expected.length + 1} requests`, async () => {
      server.load(c.responses);
      waitLog.reset(false);
      const client = new Anthropic({ baseURL: server.url, apiKey: 'test-key' });
      const random = seededRandom(c.seed);
      // The SDK's jitter is `1 - Math.random() * 0.25`; pin it for the duration of the call.
      const realRandom = Math.random;
      const warn = console.warn;
      Math.random = () => c.sdkRandom;
      console.warn = () => {};
      try {
        const call = c.slug === '500' ? createWithBackoff(client, PARAMS, { sleep: snippetSleep, random }) : streamWithBackoff(client, PARAMS, { sleep: snippetSleep, random });
        await assert.rejects(call);
      } finally {
        Math.random = realRandom;
        console.warn = warn;
      }
      const recorded = waitLog.entries;
      assert.equal(server.attempts().length, c.expected.length + 1, 'requests at the server');
      assert.deepEqual(recorded.map((w) => w.by), c.expected.map((w) => w.by), 'who waited, in order');
      recorded.forEach((w, i) => {
        const want = c.expected[i]!.seconds;
        // The SDK sleeps in milliseconds: allow for the round trip through ms, nothing more.
        assert.ok(Math.abs(w.seconds - want) <= 1e-12 * Math.max(1, want), `wait #${i + 1} (${w.by}): ${w.seconds} s, model ${want} s`);
      });
    });
  }
});
