"""Every MCP revision the pinned SDK speaks, on both backends, against the SDK's own models.

tests/data/mcp/revisions.jsonl holds messages of each revision and the SDK's verdict on each
(tools/gen_mcp_revisions.py writes it from ``mcp_types``; ``test_fixture_is_current`` regenerates
it in memory). In strict mode, what the SDK accepts parses, with its method and the revision it
claims; what it rejects is refused, apart from the documented differences (tests/mcp/README.md,
"Revisions"). The SDK client's real first messages, captured on stdio, parse in strict mode too.
"""

from __future__ import annotations

import copy
import functools
import importlib.util
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sark_accel.mcp import KNOWN_METHODS, PROTOCOL_VERSIONS, MCPError, Message, method_revisions, parse_message

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "mcp" / "revisions.jsonl"
# The generator lives in the checkout's tools/ (tests may run from a copy of tests/ elsewhere).
TOOLS = Path(os.environ.get("SARK_REPO_ROOT") or Path(__file__).resolve().parents[2]) / "tools"
CASES: list[dict[str, Any]] = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]

# The SDK's models refuse these, the parser accepts them: it checks the params a gateway decides
# on, not every field (README, "Revisions").
SDK_REJECTS_WE_ACCEPT = {"type:ttl": "notifications/tasks/status: ttl is an integer or null; checked as present only"}


@functools.cache
def generator() -> ModuleType:
    path = TOOLS / "gen_mcp_revisions.py"
    if not path.exists():
        pytest.skip("tools/gen_mcp_revisions.py not found: set SARK_REPO_ROOT to a checkout")
    spec = importlib.util.spec_from_file_location("gen_mcp_revisions", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def documented_difference(case: dict[str, Any]) -> str | None:
    """Why the parser accepts a message the SDK rejects, or None."""
    if case["sdk"] == "rejects" and case["protocol_version"] is None and case["sdk_2025_11_25"] == "accepts":
        # The SDK judges it as a 2026-07-28 message (its session knows the revision); the
        # message does not say so, and it is a valid message of the handshake revisions.
        return "claims no revision"
    for suffix, why in SDK_REJECTS_WE_ACCEPT.items():
        if case["case"].endswith(":" + suffix):
            return why
    return None


def strict_parse(message: Any, backend: str) -> Message:
    parsed = parse_message(json.dumps(message), strict=True, backend=backend)
    assert isinstance(parsed, Message)
    return parsed


def test_fixture_is_current() -> None:
    pytest.importorskip("mcp_types")
    assert generator().render() == FIXTURE.read_text(encoding="utf-8"), "run python tools/gen_mcp_revisions.py"


@pytest.mark.parametrize("case", CASES, ids=[c["case"] for c in CASES])
def test_revision_case(case: dict[str, Any], backend: str) -> None:
    why = documented_difference(case)
    if case["sdk"] == "accepts" or why is not None:
        assert why is None or case["sdk"] == "rejects", f"listed as a difference ({why}), but the SDK accepts it"
        m = strict_parse(case["message"], backend)
        assert (m.method, m.protocol_version) == (case["method"], case["protocol_version"])
        assert m.kind == ("request" if "id" in case["message"] else "notification")
        return
    with pytest.raises(MCPError) as err:
        strict_parse(case["message"], backend)
    assert err.value.code == (-32601 if case["case"].endswith(":not-in-revision") else -32602)


def test_method_table_is_the_sdks() -> None:
    """Each known method's revisions are those the SDK accepts its messages in; no other is known."""
    from_sdk: dict[str, set[str]] = {}
    for c in CASES:
        if c["sdk"] == "accepts":
            from_sdk.setdefault(c["method"], set()).add(c["revision"])
    assert set(KNOWN_METHODS) == set(from_sdk)
    for method, revisions in from_sdk.items():
        assert method_revisions(method) == tuple(v for v in PROTOCOL_VERSIONS if v in revisions), method


def test_protocol_versions_are_the_sdks() -> None:
    version = pytest.importorskip("mcp_types.version")
    assert PROTOCOL_VERSIONS == version.KNOWN_PROTOCOL_VERSIONS


ACCEPTED = [c for c in CASES if c["sdk"] == "accepts" and isinstance(c["message"].get("params"), dict)]
# Member names no model of the pinned SDK knows (its params models ignore unknown members).
EXTRA_KEYS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8).map(lambda s: "x_" + s)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(ACCEPTED),
    st.dictionaries(EXTRA_KEYS, JSON_VALUES, max_size=3),
    st.one_of(st.integers(-(2**63), 2**63 - 1), st.text(max_size=10)),
)
def test_sdk_accepted_messages_with_extra_members(
    native: ModuleType, case: dict[str, Any], extra: dict[str, Any], rid: Any
) -> None:
    """Members the SDK's models ignore, and any valid id, change nothing: the SDK still accepts
    the message (checked here), and both backends parse it alike, with its method and revision."""
    models = pytest.importorskip("mcp_types.methods")
    gen = generator()
    message = copy.deepcopy(case["message"])
    message["params"].update(extra)
    if "id" in message:
        message["id"] = rid
    model = gen.surface()[(case["method"], case["revision"])]
    assert models is not None and gen.verdict(model, message) == "accepts"
    go, python = (strict_parse(message, b) for b in ("go", "python"))
    assert go == python
    assert (go.method, go.protocol_version, go.id) == (case["method"], case["protocol_version"], message.get("id"))


