import Anthropic from '@anthropic-ai/sdk';

// Mid-stream error types this code retries: those whose HTTP statuses (529, 500, 504) are
// retried with backoff. Anything else, including types added later, is thrown.
const RETRYABLE_TYPES = new Set(['overloaded_error', 'api_error', 'timeout_error']);

export interface StreamOptions {
  maxAttempts?: number;
  baseMs?: number;
  capMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export async function streamMessage(
  client: Anthropic,
  params: Anthropic.MessageStreamParams,
  {
    maxAttempts = 3,
    baseMs = 1000,
    capMs = 30_000,
    sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random = Math.random,
  }: StreamOptions = {},
): Promise<Anthropic.Message> {
  for (let attempt = 1; ; attempt++) {
    let inputTokens = 0;
    let chars = 0;
    try {
      const stream = client.messages.stream(params);
      // message_start carries the input usage, text deltas the output so far.
      // ping, and event types added later, are skipped.
      stream.on('streamEvent', (event) => {
        if (event.type === 'message_start') inputTokens = event.message.usage.input_tokens;
      });
      stream.on('text', (delta) => (chars += delta.length));
      return await stream.finalMessage();
    } catch (err) {
      // After the 200 the SDK throws a plain APIError: status undefined, type from the event,
      // requestID of the 200. HTTP errors before the stream have a status (the SDK already
      // retried them); connection errors have no status but no type either.
      if (!(err instanceof Anthropic.APIError) || err.status !== undefined || !err.type) throw err;
      console.warn(
        `${err.type} after ${inputTokens} input tokens and ${chars} chars of output, request ID ${err.requestID}`,
      );
      if (!RETRYABLE_TYPES.has(err.type) || attempt >= maxAttempts) throw err;
      // The partial text is dropped: a retry starts the message over, after a jittered wait.
      await sleep(random() * Math.min(capMs, baseMs * 2 ** (attempt - 1)));
    }
  }
}
