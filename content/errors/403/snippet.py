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
        # The SDK does not retry a 403: the key stays without the permission until
        # someone grants it, or the request uses a resource the key may use.
        return client.messages.create(**params)
    except anthropic.PermissionDeniedError as e:
        error: dict[str, Any] = e.body.get("error", {}) if isinstance(e.body, dict) else {}
        # The key was accepted (a bad key is a 401) but may not use this resource.
        # Log what an administrator needs to find it: the request ID, the workspace ID
        # the response names (anthropic-workspace-id header, when sent), the model
        # and the API's message. Never log the key itself.
        logger.warning(
            "HTTP 403 %s, request_id=%s, workspace_id=%s, model=%s: %s",
            e.type,
            e.request_id,
            e.workspace_id,
            params["model"],
            error.get("message", ""),
        )
        raise
