import logging

import anthropic
from anthropic.types import Message
from anthropic.types.message_create_params import MessageCreateParamsNonStreaming

logger = logging.getLogger(__name__)


class RequestBodyTooLargeError(Exception):
    """A 413: the request is over the endpoint's size limit. Shrink it; never resend it as is."""

    def __init__(self, body_bytes: int) -> None:
        super().__init__(
            f"the {body_bytes:,}-byte request body was rejected with 413 (Messages API limit: "
            "32 MB); send fewer or smaller images and documents, or split the work"
        )
        self.body_bytes = body_bytes


def create_within_size_limit(
    client: anthropic.Anthropic,
    params: MessageCreateParamsNonStreaming,
) -> Message:
    try:
        # The SDK does not retry a 413: the same bytes would be rejected again.
        return client.messages.create(**params)
    # Match the status, not the class: the class differs by SDK version (a plain
    # APIStatusError before 0.47.0, RequestTooLargeError after; 2.5.0 adds more classes).
    except anthropic.APIStatusError as e:
        if e.status_code != 413:
            raise
        # On the direct API the edge (Cloudflare) answers before the API servers do, so the
        # body may not be the API's JSON and e.type may be None. The size is what matters.
        body_bytes = len(e.request.content)
        logger.warning("HTTP 413, %d-byte request body, request_id=%s", body_bytes, e.request_id)
        raise RequestBodyTooLargeError(body_bytes) from e
