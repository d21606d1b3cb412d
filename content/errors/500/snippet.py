import logging
import random
import time
from collections.abc import Callable

import anthropic
from anthropic.types import Message
from anthropic.types.message_create_params import MessageCreateParamsNonStreaming

logger = logging.getLogger(__name__)


def create_with_backoff(
    client: anthropic.Anthropic,
    params: MessageCreateParamsNonStreaming,
    *,
    max_attempts: int = 3,
    base: float = 2.0,
    cap: float = 30.0,
    sleep: Callable[[float], None] = time.sleep,
    rand: Callable[[], float] = random.random,
) -> Message:
    attempt = 1
    while True:
        try:
            # Each call is already up to 3 requests: the SDK retries 5xx, dropped connections
            # and timeouts twice (0.375-0.5 s, then 0.75-1 s apart), honouring retry-after.
            return client.messages.create(**params)
        # Before 2.5.0, OverloadedError (529) is not an InternalServerError: list both.
        except (anthropic.InternalServerError, anthropic.OverloadedError) as e:
            # The request ID is what support asks for if the error persists.
            logger.warning("HTTP %d %s, request_id=%s", e.status_code, e.type, e.request_id)
            if attempt >= max_attempts or e.response.headers.get("x-should-retry") == "false":
                raise
        # Includes APITimeoutError. It has no status_code or request_id (no response arrived).
        except anthropic.APIConnectionError as e:
            logger.warning("connection error: %s", e)
            if attempt >= max_attempts:
                raise
        # Full jitter, up to 2 s, then 4 s: longer on average than the SDK's own waits, and
        # clients that failed at the same moment do not all come back at the same moment.
        sleep(rand() * min(cap, base * 2 ** (attempt - 1)))
        attempt += 1