def test_strict_mode_refuses_methods_no_revision_defines(backend: str) -> None:
    for method in ("tools/delete", "server/discover/x", "tasks/run", "notifications/tasks", "Tools/list"):
        assert not method_revisions(method)
        with pytest.raises(MCPError) as err:
            parse_message(json.dumps({"jsonrpc": "2.0", "id": 1, "method": method}), strict=True, backend=backend)
        assert (err.value.code, err.value.data["reason"]) == (-32601, "unknown method")
        parse_message(json.dumps({"jsonrpc": "2.0", "id": 1, "method": method}), backend=backend)  # not strict: passes


# The SDK client's real traffic: a tee between the client and an SDK server on stdio records the
# lines each side writes.
_TEE = """
import subprocess, sys, threading
sent, received = open(sys.argv[1], "ab", buffering=0), open(sys.argv[2], "ab", buffering=0)
child = subprocess.Popen(sys.argv[3:], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
def replies():
    for line in child.stdout:
        received.write(line)
        sys.stdout.buffer.write(line)
        sys.stdout.buffer.flush()
threading.Thread(target=replies, daemon=True).start()
for line in sys.stdin.buffer:
    sent.write(line)
    child.stdin.write(line)
    child.stdin.flush()
child.stdin.close()
child.wait()
"""
_SERVER = """
from mcp.server.mcpserver import MCPServer
app = MCPServer("revisions-test")
@app.tool()
def echo(text: str) -> str:
    return text
app.run()
"""
_CLIENT = """
import sys, anyio
from mcp import Client, StdioServerParameters
async def main(mode):
    tee = [sys.argv[1], sys.argv[2], sys.argv[3], sys.executable, sys.argv[4]]
    async with Client(StdioServerParameters(command=sys.executable, args=tee), mode=mode) as client:
        await client.list_tools()
        await client.call_tool("echo", {"text": "hi"})
anyio.run(main, sys.argv[5])
"""


@pytest.fixture(scope="module", params=["auto", "legacy"])
def sdk_traffic(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path, Path]:
    """(mode, lines the client sent, lines the server sent) of one SDK client session on stdio."""
    pytest.importorskip("mcp")
    mode, tmp_path = request.param, tmp_path_factory.mktemp("sdk")
    for name, text in (("tee.py", _TEE), ("server.py", _SERVER), ("client.py", _CLIENT)):
        (tmp_path / name).write_text(textwrap.dedent(text), encoding="utf-8")
    sent, received = tmp_path / "sent.jsonl", tmp_path / "received.jsonl"
    run = [sys.executable, "client.py", "tee.py", str(sent), str(received), "server.py", mode]
    subprocess.run(run, cwd=tmp_path, check=True, timeout=120, capture_output=True)  # the limit only catches a hang
    return mode, sent, received


def test_sdk_client_first_messages(sdk_traffic: tuple[str, Path, Path], backend: str) -> None:
    """mode "auto" (the SDK 2.x default) opens with server/discover in 2026-07-28; "legacy" with
    the initialize handshake (2025-11-25). Every line either side writes parses in strict mode."""
    mode, sent, received = sdk_traffic
    requests = [parse_message(line, strict=True, backend=backend) for line in sent.read_bytes().splitlines()]
    calls = [(m.method, m.protocol_version) for m in requests if isinstance(m, Message)]
    if mode == "auto":
        assert calls == [(m, "2026-07-28") for m in ("server/discover", "tools/list", "tools/call")]
    else:
        assert calls[:2] == [("initialize", "2025-11-25"), ("notifications/initialized", None)]
        assert calls[2:] == [("tools/list", None), ("tools/call", None)]
    replies = [parse_message(line, strict=True, backend=backend) for line in received.read_bytes().splitlines()]
    assert [m.kind for m in replies if isinstance(m, Message)] == ["result"] * (len(calls) - (mode == "legacy"))
