import logging
from typing import Any

import anthropic
from anthropic.types import Message
from anthropic.types.message_create_params import MessageCreateParamsNonStreaming

logger = logging.getLogger(__name__)

# How the errors page says the 400 for a spend limit you set begins (organization,
# then workspace). Message wording can change: a miss is handled as an ordinary 400.
OWN_SPEND_LIMIT = (
    "You have reached your specified API usage limits",
    "You have reached your specified workspace API usage limits",
)


class OwnSpendLimitReachedError(Exception):
    """A spend limit set on the organization or a workspace is reached: raise it, do not retry."""


def create_message(
    client: anthropic.Anthropic,
    params: MessageCreateParamsNonStreaming,
) -> Message:
    try:
        # The SDK sends a 400 once and raises: the same request would fail the same way.
        # (A ValueError "Streaming is required..." is raised before anything is sent.)
        return client.messages.create(**params)
    except anthropic.APIStatusError as e:
        # "May also be used for other 4XX status codes": check error.type, which also
        # catches an invalid_request_error that is not a BadRequestError.
        if e.type != "invalid_request_error":
            raise
        error: dict[str, Any] = e.body.get("error", {}) if isinstance(e.body, dict) else {}
        message = str(error.get("message", ""))
        # The message names the field or limit to fix; the request ID is for support.
        logger.warning(
            "HTTP %d %s, request_id=%s: %s", e.status_code, e.type, e.request_id, message
        )
        if message.startswith(OWN_SPEND_LIMIT):
            raise OwnSpendLimitReachedError(message) from e
        # Not retried: surface it so the request gets fixed.
        raise
