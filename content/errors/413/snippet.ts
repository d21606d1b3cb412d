import Anthropic from '@anthropic-ai/sdk';

/** A 413: the request is over the endpoint's size limit. Shrink it; never resend it as is. */
export class RequestBodyTooLargeError extends Error {
  override name = 'RequestBodyTooLargeError';
  readonly bodyBytes: number;

  constructor(bodyBytes: number, options?: ErrorOptions) {
    super(
      `the ${bodyBytes.toLocaleString('en')}-byte request body was rejected with 413 (Messages API ` +
        'limit: 32 MB); send fewer or smaller images and documents, or split the work',
      options,
    );
    this.bodyBytes = bodyBytes;
  }
}

export async function createWithinSizeLimit(
  client: Anthropic,
  params: Anthropic.MessageCreateParamsNonStreaming,
): Promise<Anthropic.Message> {
  try {
    // The SDK does not retry a 413: the same bytes would be rejected again.
    return await client.messages.create(params);
  } catch (err) {
    // Match the status, not the class: ContentTooLargeError exists from 1.5.0;
    // 0.x throws the base APIError for a 413.
    if (!(err instanceof Anthropic.APIError) || err.status !== 413) throw err;
    // On the direct API the edge (Cloudflare) answers before the API servers do, so the
    // body may not be the API's JSON and err.type may be null. The size is what matters:
    // the SDK sends the params as JSON.
    const bodyBytes = new TextEncoder().encode(JSON.stringify(params)).byteLength;
    console.warn(`HTTP 413, ${bodyBytes}-byte request body, request ID ${err.requestID}`);
    throw new RequestBodyTooLargeError(bodyBytes, { cause: err });
  }
}
