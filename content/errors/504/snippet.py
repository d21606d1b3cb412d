import logging
import random
import time
from collections.abc import Callable

import anthropic
from anthropic.types import Message
from anthropic.types.message_create_params import MessageCreateParamsBase

logger = logging.getLogger(__name__)


def stream_long_request(
    client: anthropic.Anthropic,
    params: MessageCreateParamsBase,
    *,
    max_attempts: int = 2,
    base: float = 2.0,
    cap: float = 30.0,
    sleep: Callable[[float], None] = time.sleep,
    rand: Callable[[], float] = random.random,
) -> Message:
    attempt = 1
    while True:
        try:
            # The errors page's advice for 504: stream long requests. Streaming also skips
            # the SDK's check that rejects a non-streaming call with max_tokens > 21,333.
            with client.messages.stream(**params) as stream:
                return stream.get_final_message()
        except anthropic.APIStatusError as e:
            # Match the status, not the class: it differs by SDK version and client
            # (1.x: InternalServerError; AnthropicVertex: DeadlineExceededError).
            if e.status_code != 504:
                raise
            # A 504 comes before the stream starts, so the SDK has already sent this request
            # 3 times. Keep the ID for support.
            logger.warning("HTTP 504 %s, request_id=%s", e.type, e.request_id)
            if attempt >= max_attempts or e.response.headers.get("x-should-retry") == "false":
                raise
        # A request that timed out may well time out again: one more call by default,
        # after a full-jitter wait.
        sleep(rand() * min(cap, base * 2 ** (attempt - 1)))
        attempt += 1
