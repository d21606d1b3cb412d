import Anthropic from '@anthropic-ai/sdk';

export interface LongRequestOptions {
  maxAttempts?: number;
  baseMs?: number;
  capMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export async function streamLongRequest(
  client: Anthropic,
  params: Anthropic.MessageStreamParams,
  {
    maxAttempts = 2,
    baseMs = 2000,
    capMs = 30_000,
    sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random = Math.random,
  }: LongRequestOptions = {},
): Promise<Anthropic.Message> {
  for (let attempt = 1; ; attempt++) {
    try {
      // The errors page's advice for 504: stream long requests. Streaming also skips
      // the SDK's check that rejects a non-streaming call with max_tokens > 21,333.
      return await client.messages.stream(params).finalMessage();
    } catch (err) {
      // 1.5.0+ throws GatewayTimeoutError (a subclass of InternalServerError); 0.x throws
      // InternalServerError. The status works with both.
      if (!(err instanceof Anthropic.APIError) || err.status !== 504) throw err;
      // A 504 comes before the stream starts, so the SDK has already sent this request
      // 3 times. Keep the ID for support.
      console.warn(`HTTP 504 ${err.type}, request ID ${err.requestID}`);
      if (attempt >= maxAttempts || err.headers?.get('x-should-retry') === 'false') throw err;
      // A request that timed out may well time out again: one more call by default,
      // after a full-jitter wait.
      await sleep(random() * Math.min(capMs, baseMs * 2 ** (attempt - 1)));
    }
  }
}
