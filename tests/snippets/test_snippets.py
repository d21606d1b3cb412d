# Executed snippets: the Python runner.
#
# How the snippet tests work (this file and snippets.test.ts share the approach):
# - Each page `content/errors/<slug>/` has `snippet.py`, `snippet.ts` (shown on the site
#   byte-for-byte) and `scenarios.ts` (what the tests run, listed under the snippet).
#   The scenarios are read from TypeScript through `node tests/snippets/pages.ts python
#   <version>`, which validates them with the zod schema in src/schemas/scenario.ts and
#   resolves the expectations declared per SDK version range for the installed `anthropic`.
# - A scenario is a script of responses for the local fault server (fault-server.ts, the
#   same Node server for both languages): one step per HTTP attempt (message, API error with
#   headers, 200 stream that fails with `event: error`, dropped connection, connection cut
#   after the headers, slow response).
#   The server records each attempt.
# - The snippet file is imported as is and called with a real `anthropic.Anthropic` client
#   pointed at the server, with the SDK's default retry settings.
# - Each scenario asserts: the number of attempts the server saw; the result or the exact
#   exception class and attributes; every wait requested between attempts, in order, and who
#   asked for it (SDK or snippet); that `x-stainless-retry-count` restarts at 0 exactly after
#   the snippet's own waits; and the gaps between attempts measured at the server.
#
# Keeping it fast (the chosen approach): waits are recorded, not slept. The snippets take a
# `sleep` parameter (the tests pass a recorder) and `rand` (fixed at 0.5 so full jitter is
# predictable). The SDK's own `time.sleep` is routed to the same recorder by replacing the
# `time` module seen by `anthropic._base_client` (conftest.py), so the SDK still computes
# every delay itself and nothing else in the SDK or the snippet changes. Scenarios marked
# `realTime` sleep for real; their gaps at the server must equal the requested waits within
# -10 ms / +250 ms. Other scenarios must show gaps under 250 ms, which proves no unrecorded
# wait happened.
#
# SDK versions: scripts/test-snippets.mjs runs pytest once per `anthropic` version that pip
# could install (tests/snippets/sdk-versions.ts), with that version first on PYTHONPATH;
# SDK_VERSION below is the version actually imported, and it is in every test id.
#
# The known-bad fixture (fixtures/known_bad_status_code.py, the popular
# `except anthropic.APIError as e: if e.status_code < 500` snippet) runs the 500 page's
# connection-error scenario and must fail with AttributeError: the harness catches the bug.
from __future__ import annotations

import builtins
import importlib.util
import json
import logging
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import anthropic
import pytest
from conftest import NODE, ROOT, FaultServer, WaitLog

MESSAGE_TEXT = "Hello from the fault server."
PARAMS: dict[str, Any] = {
    "model": "claude-sonnet-5",
    "max_tokens": 256,
    "messages": [{"role": "user", "content": "Hello"}],
}
LATE_MS = 250  # gap tolerance at the server for real-time waits (loaded machines)
EARLY_MS = 10


