"""The proxy's options: its own policy bundle and data, metrics, usage errors, notifications."""

from __future__ import annotations

import json
import tarfile
import time
import urllib.request
from pathlib import Path

import pytest
from proxy_helpers import HANG, free_port
from test_stdio import exchange, start

from sark_accel.proxy._options import parse

POLICY = """package sark.gateway

default allow := false

allow if input.tool.name == data.proxy_test.allowed_tool

decision := {"allow": allow, "reasons": reasons}

reasons := [] if allow

reasons := ["not_the_allowed_tool"] if not allow
"""


def call(i: int, tool: str) -> bytes:
    params = {"name": tool, "arguments": {"q": "x"}}
    return json.dumps({"jsonrpc": "2.0", "id": i, "method": "tools/call", "params": params}).encode() + b"\n"


def bundle(root: Path) -> Path:
    root.mkdir()
    (root / ".manifest").write_text('{"roots": ["sark/gateway"], "rego_version": 1}')
    (root / "policy.rego").write_text(POLICY)
    return root


@pytest.mark.usefixtures("native")
@pytest.mark.parametrize("packed", [False, True])
def test_policy_and_data_options_decide(tmp_path: Path, packed: bool) -> None:
    policy = bundle(tmp_path / "bundle")
    if packed:
        with tarfile.open(tmp_path / "bundle.tar.gz", "w:gz") as tar:
            for f in policy.iterdir():
                tar.add(f, arcname=f.name)
        policy = tmp_path / "bundle.tar.gz"
    data = tmp_path / "data.json"
    data.write_text('{"proxy_test": {"allowed_tool": "db.query"}}')
    proc, record = start(tmp_path, "--principal", "a", "--policy", str(policy), "--data", str(data))
    try:
        assert exchange(proc, call(1, "db.query"))["result"] == {"ok": True}
        denied = exchange(proc, call(2, "docs.search"))
        assert denied["error"]["data"] == {"reasons": ["not_the_allowed_tool"], "stage": "policy"}
    finally:
        proc.kill()
    assert [json.loads(line)["id"] for line in record.read_bytes().splitlines()[1:]] == [1]


@pytest.mark.usefixtures("native")
def test_a_denied_notification_is_dropped_without_an_answer(tmp_path: Path) -> None:
    proc, record = start(tmp_path, "--principal", "a", "--role", "developer")
    notification = (
        b'{"jsonrpc":"2.0","method":"tools/call","params":{"name":"db.query","arguments":{"sql":"DROP TABLE t"}}}\n'
    )
    try:
        assert proc.stdin is not None
        proc.stdin.write(notification)
        assert exchange(proc, b'{"jsonrpc":"2.0","id":9,"method":"ping"}\n')["id"] == 9  # the first answer
    finally:
        proc.kill()
    assert record.read_bytes().splitlines()[1:] == [b'{"jsonrpc":"2.0","id":9,"method":"ping"}']


@pytest.mark.usefixtures("native")
def test_metrics_count_the_decisions(tmp_path: Path) -> None:
    pytest.importorskip("prometheus_client")
    port = free_port()
    proc, _ = start(tmp_path, "--principal", "a", "--role", "developer", "--metrics-port", str(port))
    try:
        exchange(proc, call(1, "db.query"))  # no sql argument: the shipped policy denies
        exchange(
            proc,
            b'{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"docs.search","arguments":{"query":"x"}}}\n',
        )
        deadline, text = time.monotonic() + HANG, ""
        while "sark_accel_proxy_decisions_total" not in text and time.monotonic() < deadline:
            text = urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=HANG).read().decode()
    finally:
        proc.kill()
    counts = {
        line.split("{")[1].split("}")[0]: float(line.split()[-1])
        for line in text.splitlines()
        if line.startswith("sark_accel_proxy_decisions_total{")
    }
    assert counts == {
        'kind="authorize",outcome="deny",stage="policy"': 1.0,
        'kind="authorize",outcome="allow",stage="policy"': 1.0,
        'kind="result",outcome="allow",stage="result"': 1.0,
    }, counts


@pytest.mark.parametrize(
    "argv",
    [
        ["--listen", "127.0.0.1:1"],  # no --upstream
        ["--listen", "127.0.0.1:1", "--upstream", "http://127.0.0.1:2/mcp", "--principal", "a"],
        ["--listen", "127.0.0.1:1", "--upstream", "http://127.0.0.1:2/mcp", "--", "python", "server.py"],
        [],  # neither a command nor --listen
        ["--principal", "a", "--credentials-env", "TOKEN", "--", "python", "server.py"],
        ["--max-message-bytes", "10", "--", "python", "server.py"],
    ],
)
def test_usage_errors_exit_with_status_2(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        parse(argv)
    assert exc.value.code == 2
