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
  // Seconds, possibly fractional; undefined when the header is missing or not a positive number.
  const seconds = Number(headers.get('retry-after') ?? NaN);
  return seconds > 0 ? seconds * 1000 : undefined;
}
