# Cross-check of the visualiser's model against the Python wrapper snippets (see
# visualiser-cases.ts): for the snippets' parameters and the same random numbers, the waits the
# model predicts must be the waits the snippet and the SDK asked for against the fault server.
# The model's numbers come from `node tests/snippets/visualiser-cases.ts`; the snippet gets the
# same random numbers through `rand`, and the SDK's `random()` returns the case's constant.
from __future__ import annotations

import importlib.util
import json
import subprocess
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import anthropic
import anthropic._base_client
import pytest
from conftest import NODE, ROOT, FaultServer, WaitLog

PARAMS: dict[str, Any] = {
    "model": "claude-sonnet-5",
    "max_tokens": 256,
    "messages": [{"role": "user", "content": "Hello"}],
}


def _snippet(slug: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        f"visualiser_snippet_{slug}", ROOT / "content" / "errors" / slug / "snippet.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SNIPPETS = {slug: _snippet(slug) for slug in ("500", "529")}

CASES: list[dict[str, Any]] = json.loads(
    subprocess.run(
        [NODE, str(ROOT / "tests" / "snippets" / "visualiser-cases.ts")],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
)


@pytest.mark.parametrize(
    "case", CASES, ids=[f"anthropic-{anthropic.__version__}/{c['id']}" for c in CASES]
)
def test_the_model_predicts_the_waits_the_python_snippet_asks_for(
    case: dict[str, Any],
    fault_server: FaultServer,
    wait_log: WaitLog,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fault_server.load(case["responses"])
    monkeypatch.setattr(anthropic._base_client, "random", lambda: case["sdkRandom"])
    randoms: Iterator[float] = iter(case["randoms"])
    client = anthropic.Anthropic(base_url=fault_server.url, api_key="test-key")
    snippet = SNIPPETS[case["slug"]]
    call = snippet.create_with_backoff if case["slug"] == "500" else snippet.stream_with_backoff
    try:
        with pytest.raises(anthropic.APIStatusError):
            call(client, PARAMS, sleep=wait_log.snippet_sleep, rand=lambda: next(randoms))
    finally:
        client.close()
    expected = case["expected"]
    assert len(fault_server.attempts()) == len(expected) + 1, "requests at the server"
    assert [by for by, _ in wait_log.entries] == [w["by"] for w in expected], "who waited, in order"
    for i, ((by, seconds), want) in enumerate(zip(wait_log.entries, expected, strict=True)):
        assert seconds == pytest.approx(want["seconds"], rel=1e-12, abs=1e-12), (
            f"wait #{i + 1} ({by}): model {want['seconds']}"
        )
    assert next(randoms, None) is None, "the snippet drew exactly the numbers the model drew"
