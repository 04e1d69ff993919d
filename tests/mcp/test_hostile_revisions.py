"""Hostile shapes of the 2026-07-28 revision (``_meta`` envelope, ``tasks/*``,
``subscriptions/listen``): each gets the answer written here, the same on both backends, at
sizes near the default 4 MiB limit (a lookup that is not linear would show as a hang)."""

from __future__ import annotations

import json
from typing import Any, Callable

import pytest

from sark_accel.mcp import MCPError, parse_message

pytestmark = pytest.mark.usefixtures("native")

REVISION = "io.modelcontextprotocol/protocolVersion"
CAPABILITIES = "io.modelcontextprotocol/clientCapabilities"


def envelope(**extra: Any) -> dict[str, Any]:
    return {REVISION: "2026-07-28", CAPABILITIES: {}, **extra}


def request(method: str, params: dict[str, Any], message_id: Any = 1) -> str:
    return json.dumps({"jsonrpc": "2.0", "id": message_id, "method": method, "params": params})


def many_members(n: int) -> str:
    """A 2026-07-28 tools/list whose _meta has n members before the envelope's (all of one
    length and first and last letter: the duplicate-key check's filter sees them all collide)."""
    members = ",".join(f'"k{i:07d}x":0' for i in range(n))
    meta = members + f',"{REVISION}":"2026-07-28","{CAPABILITIES}":{{}}'
    return '{"jsonrpc":"2.0","id":1,"method":"tools/list","params":{"_meta":{' + meta + "}}}"


def outcome(data: str | bytes, backend: str, **options: Any) -> Any:
    try:
        result = parse_message(data, backend=backend, **options)
    except MCPError as e:
        return ("error", e.code, e.data.get("reason"), e.id)
    messages = result if isinstance(result, list) else [result]
    return ("ok", [m.summary() for m in messages])


def deep_meta(depth: int) -> str:
    return request("tools/list", {"_meta": envelope(x=json.loads("[" * depth + "]" * depth))})


CASES: dict[str, tuple[Callable[[], str | bytes], Callable[[Any], bool]]] = {
    "meta_nested_past_the_limit": (lambda: deep_meta(80), lambda o: o[:3] == ("error", -32600, "nesting too deep")),
    "meta_nested_to_the_limit": (lambda: deep_meta(60), lambda o: o[0] == "ok"),
    "meta_290k_members_near_4mib": (
        lambda: many_members(290_000),
        lambda o: o[0] == "ok" and o[1][0]["protocol_version"] == "2026-07-28",
    ),
    "meta_duplicate_revision_escaped": (
        lambda: request("tools/list", {"_meta": envelope()}).replace(
            '"_meta": {', '"_meta": {"\\u0069o.modelcontextprotocol/protocolVersion": "2025-06-18", ', 1
        ),
        lambda o: o[:3] == ("error", -32600, "duplicate key"),
    ),
    "meta_revision_not_utf8": (
        lambda: request("tools/list", {"_meta": envelope()}).encode().replace(b"2026-07-28", b"2026-07-\xff8"),
        lambda o: o[:3] == ("error", -32700, "invalid UTF-8"),
    ),
    "id_string_of_3mib": (
        lambda: request("tasks/get", {"taskId": "t"}, "i" * (3 << 20)),
        lambda o: o[0] == "ok" and o[1][0]["id"] == "i" * (3 << 20),
    ),
    "id_integer_of_1000_digits": (
        lambda: request("tasks/get", {"taskId": "t"}).replace('"id": 1', '"id": ' + "9" * 1000),
        lambda o: o[:3] == ("error", -32600, "id must be a string or an integer"),
    ),
    "tasks_batch_at_the_limit": (
        lambda: "[" + ",".join(request(m, {"taskId": str(i)}, i) for i in range(1000) for m in ["tasks/get"]) + "]",
        lambda o: o[0] == "ok" and len(o[1]) == 1000 and o[1][999]["method"] == "tasks/get",
    ),
    "tasks_batch_past_the_limit": (
        lambda: "[" + ",".join(request("tasks/cancel", {"taskId": "t"}, i) for i in range(1001)) + "]",
        lambda o: o[:3] == ("error", -32600, "batch too large"),
    ),
    "listen_with_a_huge_notifications_object": (
        lambda: request(
            "subscriptions/listen", {"notifications": {f"n{i}": [i] * 4 for i in range(50_000)}, "_meta": envelope()}
        ),
        lambda o: o[0] == "ok" and o[1][0]["method"] == "subscriptions/listen",
    ),
    "listen_without_the_envelope": (
        lambda: request("subscriptions/listen", {"notifications": {}}),
        lambda o: o[:3] == ("error", -32602, "params._meta is required"),
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
@pytest.mark.parametrize("strict", [False, True])
def test_hostile_revision_shapes(name: str, strict: bool) -> None:
    build, expected = CASES[name]
    data = build()
    go, py = outcome(data, "go", strict=strict), outcome(data, "python", strict=strict)
    assert go == py, name
    assert expected(go), go if len(repr(go)) < 2000 else repr(go)[:2000]
