import Anthropic from '@anthropic-ai/sdk';

/** A 404: the URL or an ID in the request is wrong. Sending it again cannot help. */
export class ResourceNotFoundError extends Error {
  override name = 'ResourceNotFoundError';
}

export async function createOrExplain404(
  client: Anthropic,
  params: Anthropic.MessageCreateParamsNonStreaming,
): Promise<Anthropic.Message> {
  try {
    // The SDK does not retry a 404 (it retries 408, 409, 429, 5xx and connection
    // errors), so this is the only attempt, and a loop here would fail the same way.
    return await client.messages.create(params);
  } catch (err) {
    if (!(err instanceof Anthropic.NotFoundError)) throw err;
    // The request ID is what support asks for; apiMessage is for people, not for code.
    console.warn(`HTTP 404 ${err.type}, request ID ${err.requestID}: ${err.apiMessage}`);
    // Name what the reader has to check: the URL the request went to (base URL and
    // path) and the ID it sent. A misconfigured proxy base URL shows up right here.
    throw new ResourceNotFoundError(
      `POST ${client.baseURL}/v1/messages returned 404 ${err.type}: ` +
        `check the base URL, the path and the model ID '${params.model}'`,
      { cause: err },
    );
  }
}
