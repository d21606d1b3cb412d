import Anthropic from '@anthropic-ai/sdk';

export interface RateLimitRetryOptions {
  maxAttempts?: number;
  defaultWaitMs?: number;
  maxWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export async function createWithRateLimitRetry(
  client: Anthropic,
  params: Anthropic.MessageCreateParamsNonStreaming,
  {
    maxAttempts = 3,
    defaultWaitMs = 10_000,
    maxWaitMs = 60_000,
    sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  }: RateLimitRetryOptions = {},
): Promise<Anthropic.Message> {
  for (let attempt = 1; ; attempt++) {
    try {
      // The SDK has already retried a 429 twice (maxRetries: 2), waiting as long as
      // retry-after said, before RateLimitError reaches this code.
      return await client.messages.create(params);
    } catch (err) {
      if (!(err instanceof Anthropic.RateLimitError)) throw err;
      // The spend cap is also 429 rate_limit_error, but has no retry-after and carries
      // error.details.error_code (err.errorCode), which the SDK maps to this subclass.
      // It keeps failing until the date in err.apiMessage, so stop here.
      if (err instanceof Anthropic.EnforcedSpendLimitReachedError) throw err;
      const wait = retryAfterMs(err.headers) ?? defaultWaitMs;
      // x-should-retry: false is the server saying "do not retry" (the SDK obeys it too).
      // A retry earlier than retry-after fails anyway, so give up rather than wait
      // longer than maxWaitMs.
      const noRetry = err.headers.get('x-should-retry') === 'false';
      if (noRetry || wait > maxWaitMs || attempt >= maxAttempts) throw err;
      await sleep(wait);
    }
  }
}

function retryAfterMs(headers: Headers): number | undefined {
  // Read as the SDK does: retry-after-ms, then retry-after in seconds, then retry-after as an
  // HTTP date. undefined when none of them gives a positive wait.
  const ms = Number(headers.get('retry-after-ms') ?? NaN);
  if (ms > 0) return ms;
  const value = headers.get('retry-after') ?? '';
  const seconds = Number(value);
  if (seconds > 0) return seconds * 1000;
  const untilDate = Date.parse(value) - Date.now();
  return untilDate > 0 ? untilDate : undefined;
}
