import logging

import anthropic
from anthropic.types import Message
from anthropic.types.message_create_params import MessageCreateParamsNonStreaming

logger = logging.getLogger(__name__)


class ResourceNotFoundError(Exception):
    """A 404: the URL or an ID in the request is wrong. Sending it again cannot help."""


def create_or_explain_404(
    client: anthropic.Anthropic,
    params: MessageCreateParamsNonStreaming,
) -> Message:
    try:
        # The SDK does not retry a 404 (it retries 408, 409, 429, 5xx and connection
        # errors), so this is the only attempt, and a loop here would fail the same way.
        return client.messages.create(**params)
    except anthropic.NotFoundError as e:
        # The request ID is what support asks for; the message is for people, not for code.
        logger.warning("HTTP 404 %s, request_id=%s: %s", e.type, e.request_id, e.message)
        # Name what the reader has to check: the URL the request went to (base URL and
        # path) and the ID it sent. A misconfigured proxy base URL shows up right here.
        raise ResourceNotFoundError(
            f"{e.request.method} {e.request.url} returned 404 {e.type}: "
            f"check the base URL, the path and the model ID {params['model']!r}"
        ) from e
