import random
import time
from collections.abc import Callable

import anthropic
from anthropic.types import Message
from anthropic.types.message_create_params import MessageCreateParamsBase


def stream_with_backoff(
    client: anthropic.Anthropic,
    params: MessageCreateParamsBase,
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
            with client.messages.stream(**params) as stream:
                return stream.get_final_message()
        except anthropic.APIStatusError as e:
            # An overload arrives in two shapes, both with type "overloaded_error":
            # - before the stream starts: OverloadedError (status 529; an InternalServerError
            #   only from 2.5.0), after the SDK has already retried it twice;
            # - after the 200: plain APIStatusError with status_code 200, never retried
            #   by the SDK. Checking the status code would miss this one.
            if e.type != "overloaded_error":
                raise
            if attempt >= max_attempts or e.response.headers.get("x-should-retry") == "false":
                raise
        # Text streamed before the error is discarded: the retry starts the message over.
        # Full jitter spreads the clients that were turned away at the same moment.
        sleep(rand() * min(cap, base * 2 ** (attempt - 1)))
        attempt += 1
