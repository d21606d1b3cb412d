import Anthropic from '@anthropic-ai/sdk';

export async function createMessage(
  client: Anthropic,
  params: Anthropic.MessageCreateParamsNonStreaming,
): Promise<Anthropic.Message> {
  try {
    // The SDK does not retry a 403: the key stays without the permission until
    // someone grants it, or the request uses a resource the key may use.
    return await client.messages.create(params);
  } catch (err) {
    if (!(err instanceof Anthropic.PermissionDeniedError)) throw err;
    // The key was accepted (a bad key is a 401) but may not use this resource.
    // Log what an administrator needs to find it: the request ID, the workspace ID
    // the response names (anthropic-workspace-id header, when sent), the model
    // and the API's message. Never log the key itself.
    console.warn(
      `HTTP 403 ${err.type}, request ID ${err.requestID}, workspace ${err.workspaceID}, ` +
        `model ${params.model}: ${err.apiMessage}`,
    );
    throw err;
  }
}
