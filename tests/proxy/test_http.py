"""`sark-accel proxy --listen ... --upstream ...`: the official SDK client -> the proxy -> the
official SDK server, over streamable HTTP, credentials from the Authorization header."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Optional

import anyio
import httpx2
import jwt
import pytest
from mcp import Client
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.exceptions import MCPError
from proxy_helpers import HANG, JWT_SECRET, tool_calls
from test_stdio import leaves, text

pytestmark = pytest.mark.usefixtures("native")


def bearer(sub: str, roles: list[str]) -> str:
    return "Bearer " + jwt.encode({"sub": sub, "roles": roles}, JWT_SECRET, algorithm="HS256")


def client(url: str, authorization: Optional[str], mode: str = "auto") -> Client:
    headers = {"Authorization": authorization} if authorization else {}
    return Client(streamable_http_client(url, http_client=httpx2.AsyncClient(headers=headers)), mode=mode)


@pytest.mark.parametrize("mode", ["auto", "legacy"])
def test_allowed_calls_return_the_result_denied_ones_never_reach_the_server(
    http_proxy: str, record: Path, tmp_path: Path, mode: str
) -> None:
    token = bearer("dev", ["developer"])

    async def session() -> None:
        with anyio.fail_after(HANG):
            async with client(http_proxy, token, mode) as c:
                assert text(await c.call_tool("docs.search", {"query": "roadmap"})) == "found: roadmap"
                with pytest.raises(MCPError) as denied:
                    await c.call_tool("db.query", {"sql": "DROP TABLE users"})
                assert denied.value.code == -32001 and denied.value.message == "Request denied"
                assert denied.value.data == {"reasons": ["argument_forbidden_pattern: sql (ddl)"], "stage": "policy"}
                redacted = text(await c.call_tool("docs.search", {"query": "poison"}))
                assert "IGNORE ALL PREVIOUS" not in redacted and "[redacted: possible prompt injection]" in redacted

    anyio.run(session)
    assert tool_calls(record) == [
        {"tool": "docs.search", "arguments": {"query": "roadmap"}},
        {"tool": "docs.search", "arguments": {"query": "poison"}},
    ]
    audit = (tmp_path / "audit.jsonl").read_text()
    assert token.split()[1] not in audit  # credentials never reach the audit log
    results = [json.loads(line)["result"] for line in audit.splitlines()]
    assert {"allow": False, "redacted": True, "reasons": results[-1]["reasons"], "stage": "result"} == results[-1]


def test_credentials_come_from_the_authorization_header(http_proxy: str, record: Path) -> None:
    async def refused(authorization: Optional[str]) -> list[str]:
        with anyio.fail_after(HANG):
            async with client(http_proxy, authorization) as c:
                with pytest.raises(MCPError) as denied:
                    await c.call_tool("docs.search", {"query": "x"})
                reasons: list[str] = denied.value.data["reasons"]
                return reasons

    assert anyio.run(refused, None) == ["unauthenticated: missing_credentials"]
    forged = "Bearer " + jwt.encode(
        {"sub": "admin", "roles": ["admin"]}, "another-secret-0123456789abcdefghij", "HS256"
    )
    assert anyio.run(refused, forged) == ["unauthenticated: bad_signature"]
    assert tool_calls(record) == []


def test_an_upstream_crash_ends_the_call_with_an_error(http_proxy: str) -> None:
    async def session() -> BaseException:
        with anyio.fail_after(HANG):
            try:
                async with client(http_proxy, bearer("dev", ["developer"])) as c:
                    await c.call_tool("docs.search", {"query": "crash"})
            except BaseException as exc:
                return exc
        raise AssertionError("the call returned although the server died")

    exc = anyio.run(session)
    assert any(isinstance(e, MCPError) and e.message.startswith("Upstream unavailable") for e in leaves(exc)), exc


def post(url: str, body: dict[str, Any], **headers: str) -> dict[str, Any]:
    reply = httpx2.post(
        url, json=body, headers={"Accept": "application/json, text/event-stream", **headers}, timeout=HANG
    )
    result: dict[str, Any] = reply.json()
    return result


def test_an_mcp_method_header_naming_another_method_is_refused(http_proxy: str, record: Path) -> None:
    call = {
        "jsonrpc": "2.0",
        "id": 1,
        "method": "tools/call",
        "params": {"name": "db.query", "arguments": {"sql": "x"}},
    }
    reply = post(http_proxy, call, Authorization=bearer("dev", ["developer"]), **{"mcp-method": "tools/list"})
    assert reply["id"] == 1 and reply["error"]["code"] == -32600, reply
    assert tool_calls(record) == []
