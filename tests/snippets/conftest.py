# Fixtures for the Python snippet runner (see the comment at the top of test_snippets.py).
#
# The fault server is the same Node implementation the TypeScript runner uses
# (fault-server.ts), started once per session as a subprocess; pytest drives it through its
# control API (POST /__scenario, GET /__attempts).
from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import anthropic._base_client
import pytest

sys.dont_write_bytecode = True  # keep __pycache__ out of content/errors/*

ROOT = Path(__file__).resolve().parents[2]
NODE = str(ROOT / "node_modules" / ".bin" / "node")


class FaultServer:
    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [NODE, str(ROOT / "tests" / "snippets" / "fault-server.ts")],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError("fault server did not start")
        self.url: str = json.loads(line)["url"]

    def load(self, responses: list[dict[str, Any]]) -> None:
        req = urllib.request.Request(
            self.url + "/__scenario",
            data=json.dumps({"responses": responses}).encode(),
            headers={"content-type": "application/json"},
            method="POST",
        )
        with urllib.request.urlopen(req) as r:
            r.read()

    def attempts(self) -> list[dict[str, Any]]:
        with urllib.request.urlopen(self.url + "/__attempts") as r:
            return list(json.loads(r.read())["attempts"])

    def stop(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture(scope="session")
def fault_server() -> Iterator[FaultServer]:
    server = FaultServer()
    yield server
    server.stop()


@dataclass
class WaitLog:
    """Every wait requested during a scenario, by the SDK and by the snippet, in order."""

    real_time: bool = False
    entries: list[tuple[str, float]] = field(default_factory=list)

    def _wait(self, seconds: float) -> None:
        time.sleep(seconds if self.real_time else 0)

    def sdk_sleep(self, seconds: float) -> None:
        self.entries.append(("sdk", seconds))
        self._wait(seconds)

    def snippet_sleep(self, seconds: float) -> None:
        self.entries.append(("snippet", seconds))
        self._wait(seconds)


class _SdkTime:
    """Stands in for the `time` module of anthropic._base_client; only sleep() is recorded."""

    def __init__(self, log: WaitLog) -> None:
        self._log = log

    def sleep(self, seconds: float) -> None:
        self._log.sdk_sleep(seconds)

    def __getattr__(self, name: str) -> Any:
        return getattr(time, name)


@pytest.fixture
def wait_log(monkeypatch: pytest.MonkeyPatch) -> WaitLog:
    # The SDK computes every delay itself (backoff, jitter, retry-after, retry-after-ms,
    # HTTP dates); only its final time.sleep() is routed to the recorder.
    log = WaitLog()
    monkeypatch.setattr(anthropic._base_client, "time", _SdkTime(log))
    return log


@pytest.fixture(autouse=True)
def _no_anthropic_env(monkeypatch: pytest.MonkeyPatch) -> None:
    # The tests pass base_url and api_key explicitly; make sure no ANTHROPIC_* setting leaks in.
    import os

    for name in list(os.environ):
        if name.startswith("ANTHROPIC_"):
            monkeypatch.delenv(name)
