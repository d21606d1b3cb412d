import logging
from typing import Any

import anthropic
from anthropic.types import Message
from anthropic.types.message_create_params import MessageCreateParamsNonStreaming

logger = logging.getLogger(__name__)

# How the errors page says this 401 begins. It is an organization setting about
# requests that carry a browser Origin header, not a problem with the key.
CORS_NOT_ALLOWED = "CORS requests are not allowed for this Organization"


class CorsNotAllowedError(Exception):
    """The organization does not accept browser (CORS) requests. Rotating the key will not help."""


def create_message(
    client: anthropic.Anthropic,
    params: MessageCreateParamsNonStreaming,
) -> Message:
    try:
        # The SDK does not retry a 401: the same credentials fail the same way.
        return client.messages.create(**params)
    except anthropic.AuthenticationError as e:
        error: dict[str, Any] = e.body.get("error", {}) if isinstance(e.body, dict) else {}
        message = str(error.get("message", ""))
        # Log the request ID and the API's message, never the key itself.
        logger.warning("HTTP 401 %s, request_id=%s: %s", e.type, e.request_id, message)
        if message.startswith(CORS_NOT_ALLOWED):
            raise CorsNotAllowedError(message) from e
        # Otherwise the key is malformed, revoked or expired: replace it in the
        # configuration the client reads and restart; do not retry.
        raise
