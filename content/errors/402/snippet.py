import logging
from typing import Any

import anthropic
from anthropic.types import Message
from anthropic.types.message_create_params import MessageCreateParamsNonStreaming

logger = logging.getLogger(__name__)


def create_message(
    client: anthropic.Anthropic,
    params: MessageCreateParamsNonStreaming,
) -> Message:
    try:
        # The SDK does not retry a 402, and neither should you: every request fails
        # until the billing or payment information is fixed.
        return client.messages.create(**params)
    # Before 2.5.0 there is no 402 class (a bare APIStatusError), so no `except` for a
    # subclass catches it. The status code works in every version.
    except anthropic.APIStatusError as e:
        if e.status_code != 402:
            raise
        error: dict[str, Any] = e.body.get("error", {}) if isinstance(e.body, dict) else {}
        details: dict[str, Any] = error.get("details") or {}
        # Someone with access to billing has to act (the Console, or AWS Marketplace):
        # log what they need, including error.details.error_code when there is one.
        logger.warning(
            "HTTP 402 %s (error_code=%s), request_id=%s: %s",
            e.type,
            details.get("error_code"),
            e.request_id,
            error.get("message", ""),
        )
        raise