def _load_module(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


SNIPPETS = {slug: _load_module(f"snippet_{slug}", ROOT / "content" / "errors" / slug / "snippet.py") for slug in ("400", "401", "402", "403", "404", "409", "413", "429", "500", "529", "504", "connection-error", "stream-error")}
KNOWN_BAD = _load_module("known_bad_status_code", Path(__file__).parent / "fixtures" / "known_bad_status_code.py")


def _call(slug: str, client: anthropic.Anthropic, log: WaitLog) -> Any:
    m = SNIPPETS[slug]
    if slug in ("400", "401", "402", "403"):  # do-not-retry pages: called once
        return m.create_message(client, PARAMS)
    if slug == "404":
        return m.create_or_explain_404(client, PARAMS)
    if slug == "409":  # `resolve` does nothing here: the scenarios count requests
        return m.call_resolving_conflicts(
            lambda: client.messages.create(**PARAMS), resolve=lambda e: None, sleep=log.snippet_sleep, rand=lambda: 0.5
        )
    if slug == "413":
        return m.create_within_size_limit(client, PARAMS)
    if slug == "429":
        return m.create_with_rate_limit_retry(client, PARAMS, sleep=log.snippet_sleep)
    if slug == "500":
        return m.create_with_backoff(client, PARAMS, sleep=log.snippet_sleep, rand=lambda: 0.5)
    if slug == "504":  # max_tokens 32,000: the SDK refuses to send it without streaming (default timeout)
        params = {**PARAMS, "max_tokens": 32_000}
        return m.stream_long_request(client, params, sleep=log.snippet_sleep, rand=lambda: 0.5)
    if slug == "connection-error":  # a short per-request timeout, so that `slow` steps time out quickly
        return m.create_with_timeout(client, PARAMS, timeout=0.3, sleep=log.snippet_sleep, rand=lambda: 0.5)
    if slug == "stream-error":
        return m.stream_message(client, PARAMS, sleep=log.snippet_sleep, rand=lambda: 0.5)
    return m.stream_with_backoff(client, PARAMS, sleep=log.snippet_sleep, rand=lambda: 0.5)


SDK_VERSION: str = anthropic.__version__
SCENARIOS: dict[str, list[dict[str, Any]]] = json.loads(
    subprocess.run(
        [NODE, str(ROOT / "tests" / "snippets" / "pages.ts"), "python", SDK_VERSION],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
)
CASES = [
    pytest.param(slug, s, id=f"anthropic-{SDK_VERSION}/{slug}/{s['id']}")
    for slug, scenarios in SCENARIOS.items()
    for s in scenarios
]


def _resolve_class(name: str, module: ModuleType) -> type:
    for source in (module, anthropic, builtins):
        cls = getattr(source, name, None)
        if isinstance(cls, type):
            return cls
    raise AssertionError(f"unknown class {name}")


def check_error(err: BaseException | None, spec: dict[str, Any], module: ModuleType) -> None:
    assert err is not None, "expected an exception, got a result"
    if "class" in spec:
        cls = _resolve_class(spec["class"], module)
        assert type(err) is cls, f"expected exactly {spec['class']}, got {type(err).__name__}: {err}"
    for name in spec.get("instanceOf", []):
        assert isinstance(err, _resolve_class(name, module)), f"{type(err).__name__} should be a {name}"
    for name in spec.get("notInstanceOf", []):
        assert not isinstance(err, _resolve_class(name, module)), f"{type(err).__name__} should not be a {name}"
    for name, expected in spec.get("attrs", {}).items():
        assert hasattr(err, name), f"{type(err).__name__} has no attribute {name}"
        assert getattr(err, name) == expected, f"{type(err).__name__}.{name}"
    if "messageIncludes" in spec:
        assert spec["messageIncludes"] in str(err), f"message: {err}"
    if "messageMatches" in spec:
        assert re.fullmatch(spec["messageMatches"], str(err)), f"message: {err}"
    if "cause" in spec:
        check_error(err.__cause__, spec["cause"], module)


def check_waits(recorded: list[tuple[str, float]], expected: list[dict[str, Any]]) -> None:
    assert [by for by, _ in recorded] == [w["by"] for w in expected], f"waits: got {recorded}, expected {expected}"
    for i, ((by, seconds), w) in enumerate(zip(recorded, expected, strict=True)):
        lo, hi = (w["seconds"], w["seconds"]) if isinstance(w["seconds"], (int, float)) else w["seconds"]
        assert lo - 1e-6 <= seconds <= hi + 1e-6, f"wait #{i + 1} ({by}): {seconds} s, expected {w['seconds']}"


def check_attempts(attempts: list[dict[str, Any]], scenario: dict[str, Any], recorded: list[tuple[str, float]]) -> None:
    expect = scenario["expect"]  # resolved for SDK_VERSION by pages.ts
    assert len(attempts) == expect["attempts"], "attempts at the server"
    assert all(a["method"] == "POST" and a["path"] == "/v1/messages" for a in attempts)
    # x-stainless-retry-count: 0 on each call of the snippet, +1 on each SDK retry.
    counts = [0]
    for w in expect["waits"]:
        counts.append(counts[-1] + 1 if w["by"] == "sdk" else 0)
    assert [int(a["headers"]["x-stainless-retry-count"]) for a in attempts] == counts[: len(attempts)]
    # Gaps at the server: from the end of one attempt to the arrival of the next.
    for i in range(1, len(attempts)):
        ended = attempts[i - 1]["endedAt"]
        assert ended is not None, f"attempt {i} never ended"
        gap = attempts[i]["arrivedAt"] - ended
        want = recorded[i - 1][1] * 1000 if scenario.get("realTime") else 0
        assert want - EARLY_MS <= gap <= want + LATE_MS, (
            f"gap before attempt {i + 1}: {gap:.0f} ms, expected {want:.0f} ms (-{EARLY_MS}/+{LATE_MS})"
        )


def check_logged(logged: str, attempts: list[dict[str, Any]], expected: list[int] | None) -> None:
    if expected is None:
        return
    found = [n for n, a in enumerate(attempts, 1) if a["requestId"] and a["requestId"] in logged]
    assert found == expected, "attempts whose request-id the snippet logged"


def run(
    fault_server: FaultServer, wait_log: WaitLog, scenario: dict[str, Any], call: Callable[[anthropic.Anthropic], Any]
) -> tuple[Any, BaseException | None, list[dict[str, Any]]]:
    fault_server.load(scenario["responses"])
    wait_log.real_time = bool(scenario.get("realTime"))
    timeout = scenario.get("clientTimeoutMs")
    client = anthropic.Anthropic(
        base_url=fault_server.url,
        api_key="test-key",
        **({"timeout": timeout / 1000} if timeout is not None else {}),
    )
    result: Any = None
    error: BaseException | None = None
    try:
        result = call(client)
    except Exception as e:
        error = e
    finally:
        client.close()
    return result, error, fault_server.attempts()


@pytest.mark.parametrize(("slug", "scenario"), CASES)
def test_scenario(
    slug: str, scenario: dict[str, Any], fault_server: FaultServer, wait_log: WaitLog, caplog: pytest.LogCaptureFixture
) -> None:
    expect = scenario["expect"]
    assert "error" not in expect, expect.get("error")  # no expectation declared for SDK_VERSION
    caplog.set_level(logging.WARNING)
    result, error, attempts = run(fault_server, wait_log, scenario, lambda c: _call(slug, c, wait_log))
    outcome = expect["outcome"]
    if outcome["kind"] == "message":
        assert error is None, f"expected a message, got {error!r}"
        assert result.type == "message"
        assert result.content[0].text == MESSAGE_TEXT
        assert result.stop_reason == "end_turn"
    else:
        check_error(error, outcome["raised"], SNIPPETS[slug])
    check_waits(wait_log.entries, expect["waits"])
    check_attempts(attempts, scenario, wait_log.entries)
    check_logged(caplog.text, attempts, expect.get("loggedRequestIds"))


def test_known_bad_status_code_snippet_is_caught(fault_server: FaultServer, wait_log: WaitLog) -> None:
    """Expected failure: the popular snippet crashes on a connection error, and the harness sees it."""
    scenario = next(s for s in SCENARIOS["500"] if s["id"] == "dropped-connection-never-clears")
    _, error, attempts = run(fault_server, wait_log, scenario, lambda c: KNOWN_BAD.create_with_retry(c, PARAMS))
    # `anthropic.APIError` has no status_code: APIConnectionError reaches `e.status_code < 500`
    # after the SDK's own 2 retries, and the snippet dies instead of retrying.
    assert type(error) is AttributeError, f"the known-bad snippet should fail with AttributeError, got {error!r}"
    assert "status_code" in str(error)
    assert isinstance(error.__context__, anthropic.APIConnectionError)
    assert len(attempts) == 3
    assert [by for by, _ in wait_log.entries] == ["sdk", "sdk"]


def test_known_bad_status_code_snippet_fails_mypy() -> None:
    """The same bug is visible statically: mypy --strict rejects `e.status_code` on APIError."""
    fixture = Path(__file__).parent / "fixtures" / "known_bad_status_code.py"
    r = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(Path(__file__).parent / "mypy.ini"), str(fixture)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert r.returncode == 1, r.stdout + r.stderr
    assert '"APIError" has no attribute "status_code"' in r.stdout
