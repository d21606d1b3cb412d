import Anthropic, { type ConflictError } from '@anthropic-ai/sdk';

export interface ConflictOptions {
  resolve: (err: ConflictError) => Promise<void>;
  maxAttempts?: number;
  baseMs?: number;
  capMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export async function callResolvingConflicts<T>(
  operation: () => Promise<T>,
  {
    resolve,
    maxAttempts = 3,
    baseMs = 1000,
    capMs = 10_000,
    sleep = (ms) => new Promise((done) => setTimeout(done, ms)),
    random = Math.random,
  }: ConflictOptions,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      // The SDK retries a 409 twice by itself, unchanged. ConflictError reaching
      // this line means three requests already hit the same conflict.
      return await operation();
    } catch (err) {
      // In 1.12.0 err.type can also be checked ('conflict_error' is in its ErrorType).
      if (!(err instanceof Anthropic.ConflictError)) throw err;
      console.warn(`HTTP 409, request ID ${err.requestID}: ${err.apiMessage}`);
      if (attempt >= maxAttempts || err.headers.get('x-should-retry') === 'false') throw err;
      // Writers that collided collide again if they come back together: jitter first.
      await sleep(random() * Math.min(capMs, baseMs * 2 ** (attempt - 1)));
      // "Resolve the conflict, then retry": re-read the resource and reapply the change,
      // or choose another unique value. `operation` must then send the resolved request.
      await resolve(err);
    }
  }
}
