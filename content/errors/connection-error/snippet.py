import logging
import random
import time
from collections.abc import Callable

import anthropic
from anthropic.types import Message
from anthropic.types.message_create_params import MessageCreateParamsNonStreaming

logger = logging.getLogger(__name__)


def create_with_timeout(
    client: anthropic.Anthropic,
    params: MessageCreateParamsNonStreaming,
    *,
    timeout: float = 60.0,
    max_attempts: int = 3,
    base: float = 1.0,
    cap: float = 30.0,
    sleep: Callable[[float], None] = time.sleep,
    rand: Callable[[], float] = random.random,
) -> Message:
    # A per-request timeout instead of the client's default (600 s, 5 s to connect). An
    # explicit timeout also turns off the SDK's "Streaming is required" check: stream long
    # requests rather than raising the timeout.
    api = client.with_options(timeout=timeout)
    attempt = 1
    while True:
        try:
            return api.messages.create(**params)
        # HTTP errors (APIStatusError) pass through: they have their own pages.
        except anthropic.APIConnectionError as e:
            # No complete HTTP response arrived: there is no status_code and no request_id.
            logger.warning("%s (cause: %r), attempt %d", type(e).__name__, e.__cause__, attempt)
            # APITimeoutError is a subclass. The SDK has already tried 3 times, and an attempt
            # that was on track to succeed is billed although it timed out: add no more.
            if isinstance(e, anthropic.APITimeoutError) or attempt >= max_attempts:
                raise
        # Full jitter, so clients cut off by the same network failure do not return together.
        sleep(rand() * min(cap, base * 2 ** (attempt - 1)))
        attempt += 1
