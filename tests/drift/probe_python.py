"""Prints, as JSON, what the installed Python SDK raises: its version, the class each HTTP status
maps to on the first-party client, and every exception class it exports with its parent.
Run by tests/drift/sdk-drift.test.ts with each Python environment the tests use."""

from __future__ import annotations

import inspect
import json
import sys
import traceback
from importlib import metadata

import anthropic
from anthropic import Anthropic

try:  # httpx is vendored as httpx2 in some anthropic releases
    import httpx2 as httpx  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - depends on the SDK version
    import httpx  # type: ignore[no-redef]


def status_map() -> dict[str, list[str]]:
    client = Anthropic(api_key="drift-probe", base_url="http://127.0.0.1:9")
    out: dict[str, list[str]] = {}
    for status in range(400, 600):
        request = httpx.Request("POST", "http://127.0.0.1:9/v1/messages")
        body = {"type": "error", "error": {"type": "probe", "message": "probe"}}
        err = client._make_status_error_from_response(httpx.Response(status, request=request, json=body))
        cls = type(err)
        out[str(status)] = [cls.__name__, cls.__mro__[1].__name__]
    return out


def tree() -> dict[str, str]:
    return {
        name: cls.__mro__[1].__name__
        for name, cls in vars(anthropic).items()
        if inspect.isclass(cls) and issubclass(cls, anthropic.AnthropicError) and not name.startswith("_")
    }


def printed(examples: list[dict[str, object]]) -> list[str]:
    """The last traceback line for each HTTP error example, as a reader's log shows it."""
    client = Anthropic(api_key="drift-probe", base_url="http://127.0.0.1:9")
    lines = []
    for ex in examples:
        request = httpx.Request("POST", "https://api.anthropic.com/v1/messages")
        headers = [tuple(h) for h in ex["headers"]]  # type: ignore[union-attr]
        response = httpx.Response(ex["status"], request=request, headers=headers, json=ex["body"])  # type: ignore[arg-type]
        err = client._make_status_error_from_response(response)
        lines.append(traceback.format_exception_only(type(err), err)[-1].rstrip("\n"))
    return lines


examples = json.loads(sys.stdin.read() or "[]") if len(sys.argv) > 1 and sys.argv[1] == "--printed" else []
print(
    json.dumps(
        {
            "version": metadata.version("anthropic"),
            "statuses": status_map(),
            "classes": tree(),
            "printed": printed(examples),
        }
    )
)
