import Anthropic from '@anthropic-ai/sdk';

export interface BackoffOptions {
  maxAttempts?: number;
  baseMs?: number;
  capMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export async function streamWithBackoff(
  client: Anthropic,
  params: Anthropic.MessageStreamParams,
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
      return await client.messages.stream(params).finalMessage();
    } catch (err) {
      // An overload arrives in two shapes, both with type 'overloaded_error':
      // - before the stream starts: OverloadedError (status 529, a subclass of
      //   InternalServerError), after the SDK has already retried it twice;
      // - after the 200: a plain APIError with status undefined, never retried by
      //   the SDK. Checking err.status would miss this one.
      if (!(err instanceof Anthropic.APIError) || err.type !== 'overloaded_error') throw err;
      if (attempt >= maxAttempts || err.headers?.get('x-should-retry') === 'false') throw err;
      // Text streamed before the error is discarded: the retry starts the message over.
      // Full jitter spreads the clients that were turned away at the same moment.
      await sleep(random() * Math.min(capMs, baseMs * 2 ** (attempt - 1)));
    }
  }
}
