import Anthropic from '@anthropic-ai/sdk';

export interface TimeoutOptions {
  timeoutMs?: number;
  maxAttempts?: number;
  baseMs?: number;
  capMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export async function createWithTimeout(
  client: Anthropic,
  params: Anthropic.MessageCreateParamsNonStreaming,
  {
    timeoutMs = 60_000,
    maxAttempts = 3,
    baseMs = 1000,
    capMs = 30_000,
    sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random = Math.random,
  }: TimeoutOptions = {},
): Promise<Anthropic.Message> {
  for (let attempt = 1; ; attempt++) {
    try {
      // A per-request timeout instead of the client's default (600000 ms). An explicit
      // timeout also turns off the SDK's "Streaming is required" check: stream long
      // requests rather than raising the timeout.
      return await client.messages.create(params, { timeout: timeoutMs });
    } catch (err) {
      // HTTP errors (APIError with a status) pass through: they have their own pages.
      if (!(err instanceof Anthropic.APIConnectionError)) throw err;
      // No complete HTTP response arrived: status and requestID are undefined.
      console.warn(`${String(err)} (cause: ${String(err.cause)}), attempt ${attempt}`);
      // APIConnectionTimeoutError is a subclass. The SDK has already tried 3 times, and an
      // attempt that was on track to succeed is billed although it timed out: add no more.
      if (err instanceof Anthropic.APIConnectionTimeoutError || attempt >= maxAttempts) throw err;
      // Full jitter, so clients cut off by the same network failure do not return together.
      await sleep(random() * Math.min(capMs, baseMs * 2 ** (attempt - 1)));
    }
  }
}
