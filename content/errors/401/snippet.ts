import Anthropic from '@anthropic-ai/sdk';

// How the errors page says this 401 begins. It is an organization setting about
// requests that carry a browser Origin header, not a problem with the key.
const CORS_NOT_ALLOWED = 'CORS requests are not allowed for this Organization';

/** The organization does not accept browser (CORS) requests. Rotating the key will not help. */
export class CorsNotAllowedError extends Error {
  override name = 'CorsNotAllowedError';
}

export async function createMessage(
  client: Anthropic,
  params: Anthropic.MessageCreateParamsNonStreaming,
): Promise<Anthropic.Message> {
  try {
    // With an API key the SDK does not retry a 401. (A request that used the SDK's
    // token cache gets one token refresh and one retry before the 401 is thrown.)
    return await client.messages.create(params);
  } catch (err) {
    if (!(err instanceof Anthropic.AuthenticationError)) throw err;
    const message = err.apiMessage ?? '';
    // Log the request ID and the API's message, never the key itself.
    console.warn(`HTTP 401 ${err.type}, request ID ${err.requestID}: ${message}`);
    if (message.startsWith(CORS_NOT_ALLOWED)) {
      throw new CorsNotAllowedError(message, { cause: err });
    }
    // Otherwise the key is malformed, revoked or expired: replace it in the
    // configuration the client reads and restart; do not retry.
    throw err;
  }
}
