import Anthropic from '@anthropic-ai/sdk';

export interface BackoffOptions {
  maxAttempts?: number;
  baseMs?: number;
  capMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export async function createWithBackoff(
  client: Anthropic,
  params: Anthropic.MessageCreateParamsNonStreaming,
  {
    maxAttempts = 3,
    baseMs = 2000,
    capMs = 30_000,
    sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random = Math.random,
  }: BackoffOptions = {},
): Promise<Anthropic.Message> {
  for (let attempt = 1; ; attempt++) {
    try {
      // Each call is already up to 3 requests: the SDK retries 5xx, dropped connections
      // and timeouts twice (0.375-0.5 s, then 0.75-1 s apart), honouring retry-after.
      return await client.messages.create(params);
    } catch (err) {
      // In TypeScript every 5xx class, OverloadedError (529) included, extends InternalServerError.
      if (err instanceof Anthropic.InternalServerError) {
        // The request ID is what support asks for if the error persists.
        console.warn(`HTTP ${err.status} ${err.type}, request ID ${err.requestID}`);
        if (err.headers.get('x-should-retry') === 'false') throw err;
      } else if (err instanceof Anthropic.APIConnectionError) {
        // Includes APIConnectionTimeoutError. No status and no request ID: no response arrived.
        console.warn(`connection error: ${err.message}`);
      } else {
        throw err;
      }
      if (attempt >= maxAttempts) throw err;
      // Full jitter, up to 2 s, then 4 s: longer on average than the SDK's own waits, and
      // clients that failed at the same moment do not all come back at the same moment.
      await sleep(random() * Math.min(capMs, baseMs * 2 ** (attempt - 1)));
    }
  }
}
