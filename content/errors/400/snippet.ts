import Anthropic from '@anthropic-ai/sdk';

// How the errors page says the 400 for a spend limit you set begins (organization,
// then workspace). Message wording can change: a miss is handled as an ordinary 400.
const OWN_SPEND_LIMIT = [
  'You have reached your specified API usage limits',
  'You have reached your specified workspace API usage limits',
];

/** A spend limit set on the organization or a workspace is reached: raise it, do not retry. */
export class OwnSpendLimitReachedError extends Error {
  override name = 'OwnSpendLimitReachedError';
}

export async function createMessage(
  client: Anthropic,
  params: Anthropic.MessageCreateParamsNonStreaming,
): Promise<Anthropic.Message> {
  try {
    // The SDK sends a 400 once and throws: the same request would fail the same way.
    // (An AnthropicError "Streaming is required..." is thrown before anything is sent.)
    return await client.messages.create(params);
  } catch (err) {
    // "May also be used for other 4XX status codes": check err.type, which also
    // catches an invalid_request_error that is not a BadRequestError.
    if (!(err instanceof Anthropic.APIError) || err.type !== 'invalid_request_error') throw err;
    // apiMessage is error.message from the body: it names the field or limit to fix.
    // The request ID is for support.
    const message = err.apiMessage ?? '';
    console.warn(`HTTP ${err.status} ${err.type}, request ID ${err.requestID}: ${message}`);
    if (OWN_SPEND_LIMIT.some((prefix) => message.startsWith(prefix))) {
      throw new OwnSpendLimitReachedError(message, { cause: err });
    }
    // Not retried: surface it so the request gets fixed.
    throw err;
  }
}
