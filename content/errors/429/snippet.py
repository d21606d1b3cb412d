import time
from collections.abc import Callable
from email.utils import parsedate_to_datetime
from typing import Any

import anthropic
from anthropic.types import Message
from anthropic.types.message_create_params import MessageCreateParamsNonStreaming


# The tier's monthly spend cap: retrying cannot help until the date in the message.
class SpendLimitReachedError(Exception):
    pass


def create_with_rate_limit_retry(
    client: anthropic.Anthropic,
    params: MessageCreateParamsNonStreaming,
    *,
    max_attempts: int = 3,
    default_wait: float = 10.0,
    max_wait: float = 60.0,
    sleep: Callable[[float], None] = time.sleep,
) -> Message:
    attempt = 1
    while True:
        try:
            # The SDK has already retried a 429 twice (max_retries=2), waiting as long as
            # retry-after said, before RateLimitError reaches this code.
            return client.messages.create(**params)
        except anthropic.RateLimitError as e:
            error: dict[str, Any] = e.body.get("error", {}) if isinstance(e.body, dict) else {}
            # The spend cap is also 429 rate_limit_error, but has no retry-after and carries
            # error.details.error_code; it keeps failing until access resumes, so stop here.
            if (error.get("details") or {}).get("error_code") == "enforced_spend_limit_reached":
                raise SpendLimitReachedError(error.get("message", "spend limit reached")) from e
            wait = retry_after(e) or default_wait
            # x-should-retry: false is the server saying "do not retry" (the SDK obeys it too).
            # A retry earlier than retry-after fails anyway, so give up rather than wait
            # longer than max_wait.
            no_retry = e.response.headers.get("x-should-retry") == "false"
            if no_retry or wait > max_wait or attempt >= max_attempts:
                raise
            sleep(wait)
            attempt += 1


def retry_after(e: anthropic.APIStatusError) -> float | None:
    # Seconds to wait, read as the SDK does: retry-after-ms, then retry-after in seconds,
    # then retry-after as an HTTP date. None when none of them gives a positive wait.
    headers = e.response.headers
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        try:
            seconds = float(headers[name]) * scale
        except (KeyError, ValueError):
            continue
        if seconds > 0:
            return seconds
    try:
        seconds = parsedate_to_datetime(headers["retry-after"]).timestamp() - time.time()
    except (KeyError, TypeError, ValueError):
        return None
    return seconds if seconds > 0 else None
