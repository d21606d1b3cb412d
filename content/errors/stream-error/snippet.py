import logging
import random
import time
from collections.abc import Callable

import anthropic
from anthropic.types import Message
from anthropic.types.message_create_params import MessageCreateParamsBase

logger = logging.getLogger(__name__)

# Mid-stream error types this code retries: those whose HTTP statuses (529, 500, 504) are
# retried with backoff. Anything else, including types added later, is raised.
RETRYABLE_TYPES = frozenset({"overloaded_error", "api_error", "timeout_error"})


def stream_message(
    client: anthropic.Anthropic,
    params: MessageCreateParamsBase,
    *,
    max_attempts: int = 3,
    base: float = 1.0,
    cap: float = 30.0,
    sleep: Callable[[float], None] = time.sleep,
    rand: Callable[[], float] = random.random,
) -> Message:
    attempt = 1
    while True:
        input_tokens = chars = 0
        try:
            with client.messages.stream(**params) as stream:
                for event in stream:
                    # message_start carries the input usage, text events the output so far.
                    # ping, and event types added later, are skipped.
                    if event.type == "message_start":
                        input_tokens = event.message.usage.input_tokens
                    elif event.type == "text":
                        chars += len(event.text)
                return stream.get_final_message()
        except anthropic.APIStatusError as e:
            # An HTTP error before the stream began (e.g. 529): the SDK already retried it.
            if e.status_code != 200:
                raise
            # After the 200: a plain APIStatusError (never OverloadedError) whose type comes
            # from the event. The SDK does not retry it; request_id is that of the 200.
            logger.warning(
                "%s after %d input tokens and %d chars of output, request_id=%s",
                e.type, input_tokens, chars, e.request_id,
            )
            if e.type not in RETRYABLE_TYPES or attempt >= max_attempts:
                raise
        # The partial text is dropped: a retry starts the message over, after a jittered wait.
        sleep(rand() * min(cap, base * 2 ** (attempt - 1)))
        attempt += 1
