"""Regenerate the MCP corpus (tests/data/mcp/{valid,invalid}/) and its expected results.

    python tests/mcp/regen_data.py

Writes every corpus file, then runs the pure-Python reference on each file in several option
sets and writes tests/data/mcp/expected.jsonl, one JSON object per line:

    {"file": "valid/x.json", "options": {...}, "summary": {...}}
    {"file": "invalid/32600_x.json", "options": {...}, "error": {code, message, data, id},
     "response": "<the exact error response text>"}
    {"file": ..., "op": "get_path", "path": [...], "value": "<canonical JSON>" | null}  (or error)

An empty path means canonicalize(data).

The Go tests replay the same files with the same options and demand equal results.
Invalid files are named ``<abs(code)>_<slug>.json``: the code expected with default options.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from sark_accel.mcp._python import canonicalize, get_path, parse_summary  # noqa: E402
from sark_accel.mcp.errors import MCPError  # noqa: E402

DATA = ROOT / "tests" / "data" / "mcp"


def j(obj: Any) -> bytes:
    """Pretty-ish JSON as real clients send it (spaces after separators)."""
    return json.dumps(obj, ensure_ascii=False).encode("utf-8")


def req(id: Any, method: str, params: Any = None) -> dict[str, Any]:
    m: dict[str, Any] = {"jsonrpc": "2.0", "id": id, "method": method}
    if params is not None:
        m["params"] = params
    return m


def notif(method: str, params: Any = None) -> dict[str, Any]:
    m: dict[str, Any] = {"jsonrpc": "2.0", "method": method}
    if params is not None:
        m["params"] = params
    return m


def tools_call(size: int) -> bytes:
    """A tools/call request of about ``size`` bytes (used by benchmarks too)."""
    base = req(
        "call-7f3a",
        "tools/call",
        {
            "name": "query_database",
            "arguments": {"query": "", "limit": 100, "params": {"region": "eu-west-1", "dry_run": False}},
            "_meta": {"progressToken": "tok-1", "session": {"user": {"id": "u-1234", "roles": ["analyst"]}}},
        },
    )
    out = j(base)
    pad = max(0, size - len(out))
    base["params"]["arguments"]["query"] = ("SELECT id, name FROM customers WHERE note = 'x' " * (pad // 48 + 1))[:pad]
    return j(base)


CLIENT_INFO = {"name": "sark-test", "version": "1.0"}
META_VERSION = "io.modelcontextprotocol/protocolVersion"
#: The per-request envelope of revision 2026-07-28, in params._meta.
ENVELOPE_2026 = {
    META_VERSION: "2026-07-28",
    "io.modelcontextprotocol/clientCapabilities": {},
    "io.modelcontextprotocol/clientInfo": CLIENT_INFO,
}
COMPLETION = {"ref": {"type": "ref/prompt", "name": "p"}, "argument": {"name": "a", "value": "b"}}

VALID: dict[str, bytes] = {
    "initialize.json": j(
        req(
            0,
            "initialize",
            {
                "protocolVersion": "2025-06-18",
                "capabilities": {"roots": {"listChanged": True}, "sampling": {}, "elicitation": {}},
                "clientInfo": {"name": "ExampleClient", "title": "Example Client", "version": "1.0.0"},
            },
        )
    ),
    "initialize_result.json": j(
        {
            "jsonrpc": "2.0",
            "id": 0,
            "result": {
                "protocolVersion": "2025-06-18",
                "capabilities": {"logging": {}, "tools": {"listChanged": True}, "resources": {"subscribe": True}},
                "serverInfo": {"name": "ExampleServer", "version": "2.1.0"},
                "instructions": "Use the tools wisely.",
            },
        }
    ),
    "ping.json": j(req("ping-1", "ping")),
    "ping_empty_params.json": j(req(5, "ping", {})),
    "ping_result.json": j({"jsonrpc": "2.0", "id": "ping-1", "result": {}}),
    "tools_list.json": j(req(1, "tools/list")),
    "tools_list_cursor.json": j(req(2, "tools/list", {"cursor": "eyJwYWdlIjoyfQ=="})),
    "tools_list_result.json": j(
        {
            "jsonrpc": "2.0",
            "id": 1,
            "result": {
                "tools": [
                    {
                        "name": "get_weather",
                        "title": "Weather",
                        "description": "Get current weather for a location",
                        "inputSchema": {
                            "type": "object",
                            "properties": {"location": {"type": "string"}},
                            "required": ["location"],
                        },
                    }
                ],
                "nextCursor": "next-page",
            },
        }
    ),
    "tools_call.json": j(
        req(3, "tools/call", {"name": "get_weather", "arguments": {"location": "New York", "units": "metric"}})
    ),
    "tools_call_no_arguments.json": j(req(4, "tools/call", {"name": "list_files"})),
    "tools_call_meta.json": j(
        req(
            "req-42",
            "tools/call",
            {
                "name": "run",
                "arguments": {"cmd": "ls", "z": 1.50, "a": -0, "big": 123456789012345678901234567890},
                "_meta": {"progressToken": 99, "traceparent": "00-abc-def-01"},
            },
        )
    )
    .replace(b'"a": 0,', b'"a": -0,')
    .replace(b'"z": 1.5,', b'"z": 1.50,'),
    "tools_call_unicode.json": '{"jsonrpc": "2.0", "id": 9, "method": "tools/call", "params": {"name": "translate", '
    '"arguments": {"text": "caf\\u00e9 \\ud83d\\ude00 \\"q\\" \\/ \\u0007 \u2028 日本語", '
    '"b": [1e3, 2E-2, 0.0, -1]}}}'.encode(),
    "tools_call_result.json": j(
        {
            "jsonrpc": "2.0",
            "id": 3,
            "result": {
                "content": [{"type": "text", "text": "Temperature: 72F, partly cloudy"}],
                "structuredContent": {"temperature": 72.5, "conditions": "Partly cloudy"},
                "isError": False,
                "_meta": {"cost": 3},
            },
        }
    ),
    "tools_call_2kb.json": tools_call(2048),
    "resources_list.json": j(req(10, "resources/list", {"cursor": "c1"})),
    "resources_read.json": j(req(11, "resources/read", {"uri": "file:///project/src/main.rs"})),
    "resources_read_result.json": j(
        {
            "jsonrpc": "2.0",
            "id": 11,
            "result": {
                "contents": [{"uri": "file:///project/src/main.rs", "mimeType": "text/x-rust", "text": "fn main() {}"}]
            },
        }
    ),
    "resources_templates_list.json": j(req(12, "resources/templates/list")),
    "resources_subscribe.json": j(req(13, "resources/subscribe", {"uri": "file:///project/log.txt"})),
    "resources_unsubscribe.json": j(req(14, "resources/unsubscribe", {"uri": "file:///project/log.txt"})),
    "prompts_list.json": j(req(15, "prompts/list", {})),
    "prompts_get.json": j(req(16, "prompts/get", {"name": "code_review", "arguments": {"code": "def hello(): pass"}})),
    "completion_complete.json": j(
        req(
            17,
            "completion/complete",
            {
                "ref": {"type": "ref/prompt", "name": "code_review"},
                "argument": {"name": "language", "value": "py"},
                "context": {"arguments": {"framework": "flask"}},
            },
        )
    ),
    "logging_set_level.json": j(req(18, "logging/setLevel", {"level": "warning"})),
    "sampling_create_message.json": j(
        req(
            19,
            "sampling/createMessage",
            {
                "messages": [{"role": "user", "content": {"type": "text", "text": "What is the capital of France?"}}],
                "modelPreferences": {"hints": [{"name": "claude-3-sonnet"}], "intelligencePriority": 0.8},
                "systemPrompt": "You are a helpful assistant.",
                "maxTokens": 100,
            },
        )
    ),
    "elicitation_create.json": j(
        req(
            20,
            "elicitation/create",
            {
                "message": "Please provide your GitHub username",
                "requestedSchema": {"type": "object", "properties": {"name": {"type": "string"}}, "required": ["name"]},
            },
        )
    ),
    "roots_list.json": j(req(21, "roots/list")),
    "roots_list_result.json": j(
        {
            "jsonrpc": "2.0",
            "id": 21,
            "result": {"roots": [{"uri": "file:///home/user/projects/myproject", "name": "My Project"}]},
        }
    ),
    "notif_initialized.json": j(notif("notifications/initialized")),
    "notif_cancelled.json": j(notif("notifications/cancelled", {"requestId": "123", "reason": "User requested"})),
    "notif_cancelled_int.json": j(notif("notifications/cancelled", {"requestId": 123})),
    "notif_progress.json": j(
        notif(
            "notifications/progress",
            {"progressToken": "abc123", "progress": 50, "total": 100, "message": "Reticulating splines..."},
        )
    ),
    "notif_progress_float.json": j(notif("notifications/progress", {"progressToken": 7, "progress": 0.5})),
    "notif_message.json": j(
        notif(
            "notifications/message",
            {
                "level": "error",
                "logger": "database",
                "data": {"error": "Connection failed", "details": {"host": "localhost"}},
            },
        )
    ),
    "notif_resources_updated.json": j(notif("notifications/resources/updated", {"uri": "file:///project/log.txt"})),
    "notif_resources_list_changed.json": j(notif("notifications/resources/list_changed")),
    "notif_tools_list_changed.json": j(notif("notifications/tools/list_changed")),
    "notif_prompts_list_changed.json": j(notif("notifications/prompts/list_changed")),
    "notif_roots_list_changed.json": j(notif("notifications/roots/list_changed")),
    "error_response.json": j({"jsonrpc": "2.0", "id": 3, "error": {"code": -32602, "message": "Unknown tool: x"}}),
    "error_response_data.json": j(
        {
            "jsonrpc": "2.0",
            "id": "a",
            "error": {"code": -32603, "message": "Internal error", "data": {"trace": ["a", "b"], "n": 1.0}},
        }
    ),
    "error_response_null_id.json": j(
        {"jsonrpc": "2.0", "id": None, "error": {"code": -32700, "message": "Parse error"}}
    ),
    "unknown_method.json": j(req(30, "vendor/custom", {"x": [1, 2, {"y": None}]})),
    "unknown_method_no_params.json": j(notif("vendor/event")),
    "unknown_method_arguments.json": j(req(31, "vendor/run", {"arguments": [1, 2], "_meta": "opaque"})),
    "extra_member.json": j({"jsonrpc": "2.0", "id": 32, "method": "ping", "x-trace": "abc"}),
    "id_negative_zero.json": b'{"jsonrpc":"2.0","id":-0,"method":"ping"}',
    "id_int64_max.json": b'{"jsonrpc":"2.0","id":9223372036854775807,"method":"ping"}',
    "id_int64_min.json": b'{"jsonrpc":"2.0","id":-9223372036854775808,"method":"ping"}',
    "id_empty_string.json": b'{"jsonrpc":"2.0","id":"","method":"ping"}',
    "id_escaped_string.json": b'{"jsonrpc":"2.0","id":"a\\"b\\u0041\\n","method":"ping"}',
    "escaped_keys.json": b'{"json\\u0072pc":"2.0","\\u0069d":1,"method":"tools\\/call","params":{"name":"t"}}',
    "whitespace.json": b' \r\n\t{ "jsonrpc" : "2.0" , "id" : 1 , "method" : "ping" }\n ',
    "batch.json": j(
        [req(1, "tools/list"), notif("notifications/initialized"), {"jsonrpc": "2.0", "id": 9, "result": {}}]
    ),
    "batch_with_invalid_elements.json": j(
        [
            req(1, "tools/call", {"name": "a"}),
            {"jsonrpc": "1.0", "id": 2, "method": "ping"},
            5,
            req(3, "tools/call", {"arguments": {}}),
            {"jsonrpc": "2.0", "method": "vendor/x"},
            [],
        ]
    ),
    "batch_single.json": j([req(1, "ping")]),
    # The checks that read deepest (params.context.arguments values, params.messages elements),
    # one level deeper inside a batch: the Go parser keeps nodes only as deep as they read.
    "batch_deep_checks.json": j(
        [
            req(1, "completion/complete", COMPLETION | {"context": {"arguments": {"a": "x", "b": "y"}}}),
            req(2, "completion/complete", COMPLETION | {"context": {"arguments": {"a": "x", "n": 1}}}),
            req(3, "completion/complete", COMPLETION | {"context": {"arguments": {"o": {"deep": [1]}}}}),
            req(4, "sampling/createMessage", {"messages": [{"role": "user"}, [1]], "maxTokens": 5}),
            req(5, "tools/call", {"name": "t", "arguments": {"a": {"b": {"c": {"d": [{"e": 1}]}}}}}),
        ]
    ),
    # Revisions: what each message claims (protocol_version) and the shapes that differ.
    "revision_initialize_2025_11_25.json": j(
        req(0, "initialize", {"protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": CLIENT_INFO})
    ),
    "revision_initialize_unknown.json": j(
        req(0, "initialize", {"protocolVersion": "2024-10-07", "capabilities": {}, "clientInfo": CLIENT_INFO})
    ),
    "revision_server_discover.json": j(req(1, "server/discover", {"_meta": ENVELOPE_2026})),
    "revision_tools_call_2026.json": j(
        req(2, "tools/call", {"name": "db.query", "arguments": {"sql": "select 1"}, "_meta": ENVELOPE_2026})
    ),
    "revision_subscriptions_listen.json": j(
        req(3, "subscriptions/listen", {"notifications": {"toolsListChanged": True}, "_meta": ENVELOPE_2026})
    ),
    "revision_elicitation_url.json": j(
        req(4, "elicitation/create", {"mode": "url", "message": "m", "url": "https://x.invalid/", "elicitationId": "e"})
    ),
    "revision_tasks_get.json": j(req(5, "tasks/get", {"taskId": "t-1"})),
    # 2025-11-25 made requestId optional (the SDK checks every handshake revision with its schema)
    "revision_cancelled_without_request_id.json": j(notif("notifications/cancelled", {"reason": "x"})),
    # valid, but not in the revision it claims: strict mode refuses it (-32601)
    "revision_ping_claims_2026.json": j(req(6, "ping", {"_meta": {META_VERSION: "2026-07-28"}})),
}

INVALID: dict[str, bytes] = {
    # -32700: bytes, grammar, surrogates
    "32700_invalid_utf8.json": b'{"jsonrpc":"2.0","id":1,"method":"\xff"}',
    "32700_overlong_utf8.json": b'{"jsonrpc":"2.0","id":1,"method":"\xc0\xaf"}',
    "32700_encoded_surrogate.json": b'{"jsonrpc":"2.0","id":1,"method":"\xed\xa0\x80"}',
    "32700_truncated.json": b'{"jsonrpc":"2.0","id":1,"method":"ping"',
    "32700_empty.json": b"",
    "32700_whitespace_only.json": b" \n ",
    "32700_trailing_garbage.json": b'{"jsonrpc":"2.0","id":1,"method":"ping"} x',
    "32700_two_values.json": b'{"jsonrpc":"2.0","id":1,"method":"ping"}{}',
    "32700_trailing_comma.json": b'{"jsonrpc":"2.0","id":1,"method":"ping",}',
    "32700_single_quotes.json": b"{'jsonrpc':'2.0','id':1,'method':'ping'}",
    "32700_nan.json": b'{"jsonrpc":"2.0","id":1,"method":"x","params":{"v":NaN}}',
    "32700_infinity.json": b'{"jsonrpc":"2.0","id":1,"method":"x","params":{"v":-Infinity}}',
    "32700_leading_zero.json": b'{"jsonrpc":"2.0","id":01,"method":"ping"}',
    "32700_plus_number.json": b'{"jsonrpc":"2.0","id":+1,"method":"ping"}',
    "32700_bare_dot.json": b'{"jsonrpc":"2.0","id":1.,"method":"ping"}',
    "32700_hex_number.json": b'{"jsonrpc":"2.0","id":0x10,"method":"ping"}',
    "32700_control_char.json": b'{"jsonrpc":"2.0","id":1,"method":"pi\nng"}',
    "32700_bad_escape.json": b'{"jsonrpc":"2.0","id":1,"method":"\\x41"}',
    "32700_bad_unicode_escape.json": b'{"jsonrpc":"2.0","id":1,"method":"\\u12G4"}',
    "32700_bom.json": b'\xef\xbb\xbf{"jsonrpc":"2.0","id":1,"method":"ping"}',
    "32700_comment.json": b'{"jsonrpc":"2.0", /* c */ "id":1,"method":"ping"}',
    "32700_true_caps.json": b'{"jsonrpc":"2.0","id":1,"method":"ping","params":{"a":True}}',
    "32700_lone_high_surrogate.json": b'{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"\\ud800x"}}',
    "32700_lone_low_surrogate.json": b'{"jsonrpc":"2.0","id":1,"method":"ping","params":{"\\udc00":1}}',
    "32700_reversed_pair.json": b'{"jsonrpc":"2.0","id":1,"method":"ping","params":{"a":"\\udc00\\ud800"}}',
    "32700_unterminated_deep.json": b'{"a":"[[[[',
    "32700_grammar_beats_duplicate.json": b'{"id":1,"id":2,"method":"x" "jsonrpc":"2.0"}',
    "32700_surrogate_beats_duplicate.json": b'{"jsonrpc":"2.0","id":1,"id":1,"method":"\\udfff"}',
    # -32600: limits and whole-input
    "32600_too_deep.json": b'{"jsonrpc":"2.0","id":1,"method":"x","params":' + b'{"a":' * 70 + b"1" + b"}" * 71,
    "32600_too_deep_broken.json": b"[" * 65 + b"x",
    "32600_deep_beats_grammar.json": b"[1]]]]" + b"[" * 70,
    "32600_duplicate_key.json": b'{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"a","name":"b"}}',
    "32600_duplicate_id.json": b'{"jsonrpc":"2.0","id":1,"id":2,"method":"ping"}',
    "32600_duplicate_escaped_key.json": b'{"jsonrpc":"2.0","id":"k","method":"ping","params":{"a":1,"\\u0061":2}}',
    "32600_duplicate_nested_deep.json": j(req(8, "tools/call", {"name": "t", "arguments": {"l": [{"x": 1}]}})).replace(
        b'{"x": 1}', b'{"x": 1, "x": 1}'
    ),
    "32600_duplicate_in_batch.json": b'[{"jsonrpc":"2.0","id":1,"method":"ping"},{"a":1,"a":1}]',
    "32600_empty_batch.json": b"[]",
    "32600_empty_batch_ws.json": b" [ ] ",
    "32600_scalar.json": b"42",
    "32600_string.json": b'"ping"',
    "32600_null.json": b"null",
    "32600_empty_object.json": b"{}",
    # -32600: envelope
    "32600_missing_jsonrpc.json": b'{"id":1,"method":"ping"}',
    "32600_jsonrpc_1_0.json": b'{"jsonrpc":"1.0","id":1,"method":"ping"}',
    "32600_jsonrpc_number.json": b'{"jsonrpc":2.0,"id":1,"method":"ping"}',
    "32600_jsonrpc_null.json": b'{"jsonrpc":null,"id":"x","method":"ping"}',
    "32600_method_number.json": b'{"jsonrpc":"2.0","id":1,"method":5}',
    "32600_method_null.json": b'{"jsonrpc":"2.0","id":1,"method":null}',
    "32600_id_null_request.json": b'{"jsonrpc":"2.0","id":null,"method":"ping"}',
    "32600_id_float.json": b'{"jsonrpc":"2.0","id":1.0,"method":"ping"}',
    "32600_id_exponent.json": b'{"jsonrpc":"2.0","id":1e2,"method":"ping"}',
    "32600_id_bool.json": b'{"jsonrpc":"2.0","id":true,"method":"ping"}',
    "32600_id_object.json": b'{"jsonrpc":"2.0","id":{"a":1},"method":"ping"}',
    "32600_id_array.json": b'{"jsonrpc":"2.0","id":[1],"method":"ping"}',
    "32600_id_beyond_int64.json": b'{"jsonrpc":"2.0","id":9223372036854775808,"method":"ping"}',
    "32600_id_huge.json": b'{"jsonrpc":"2.0","id":' + b"9" * 400 + b',"method":"ping"}',
    "32600_id_below_int64.json": b'{"jsonrpc":"2.0","id":-9223372036854775809,"method":"ping"}',
    "32600_params_array.json": b'{"jsonrpc":"2.0","id":1,"method":"tools/call","params":["a"]}',
    "32600_params_null.json": b'{"jsonrpc":"2.0","id":1,"method":"ping","params":null}',
    "32600_params_string.json": b'{"jsonrpc":"2.0","method":"notifications/initialized","params":"x"}',
    "32600_request_with_result.json": b'{"jsonrpc":"2.0","id":1,"method":"ping","result":{}}',
    "32600_request_with_error.json": b'{"jsonrpc":"2.0","id":1,"method":"ping","error":{"code":1,"message":"m"}}',
    "32600_result_and_error.json": b'{"jsonrpc":"2.0","id":1,"result":{},"error":{"code":1,"message":"m"}}',
    "32600_response_missing_id.json": b'{"jsonrpc":"2.0","result":{}}',
    "32600_result_null_id.json": b'{"jsonrpc":"2.0","id":null,"result":{}}',
    "32600_result_array.json": b'{"jsonrpc":"2.0","id":1,"result":[]}',
    "32600_result_null.json": b'{"jsonrpc":"2.0","id":1,"result":null}',
    "32600_result_string.json": b'{"jsonrpc":"2.0","id":1,"result":"ok"}',
    "32600_error_not_object.json": b'{"jsonrpc":"2.0","id":1,"error":"boom"}',
    "32600_error_missing_code.json": b'{"jsonrpc":"2.0","id":1,"error":{"message":"m"}}',
    "32600_error_code_string.json": b'{"jsonrpc":"2.0","id":1,"error":{"code":"-32600","message":"m"}}',
    "32600_error_code_float.json": b'{"jsonrpc":"2.0","id":1,"error":{"code":-32600.0,"message":"m"}}',
    "32600_error_missing_message.json": b'{"jsonrpc":"2.0","id":1,"error":{"code":-32600}}',
    "32600_error_message_number.json": b'{"jsonrpc":"2.0","id":1,"error":{"code":-32600,"message":1}}',
    "32600_error_id_float.json": b'{"jsonrpc":"2.0","id":1.5,"error":{"code":-32600,"message":"m"}}',
    "32600_no_method_result_error.json": b'{"jsonrpc":"2.0","id":1}',
    "32600_notification_id_null.json": b'{"jsonrpc":"2.0","id":null,"method":"notifications/initialized"}',
    # -32602: known-method params
    "32602_tools_call_missing_params.json": j(req(1, "tools/call")),
    "32602_tools_call_missing_name.json": j(req(1, "tools/call", {"arguments": {}})),
    "32602_tools_call_name_number.json": j(req(1, "tools/call", {"name": 5})),
    "32602_tools_call_arguments_array.json": j(req(1, "tools/call", {"name": "t", "arguments": [1]})),
    "32602_tools_call_arguments_null.json": j(req("s", "tools/call", {"name": "t", "arguments": None})),
    "32602_tools_call_meta_string.json": j(req(1, "tools/call", {"name": "t", "_meta": "x"})),
    "32602_tools_call_progress_token_float.json": j(
        req(1, "tools/call", {"name": "t", "_meta": {"progressToken": 1.5}})
    ),
    "32602_resources_read_missing_uri.json": j(req(1, "resources/read", {})),
    "32602_resources_read_uri_null.json": j(req(1, "resources/read", {"uri": None})),
    "32602_resources_subscribe_missing_params.json": j(req(1, "resources/subscribe")),
    "32602_initialize_missing_client_info.json": j(
        req(0, "initialize", {"protocolVersion": "2025-06-18", "capabilities": {}})
    ),
    "32602_initialize_client_info_no_version.json": j(
        req(0, "initialize", {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "c"}})
    ),
    "32602_initialize_protocol_number.json": j(
        req(
            0,
            "initialize",
            {"protocolVersion": 20250618, "capabilities": {}, "clientInfo": {"name": "c", "version": "1"}},
        )
    ),
    "32602_initialize_capabilities_array.json": j(
        req(0, "initialize", {"protocolVersion": "x", "capabilities": [], "clientInfo": {"name": "c", "version": "1"}})
    ),
    "32602_prompts_get_argument_number.json": j(req(1, "prompts/get", {"name": "p", "arguments": {"n": 1}})),
    "32602_tools_list_cursor_number.json": j(req(1, "tools/list", {"cursor": 2})),
    "32602_completion_context_argument_number.json": j(
        req(1, "completion/complete", COMPLETION | {"context": {"arguments": {"a": "x", "n": 1}}})
    ),
    "32602_completion_context_argument_object.json": j(
        req(1, "completion/complete", COMPLETION | {"context": {"arguments": {"o": {"deep": [1]}}}})
    ),
    "32602_completion_missing_argument.json": j(req(1, "completion/complete", {"ref": {"type": "ref/prompt"}})),
    "32602_completion_ref_no_type.json": j(
        req(1, "completion/complete", {"ref": {}, "argument": {"name": "a", "value": "b"}})
    ),
    "32602_set_level_bad.json": j(req(1, "logging/setLevel", {"level": "verbose"})),
    "32602_sampling_max_tokens_float.json": j(req(1, "sampling/createMessage", {"messages": [], "maxTokens": 1.0})),
    "32602_sampling_messages_not_objects.json": j(
        req(1, "sampling/createMessage", {"messages": ["hi"], "maxTokens": 5})
    ),
    "32602_elicitation_no_properties.json": j(
        req(1, "elicitation/create", {"message": "m", "requestedSchema": {"type": "object"}})
    ),
    "32602_cancelled_2026_missing_request_id.json": j(
        notif("notifications/cancelled", {"reason": "x", "_meta": {META_VERSION: "2026-07-28"}})
    ),
    "32602_cancelled_request_id_null.json": j(notif("notifications/cancelled", {"requestId": None})),
    "32602_progress_missing_progress.json": j(notif("notifications/progress", {"progressToken": "t"})),
    "32602_progress_string_progress.json": j(notif("notifications/progress", {"progressToken": "t", "progress": "5"})),
    "32602_message_missing_data.json": j(notif("notifications/message", {"level": "info"})),
    "32602_resources_updated_no_params.json": j(notif("notifications/resources/updated")),
    "32602_server_discover_no_params.json": j(req(1, "server/discover")),
    "32602_tools_call_2026_no_capabilities.json": j(
        req(2, "tools/call", {"name": "t", "_meta": {META_VERSION: "2026-07-28"}})
    ),
    "32602_elicitation_url_no_url.json": j(
        req(3, "elicitation/create", {"mode": "url", "message": "m", "elicitationId": "e"})
    ),
}


def option_sets(name: str) -> list[dict[str, Any]]:
    """The option sets each file is replayed with."""
    sets: list[dict[str, Any]] = [{}, {"strict": True}]
    if name.startswith("valid/batch"):
        sets += [{"max_batch": 1}, {"max_batch": 0}]
    if name in ("valid/tools_call_2kb.json", "valid/initialize.json"):
        sets += [{"max_bytes": 300}, {"max_depth": 2}, {"max_depth": 3}]
    if name == "invalid/32600_too_deep.json":
        sets += [{"max_depth": 80}, {"max_depth": 512}]
    return sets


def main() -> None:
    for sub, files in (("valid", VALID), ("invalid", INVALID)):
        folder = DATA / sub
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("*.json"):
            old.unlink()
        for name, body in files.items():
            (folder / name).write_bytes(body)
    lines = []
    for sub in ("valid", "invalid"):
        for path in sorted((DATA / sub).glob("*.json")):
            name = f"{sub}/{path.name}"
            data = path.read_bytes()
            for opts in option_sets(name):
                entry: dict[str, Any] = {"file": name, "options": opts}
                try:
                    entry["summary"] = parse_summary(data, **opts)
                except MCPError as e:
                    entry["error"] = e.to_dict()
                    entry["response"] = e.to_response().decode("utf-8")
                if not opts:
                    want = "error" if sub == "invalid" else "summary"
                    assert want in entry, (name, entry)
                    if sub == "invalid":
                        assert entry["error"]["code"] == -int(path.name.split("_")[0]), (name, entry)
                lines.append(json.dumps(entry, ensure_ascii=False, sort_keys=True))
    # canonicalize / get_path parity on every file (default limits)
    paths: list[list[Any]] = [
        [],
        ["params", "arguments"],
        ["params", "_meta", "progressToken"],
        ["result"],
        [0, "id"],
        ["params", "messages", 0, "content"],
    ]
    for sub in ("valid", "invalid"):
        for path in sorted((DATA / sub).glob("*.json")):
            name = f"{sub}/{path.name}"
            data = path.read_bytes()
            for p in paths:
                entry = {"file": name, "op": "get_path", "path": p}
                try:
                    got = get_path(data, p) if p else canonicalize(data)
                    entry["value"] = None if got is None else got.decode("utf-8")
                except MCPError as e:
                    entry["error"] = e.to_dict()
                    entry["response"] = e.to_response().decode("utf-8")
                lines.append(json.dumps(entry, ensure_ascii=False, sort_keys=True))
    (DATA / "expected.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(VALID)} valid, {len(INVALID)} invalid files, {len(lines)} expected results")


if __name__ == "__main__":
    main()
