import Anthropic from '@anthropic-ai/sdk';

export async function createMessage(
  client: Anthropic,
  params: Anthropic.MessageCreateParamsNonStreaming,
): Promise<Anthropic.Message> {
  try {
    // The SDK does not retry a 402, and neither should you: every request fails
    // until the billing or payment information is fixed.
    return await client.messages.create(params);
  } catch (err) {
    // 1.5.0 and later throw PaymentRequiredError, or a subclass chosen by error.details.error_code
    // (for example LinkedOrganizationSpendLimitReachedError); 0.x a bare APIError.
    // Checking the status covers all of them.
    if (!(err instanceof Anthropic.APIError) || err.status !== 402) throw err;
    // Someone with access to billing has to act (the Console, or AWS Marketplace):
    // log what they need, including the error code when there is one.
    console.warn(
      `HTTP 402 ${err.type} (error_code=${err.errorCode}), request ID ${err.requestID}: ${err.apiMessage}`,
    );
    throw err;
  }
}
