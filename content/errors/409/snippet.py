import logging
import random
import time
from collections.abc import Callable
from typing import TypeVar

import anthropic

logger = logging.getLogger(__name__)
T = TypeVar("T")


def call_resolving_conflicts(
    operation: Callable[[], T],
    *,
    resolve: Callable[[anthropic.ConflictError], None],
    max_attempts: int = 3,
    base: float = 1.0,
    cap: float = 10.0,
    sleep: Callable[[float], None] = time.sleep,
    rand: Callable[[], float] = random.random,
) -> T:
    attempt = 1
    while True:
        try:
            # The SDK retries a 409 twice by itself, unchanged. ConflictError reaching
            # this line means three requests already hit the same conflict.
            return operation()
        # Match the class or e.status_code, not e.type: e.type holds "conflict_error" at
        # runtime, but the SDK's ErrorType lacks it, so mypy --strict rejects the comparison.
        except anthropic.ConflictError as e:
            logger.warning("HTTP 409, request_id=%s: %s", e.request_id, e.message)
            if attempt >= max_attempts or e.response.headers.get("x-should-retry") == "false":
                raise
            # Writers that collided collide again if they come back together: jitter first.
            sleep(rand() * min(cap, base * 2 ** (attempt - 1)))
            # "Resolve the conflict, then retry": re-read the resource and reapply the change,
            # or choose another unique value. `operation` must then send the resolved request.
            resolve(e)
        attempt += 1
