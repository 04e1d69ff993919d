"""Pure-Python reference of the MCP / JSON-RPC 2.0 message parser and validator.

It defines the behaviour the Go engine (``go/mcp``) must reproduce exactly: the same acceptance,
the same classification, the same summary dict, the same error code, message and data, and the
same ready-to-send error response bytes. ``tests/mcp/README.md`` is the full specification; the
short version:

* MCP revisions: every one the pinned SDK speaks (``PROTOCOL_VERSIONS``: 2024-11-05 to
  2026-07-28); a message's params are validated in the revision it claims (``protocol_version``).
  Batches are still accepted, as JSON-RPC 2.0 and MCP 2025-03-26 allow; set ``max_batch=0`` to
  refuse them.
* Checks run as whole-input passes in this fixed order, and the first failing pass decides the
  error: size (-32600) > UTF-8 (-32700) > lexical nesting depth (-32600) > JSON grammar (-32700) >
  lone surrogate escapes (-32700) > duplicate object keys anywhere (-32600) > top-level shape
  (-32600) > per message envelope (-32600) > strict members (-32600) > strict unknown method, or
  method not in the claimed revision (-32601) > known-method params (-32602).
* Raw fields (``params_raw``, ``arguments_raw``, ``meta_raw``, ``result_raw``, ``data_raw``) are
  the values' text exactly as written in the input (a span of it), never re-serialised.
* Canonical JSON (``canonicalize``, ``get_path``): no whitespace, object keys sorted by code
  point, numbers exactly as written, strings with the escapes ``\\" \\\\ \\b \\f \\n \\r \\t``
  and ``\\u00XX`` (lower-case hex) for the other control characters, everything else literal
  UTF-8.
"""

from __future__ import annotations

import itertools
import json
import re
import threading
from json.decoder import scanstring  # type: ignore[attr-defined]
from json.encoder import encode_basestring
from typing import Any

from sark_accel.errors import Closed, InvalidArgument
from sark_accel.mcp.errors import (
    INVALID_PARAMS,
    INVALID_REQUEST,
    METHOD_NOT_FOUND,
    PARSE_ERROR,
    STANDARD_MESSAGES,
    MCPError,
    canonical_dumps_plain,
)

from ._message import Message
from ._types import Data, MCPOptions, Parsed

__all__ = [
    "PythonMCPBackend",
    "PROTOCOL_VERSION",
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_DEPTH",
    "DEFAULT_MAX_BATCH",
    "DEFAULT_MAX_BATCH_BYTES",
    "MAX_DEPTH_LIMIT",
    "KNOWN_METHODS",
    "PROTOCOL_VERSIONS",
    "META_PROTOCOL_VERSION",
    "method_revisions",
    "parse_summary",
    "canonicalize",
    "get_path",
]

#: The MCP revisions whose methods are known, oldest first (those the pinned SDK, mcp-types
#: 2.3.0, speaks): four reached by the initialize handshake, then 2026-07-28 (a stateless
#: envelope in every request's ``_meta``).
PROTOCOL_VERSIONS: tuple[str, ...] = ("2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25", "2026-07-28")
#: The newest revision known.
PROTOCOL_VERSION = PROTOCOL_VERSIONS[-1]
#: The ``_meta`` key of a 2026-07-28 request that names its revision.
META_PROTOCOL_VERSION = "io.modelcontextprotocol/protocolVersion"
DEFAULT_MAX_BYTES = 4 << 20
DEFAULT_MAX_DEPTH = 64
DEFAULT_MAX_BATCH = 1000
#: A batch's size bound, apart from max_bytes: each element costs about a kilobyte however
#: small it is, so only this bounds a batch's cost by its bytes (README, "MCP message parsing").
DEFAULT_MAX_BATCH_BYTES = 4 << 20
#: Upper bound of ``max_depth`` (keeps CPython's recursive json decoder far from its limit).
MAX_DEPTH_LIMIT = 512
_INT64_MIN = -(1 << 63)
_INT64_MAX = (1 << 63) - 1

# --------------------------------------------------------------------------------------------
# Known methods of every revision (go/mcp methods.go), the revisions that define each, and
# their params. Each field: (path, type, required). A parent precedes its children; a child is
# checked only when its parent is present and is an object. tests/data/mcp/revisions.jsonl
# (tools/gen_mcp_revisions.py, from the SDK's own models) checks this table.

_LEVELS = frozenset({"debug", "info", "notice", "warning", "error", "critical", "alert", "emergency"})
_TYPE_DESC = {
    "string": "a string",
    "object": "an object",
    "integer": "an integer",
    "number": "a number",
    "id": "a string or an integer",
    "level": "a logging level",
    "string_map": "an object of strings",
    "object_array": "an array of objects",
}

_Field = tuple[tuple[str, ...], str, bool]
_CURSOR: list[_Field] = [(("cursor",), "string", False)]
_URI: list[_Field] = [(("uri",), "string", True)]
_TASK: list[_Field] = [(("taskId",), "string", True)]
_HANDSHAKE = frozenset(PROTOCOL_VERSIONS[:4])
_ALL = frozenset(PROTOCOL_VERSIONS)
_MODERN = frozenset({"2026-07-28"})

_METHODS: dict[str, tuple[frozenset[str], list[_Field]]] = {
    "initialize": (
        _HANDSHAKE,
        [
            (("protocolVersion",), "string", True),
            (("capabilities",), "object", True),
            (("clientInfo",), "object", True),
            (("clientInfo", "name"), "string", True),
            (("clientInfo", "version"), "string", True),
            (("clientInfo", "title"), "string", False),
        ],
    ),
    "ping": (_HANDSHAKE, []),
    "tools/list": (_ALL, _CURSOR),
    "tools/call": (_ALL, [(("name",), "string", True), (("arguments",), "object", False)]),
    "resources/list": (_ALL, _CURSOR),
    "resources/read": (_ALL, _URI),
    "resources/templates/list": (_ALL, _CURSOR),
    "resources/subscribe": (_HANDSHAKE, _URI),
    "resources/unsubscribe": (_HANDSHAKE, _URI),
    "prompts/list": (_ALL, _CURSOR),
    "prompts/get": (_ALL, [(("name",), "string", True), (("arguments",), "string_map", False)]),
    "completion/complete": (
        _ALL,
        [
            (("ref",), "object", True),
            (("ref", "type"), "string", True),
            (("argument",), "object", True),
            (("argument", "name"), "string", True),
            (("argument", "value"), "string", True),
            (("context",), "object", False),
            (("context", "arguments"), "string_map", False),
        ],
    ),
    "logging/setLevel": (_HANDSHAKE, [(("level",), "level", True)]),
    "sampling/createMessage": (
        _HANDSHAKE,
        [
            (("messages",), "object_array", True),
            (("maxTokens",), "integer", True),
            (("systemPrompt",), "string", False),
            (("includeContext",), "string", False),
            (("temperature",), "number", False),
            (("modelPreferences",), "object", False),
            (("metadata",), "object", False),
        ],
    ),
    "elicitation/create": (  # the form mode; see _ELICIT_URL
        frozenset({"2025-06-18", "2025-11-25"}),
        [
            (("message",), "string", True),
            (("requestedSchema",), "object", True),
            (("requestedSchema", "properties"), "object", True),
        ],
    ),
    "roots/list": (_HANDSHAKE, []),
    "tasks/get": (frozenset({"2025-11-25"}), _TASK),
    "tasks/result": (frozenset({"2025-11-25"}), _TASK),
    "tasks/cancel": (frozenset({"2025-11-25"}), _TASK),
    "tasks/list": (frozenset({"2025-11-25"}), _CURSOR),
    "server/discover": (_MODERN, []),
    "subscriptions/listen": (_MODERN, [(("notifications",), "object", True)]),
    "notifications/initialized": (_HANDSHAKE, []),
    # 2025-11-25's schema (the SDK's for every handshake revision) has requestId optional.
    "notifications/cancelled": (_ALL, [(("requestId",), "id", False), (("reason",), "string", False)]),
    "notifications/progress": (
        _ALL,
        [
            (("progressToken",), "id", True),
            (("progress",), "number", True),
            (("total",), "number", False),
            (("message",), "string", False),
        ],
    ),
    "notifications/message": (
        _ALL,
        [
            (("level",), "level", True),
            (("data",), "any", True),
            (("logger",), "string", False),
        ],
    ),
    "notifications/resources/updated": (_ALL, _URI),
    "notifications/resources/list_changed": (_ALL, []),
    "notifications/tools/list_changed": (_ALL, []),
    "notifications/prompts/list_changed": (_ALL, []),
    "notifications/roots/list_changed": (_HANDSHAKE, []),
    "notifications/elicitation/complete": (frozenset({"2025-11-25"}), [(("elicitationId",), "string", True)]),
    "notifications/tasks/status": (
        frozenset({"2025-11-25"}),
        [
            (("taskId",), "string", True),
            (("status",), "string", True),
            (("createdAt",), "string", True),
            (("lastUpdatedAt",), "string", True),
            (("ttl",), "any", True),
            (("pollInterval",), "integer", False),
            (("statusMessage",), "string", False),
        ],
    ),
    "notifications/subscriptions/acknowledged": (_MODERN, [(("notifications",), "object", True)]),
}
_META_FIELDS: list[_Field] = [(("_meta",), "object", False), (("_meta", "progressToken"), "id", False)]
# A 2026-07-28 request names its revision and the client's capabilities in _meta.
_CLIENT_INFO = "io.modelcontextprotocol/clientInfo"
_ENVELOPE_META_FIELDS: list[_Field] = [
    (("_meta",), "object", True),
    (("_meta", "progressToken"), "id", False),
    (("_meta", META_PROTOCOL_VERSION), "string", True),
    (("_meta", "io.modelcontextprotocol/clientCapabilities"), "object", True),
    (("_meta", _CLIENT_INFO), "object", False),
    (("_meta", _CLIENT_INFO, "name"), "string", True),
    (("_meta", _CLIENT_INFO, "version"), "string", True),
    (("_meta", "io.modelcontextprotocol/logLevel"), "level", False),
]
_ELICIT_URL: list[_Field] = [
    (("message",), "string", True),
    (("mode",), "string", True),
    (("url",), "string", True),
    (("elicitationId",), "string", True),
]

# 2026-07-28's fields where they differ from the handshake revisions'.
_MODERN_FIELDS: dict[str, list[_Field]] = {
    "notifications/cancelled": [(("requestId",), "id", True), (("reason",), "string", False)],
}

#: The method names validated beyond the envelope (and accepted in strict mode): those of
#: every revision.
KNOWN_METHODS: frozenset[str] = frozenset(_METHODS)


def method_revisions(method: str) -> tuple[str, ...]:
    """The revisions (of PROTOCOL_VERSIONS) that define ``method``, oldest first; () for none."""
    revs = _METHODS.get(method, ((), []))[0]
    return tuple(v for v in PROTOCOL_VERSIONS if v in revs)


_ENVELOPE_MEMBERS = {
    "request": ("jsonrpc", "id", "method", "params"),
    "notification": ("jsonrpc", "method", "params"),
    "result": ("jsonrpc", "id", "result"),
    "error": ("jsonrpc", "id", "error"),
}

# --------------------------------------------------------------------------------------------
# Decoding


class _RawInt(str):
    """An integer literal kept as written (``-0`` or longer than 18 characters)."""


class _RawFloat(str):
    """A number literal with a fraction or exponent, kept as written."""


class _GrammarError(Exception):
    """NaN / Infinity literals (json accepts them; RFC 8259 does not)."""


class _State:
    __slots__ = ("dup", "raw", "last_pairs")

    def __init__(self) -> None:
        self.dup = False
        self.raw = False
        self.last_pairs: list[tuple[str, Any]] | None = None


# One decoder for all calls (building one costs more than decoding a small message); its hooks
# write to the calling thread's state, since another thread may run between two hook calls.
_tls = threading.local()


def _pairs_hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    d = dict(pairs)
    st: _State = _tls.state
    if len(d) != len(pairs):
        st.dup = True  # reported only once the whole text has proved to be valid JSON
    st.last_pairs = pairs  # the outermost object closes last
    return d


def _parse_int(s: str) -> Any:
    if len(s) <= 18 and s != "-0":
        return int(s)
    _tls.state.raw = True
    return _RawInt(s)


def _parse_float(s: str) -> Any:
    _tls.state.raw = True
    return _RawFloat(s)


def _parse_constant(s: str) -> Any:
    raise _GrammarError(s)


_DECODER = json.JSONDecoder(
    object_pairs_hook=_pairs_hook,
    parse_int=_parse_int,
    parse_float=_parse_float,
    parse_constant=_parse_constant,
)


def _decode(text: str) -> tuple[Any, _State]:
    """Strictly decode ``text``; raise ValueError on any grammar error."""
    st = _tls.state = _State()
    try:
        value = _DECODER.decode(text)
    except (_GrammarError, json.JSONDecodeError) as exc:
        raise ValueError("invalid JSON") from exc
    finally:
        _tls.state = None
    return value, st


# A JSON string as the lexical depth scan sees it: a quote, then anything with backslash escaping
# the next character, up to the closing quote or the end of the text.
_LEX_STRING = re.compile(r'"[^"\\]*(?:\\[\s\S][^"\\]*)*"?')
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_BRACKET_DELTA = {"[": 1, "{": 1, "]": -1, "}": -1}


def _lexical_depth_exceeds(text: str, limit: int) -> bool:
    """True if the running count of brackets outside strings ever exceeds ``limit``.

    Defined lexically (not structurally) so that it gives the same answer on broken JSON as the
    Go scanner; on valid JSON it is the nesting depth.
    """
    if text.count("[") + text.count("{") <= limit:
        return False
    brackets = _NOT_BRACKET.sub("", _LEX_STRING.sub("", text))
    if brackets.count("[") + brackets.count("{") <= limit:
        return False
    # Lazy: stops at the first bracket that goes past the limit.
    return any(d > limit for d in itertools.accumulate(map(_BRACKET_DELTA.__getitem__, brackets)))


# A string as _LEX_STRING scans it, with its closing quote (empty when the text ends inside it).
_LEX_STRING_CLOSE = re.compile(r'"[^"\\]*(?:\\[\s\S][^"\\]*)*("?)')


def _grammar_reason(text: str, size: int) -> str:
    """The reason of a -32700 for text that is not JSON (go/mcp grammarReason): input cut short
    (inside a string, or with an array or object open, scanned lexically) says where it ended."""
    closing_quotes = _LEX_STRING_CLOSE.findall(text)
    brackets = _NOT_BRACKET.sub("", _LEX_STRING.sub("", text))
    opened = brackets.count("[") + brackets.count("{")
    if (closing_quotes and not closing_quotes[-1]) or opened > len(brackets) - opened:
        return f"invalid JSON: unexpected end at byte {size}"
    return "invalid JSON"


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89abcdefABCDEF]")
_SURROGATE_CHAR = re.compile("[\ud800-\udfff]")


def _has_lone_surrogate(v: Any) -> bool:
    t = type(v)
    if t is str:
        return _SURROGATE_CHAR.search(v) is not None
    if t is dict:
        return any(_SURROGATE_CHAR.search(k) or _has_lone_surrogate(x) for k, x in v.items())
    if t is list:
        return any(_has_lone_surrogate(x) for x in v)
    return False


# --------------------------------------------------------------------------------------------
# Canonical JSON


def _canon_into(v: Any, out: list[str]) -> None:
    t = type(v)
    if t is str:
        out.append(encode_basestring(v))
    elif t is dict:
        out.append("{")
        first = True
        for k in sorted(v):
            if not first:
                out.append(",")
            first = False
            out.append(encode_basestring(k))
            out.append(":")
            _canon_into(v[k], out)
        out.append("}")
    elif t is list:
        out.append("[")
        for i, x in enumerate(v):
            if i:
                out.append(",")
            _canon_into(x, out)
        out.append("]")
    elif t is _RawInt or t is _RawFloat:
        out.append(str.__str__(v))
    elif v is None:
        out.append("null")
    elif v is True:
        out.append("true")
    elif v is False:
        out.append("false")
    else:  # int
        out.append(str(v))


def _canon(v: Any, st: _State) -> str:
    if not st.raw:
        return canonical_dumps_plain(v)
    out: list[str] = []
    _canon_into(v, out)
    return "".join(out)


# --------------------------------------------------------------------------------------------
# Spans: where a value sits in the input text. The raw fields (params_raw, arguments_raw, ...) are
# the values exactly as written, found by walking the text, which has already been checked.

_WS = re.compile(r"[ \t\n\r]*")
# Skips one value of text already validated (numbers as strings: no conversion, no digit limit).
_SKIP = json.JSONDecoder(parse_int=str, parse_float=str, parse_constant=str)


def _value_end(text: str, i: int) -> int:
    """End of the JSON value starting at ``i``."""
    return _SKIP.raw_decode(text, i)[1]


def _member_spans(text: str, i: int) -> dict[str, tuple[int, int]]:
    """The (start, end) of each member value of the object at ``i``, by decoded key."""
    out: dict[str, tuple[int, int]] = {}
    p = _WS.match(text, i + 1).end()  # type: ignore[union-attr]
    if text[p] == "}":
        return out
    while True:
        key, p = scanstring(text, p + 1)  # p is at the opening quote
        p = _WS.match(text, p).end()  # type: ignore[union-attr]
        start = _WS.match(text, p + 1).end()  # type: ignore[union-attr]  # past ":"
        end = _value_end(text, start)
        out[key] = (start, end)
        p = _WS.match(text, end).end()  # type: ignore[union-attr]
        if text[p] == "}":
            return out
        p = _WS.match(text, p + 1).end()  # type: ignore[union-attr]  # past ","


def _element_starts(text: str, i: int) -> list[int]:
    """The start of each element of the array at ``i``."""
    out: list[int] = []
    p = _WS.match(text, i + 1).end()  # type: ignore[union-attr]
    if text[p] == "]":
        return out
    while True:
        out.append(p)
        p = _WS.match(text, _value_end(text, p)).end()  # type: ignore[union-attr]
        if text[p] == "]":
            return out
        p = _WS.match(text, p + 1).end()  # type: ignore[union-attr]


class _Spans:
    """Lazy member spans of one message object in ``text`` (only valid messages need them)."""

    __slots__ = ("text", "start", "_members")

    def __init__(self, text: str, start: int) -> None:
        self.text, self.start = text, start
        self._members: dict[int, dict[str, tuple[int, int]]] = {}  # object start -> member spans

    def of(self, *path: str) -> str | None:
        """The text of the value at ``path`` (keys of nested objects), None if absent."""
        i, end = self.start, -1
        for key in path:
            members = self._members.get(i)
            if members is None:
                members = self._members[i] = _member_spans(self.text, i)
            span = members.get(key)
            if span is None:
                return None
            i, end = span
        return self.text[i:end]


# --------------------------------------------------------------------------------------------
# Value predicates (shared vocabulary with the Go engine)


def _as_int(v: Any) -> int | None:
    """The value of an integer literal in int64 range, else None (floats, bools, 1.0, 2**63)."""
    t = type(v)
    if t is int:
        return int(v)
    if t is _RawInt:
        if len(v) > 20:
            return None
        n = int(v)
        return n if _INT64_MIN <= n <= _INT64_MAX else None
    return None


def _as_id(v: Any) -> str | int | None:
    """A valid request id (string, or integer in int64 range), else None."""
    if type(v) is str:
        return v
    return _as_int(v)


def _type_ok(v: Any, typ: str) -> bool:
    if typ == "any":
        return True
    t = type(v)
    if typ == "string":
        return t is str
    if typ == "object":
        return t is dict
    if typ == "integer":
        return _as_int(v) is not None
    if typ == "number":
        return t is int or t is _RawInt or t is _RawFloat
    if typ == "id":
        return _as_id(v) is not None
    if typ == "level":
        return t is str and v in _LEVELS
    if typ == "string_map":
        return t is dict and all(type(x) is str for x in v.values())
    if typ == "object_array":
        return t is list and all(type(x) is dict for x in v)
    raise AssertionError(typ)


# --------------------------------------------------------------------------------------------
# Validation


def _fail(code: int, reason: str, id: Any = None, **extra: Any) -> MCPError:
    data: dict[str, Any] = {"reason": reason}
    data.update(extra)
    return MCPError(code, STANDARD_MESSAGES[code], data, id)


def _recover_id(m: Any) -> str | int | None:
    if type(m) is dict and "id" in m:
        return _as_id(m["id"])
    return None


def _envelope(m: dict[str, Any], strict: bool) -> str:
    """Validate the JSON-RPC envelope of one message object; return its kind."""
    rid = _recover_id(m)
    if "jsonrpc" not in m:
        raise _fail(INVALID_REQUEST, "jsonrpc is required", rid)
    if type(m["jsonrpc"]) is not str or m["jsonrpc"] != "2.0":
        raise _fail(INVALID_REQUEST, 'jsonrpc must be "2.0"', rid)
    if "method" in m:
        if "result" in m or "error" in m:
            raise _fail(INVALID_REQUEST, "a request must not have result or error", rid)
        if type(m["method"]) is not str:
            raise _fail(INVALID_REQUEST, "method must be a string", rid)
        if "id" in m:
            if rid is None:
                raise _fail(INVALID_REQUEST, "id must be a string or an integer")
            kind = "request"
        else:
            kind = "notification"
        if "params" in m and type(m["params"]) is not dict:
            raise _fail(INVALID_REQUEST, "params must be an object", rid)
    elif "result" in m or "error" in m:
        if "result" in m and "error" in m:
            raise _fail(INVALID_REQUEST, "a response must not have both result and error", rid)
        if "id" not in m:
            raise _fail(INVALID_REQUEST, "id is required")
        if "result" in m:
            if rid is None:
                raise _fail(INVALID_REQUEST, "id must be a string or an integer")
            if type(m["result"]) is not dict:
                raise _fail(INVALID_REQUEST, "result must be an object", rid)
            kind = "result"
        else:
            if rid is None and m["id"] is not None:
                raise _fail(INVALID_REQUEST, "id must be a string, an integer or null")
            err = m["error"]
            if type(err) is not dict:
                raise _fail(INVALID_REQUEST, "error must be an object", rid)
            if "code" not in err:
                raise _fail(INVALID_REQUEST, "error.code is required", rid)
            if _as_int(err["code"]) is None:
                raise _fail(INVALID_REQUEST, "error.code must be an integer", rid)
            if "message" not in err:
                raise _fail(INVALID_REQUEST, "error.message is required", rid)
            if type(err["message"]) is not str:
                raise _fail(INVALID_REQUEST, "error.message must be a string", rid)
            kind = "error"
    else:
        raise _fail(INVALID_REQUEST, "message must have method, result or error", rid)
    if strict:
        allowed = _ENVELOPE_MEMBERS[kind]
        for key in m:
            if key not in allowed:
                raise _fail(INVALID_REQUEST, "unexpected member", rid, member=key)
    return kind


def _claimed_revision(method: str, params: Any) -> str | None:
    """The revision a message claims (Message.protocol_version), or None."""
    if type(params) is not dict:
        return None
    meta = params.get("_meta")
    if type(meta) is dict:
        v = meta.get(META_PROTOCOL_VERSION)
        if type(v) is str and v:
            return v
    if method == "initialize":
        v = params.get("protocolVersion")
        if type(v) is str and v:
            return v
    return None


def _check_params(method: str, params: Any, rid: Any, revision: str | None) -> None:
    revs, fields = _METHODS[method]
    if revision not in _ALL:
        revision = None
    meta = _META_FIELDS
    # 2026-07-28's shapes: for a message that names it, or of a method only it has.
    if (revision == "2026-07-28" or (revision is None and revs == _MODERN)) and "2026-07-28" in revs:
        fields = _MODERN_FIELDS.get(method, fields)
        if not method.startswith("notifications/"):
            meta = _ENVELOPE_META_FIELDS  # a request carries the envelope
    elif method == "elicitation/create" and type(params) is dict and params.get("mode") == "url":
        fields = _ELICIT_URL
    if params is None:
        if any(req for path, _, req in itertools.chain(fields, meta) if len(path) == 1):
            raise _fail(INVALID_PARAMS, "params is required", rid)
        return
    for path, typ, req in itertools.chain(fields, meta):
        parent = params
        for seg in path[:-1]:
            parent = parent.get(seg)
            if type(parent) is not dict:
                break
        if type(parent) is not dict:
            continue
        name = "params." + ".".join(path)
        if path[-1] not in parent:
            if req:
                raise _fail(INVALID_PARAMS, name + " is required", rid)
            continue
        if not _type_ok(parent[path[-1]], typ):
            raise _fail(INVALID_PARAMS, f"{name} must be {_TYPE_DESC[typ]}", rid)


def _message(m: Any, strict: bool, st: _State, spans: _Spans) -> dict[str, Any]:
    """Validate one message value and build its summary entry (raise MCPError). The raw
    fields are the values' text as written in the input (``spans`` finds them)."""
    if type(m) is not dict:
        raise _fail(INVALID_REQUEST, "message must be an object")
    kind = _envelope(m, strict)
    rid = _recover_id(m)
    out: dict[str, Any] = {
        "kind": kind,
        "id": rid,
        "method": None,
        "tool_name": None,
        "progress_token": None,
        "protocol_version": None,
        "params_raw": None,
        "arguments_raw": None,
        "meta_raw": None,
        "result_raw": None,
        "error": None,
    }
    if kind in ("request", "notification"):
        method = m["method"]
        params = m.get("params")
        out["method"] = method
        revision = out["protocol_version"] = _claimed_revision(method, params)
        if method in _METHODS:
            if strict and revision in _ALL and revision not in _METHODS[method][0]:
                raise _fail(METHOD_NOT_FOUND, "method not in protocol revision", rid, method=method)
            _check_params(method, params, rid, revision)
        elif strict:
            raise _fail(METHOD_NOT_FOUND, "unknown method", rid, method=method)
        if params is not None:
            out["params_raw"] = spans.of("params")
            if "arguments" in params:
                out["arguments_raw"] = spans.of("params", "arguments")
            if "_meta" in params:
                meta = params["_meta"]
                out["meta_raw"] = spans.of("params", "_meta")
                if type(meta) is dict and "progressToken" in meta:
                    out["progress_token"] = _as_id(meta["progressToken"])
            if method == "tools/call" and type(params.get("name")) is str:
                out["tool_name"] = params["name"]
    elif kind == "result":
        result = m["result"]
        out["result_raw"] = spans.of("result")
        if "_meta" in result:
            out["meta_raw"] = spans.of("result", "_meta")
    else:
        err = m["error"]
        out["error"] = {
            "code": _as_int(err["code"]),
            "message": err["message"],
            "data_raw": spans.of("error", "data") if "data" in err else None,
        }
    return out


def _check_options(
    max_bytes: int, max_depth: int, max_batch: int, max_batch_bytes: int = DEFAULT_MAX_BATCH_BYTES
) -> None:
    if not (isinstance(max_bytes, int) and 1 <= max_bytes <= 1 << 30):
        raise InvalidArgument("mcp: invalid option: max_bytes must be in 1..1073741824")
    if not (isinstance(max_depth, int) and 1 <= max_depth <= MAX_DEPTH_LIMIT):
        raise InvalidArgument(f"mcp: invalid option: max_depth must be in 1..{MAX_DEPTH_LIMIT}")
    if not (isinstance(max_batch, int) and 0 <= max_batch <= 1 << 20):
        raise InvalidArgument("mcp: invalid option: max_batch must be in 0..1048576")
    if not (isinstance(max_batch_bytes, int) and 1 <= max_batch_bytes <= 1 << 30):
        raise InvalidArgument("mcp: invalid option: max_batch_bytes must be in 1..1073741824")


# A batch is an input whose first byte that is not JSON whitespace is '['.
_BATCH_START = re.compile(rb"[ \t\n\r]*\[")


def _load(
    data: bytes | bytearray | memoryview | str, max_bytes: int, max_depth: int, max_batch_bytes: int = 1 << 30
) -> tuple[Any, _State, str]:
    """Run the whole-input passes (size, batch size, UTF-8, depth, grammar, surrogates, duplicates).

    Returns the value, the decoding state and the input as text."""
    if isinstance(data, str):
        # surrogatepass: a str holding lone surrogates becomes invalid UTF-8, as in Go.
        raw = data.encode("utf-8", "surrogatepass")
    elif isinstance(data, (bytes, bytearray, memoryview)):
        raw = bytes(data)
    else:
        raise InvalidArgument("mcp: data must be bytes or str")
    if len(raw) > max_bytes:
        raise _fail(INVALID_REQUEST, "message too large", limit=max_bytes)
    if len(raw) > max_batch_bytes and _BATCH_START.match(raw):  # before any decoding
        raise _fail(INVALID_REQUEST, "batch too large in bytes", limit=max_batch_bytes)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _fail(PARSE_ERROR, "invalid UTF-8") from None
    if _lexical_depth_exceeds(text, max_depth):
        raise _fail(INVALID_REQUEST, "nesting too deep", limit=max_depth)
    try:
        value, st = _decode(text)
    except ValueError:
        raise _fail(PARSE_ERROR, _grammar_reason(text, len(raw))) from None
    except RecursionError:  # unreachable with max_depth <= MAX_DEPTH_LIMIT; be safe anyway
        raise _fail(INVALID_REQUEST, "nesting too deep", limit=max_depth) from None
    if _SURROGATE_ESCAPE.search(text) and _has_lone_surrogate(value):
        raise _fail(PARSE_ERROR, "lone surrogate escape")
    if st.dup:
        rid = None
        if type(value) is dict and st.last_pairs is not None:
            if sum(1 for k, _ in st.last_pairs if k == "id") == 1:
                rid = _as_id(value["id"])
        raise _fail(INVALID_REQUEST, "duplicate key", rid)
    return value, st, text


def parse_summary(
    data: bytes | bytearray | memoryview | str,
    *,
    strict: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_depth: int = DEFAULT_MAX_DEPTH,
    max_batch: int = DEFAULT_MAX_BATCH,
    max_batch_bytes: int = DEFAULT_MAX_BATCH_BYTES,
) -> dict[str, Any]:
    """Parse and validate one MCP message or a batch; return the summary dict.

    Returns ``{"batch": bool, "messages": [entry, ...]}``. Each entry has the keys ``kind``
    (``"request"``, ``"notification"``, ``"result"``, ``"error"``, or ``"invalid"`` for a bad
    element of a batch), ``id``, ``method``, ``tool_name``, ``progress_token``, ``params_raw``,
    ``arguments_raw``, ``meta_raw``, ``result_raw`` (the value's text exactly as written in the
    input, or None) and ``error``
    (``{"code", "message", "data_raw"}`` for error responses, ``{"code", "message", "data"}``
    for invalid batch elements, else None).

    Raises:
        MCPError: the input as a whole is unacceptable (any failure of a single message, or a
            whole-input failure of a batch: size, UTF-8, depth, JSON, surrogates, duplicate
            keys, empty batch, batch too long or too large in bytes).
        InvalidArgument: bad options or a data type other than bytes/str.
    """
    _check_options(max_bytes, max_depth, max_batch, max_batch_bytes)
    value, st, text = _load(data, max_bytes, max_depth, max_batch_bytes)
    top = _WS.match(text).end()  # type: ignore[union-attr]
    if type(value) is list:
        if not value:
            raise _fail(INVALID_REQUEST, "empty batch")
        if len(value) > max_batch:
            raise _fail(INVALID_REQUEST, "batch too large", limit=max_batch)
        messages = []
        for m, start in zip(value, _element_starts(text, top), strict=True):
            try:
                messages.append(_message(m, strict, st, _Spans(text, start)))
            except MCPError as e:
                messages.append(_invalid_entry(e))
        return {"batch": True, "messages": messages}
    return {"batch": False, "messages": [_message(value, strict, st, _Spans(text, top))]}


def _invalid_entry(e: MCPError) -> dict[str, Any]:
    return {
        "kind": "invalid",
        "id": e.id,
        "method": None,
        "tool_name": None,
        "progress_token": None,
        "protocol_version": None,
        "params_raw": None,
        "arguments_raw": None,
        "meta_raw": None,
        "result_raw": None,
        "error": {"code": e.code, "message": e.message, "data": e.data},
    }


def canonicalize(data: Data, *, max_bytes: int = DEFAULT_MAX_BYTES, max_depth: int = DEFAULT_MAX_DEPTH) -> bytes:
    """Canonical JSON of any JSON document (after the same whole-input checks as parsing)."""
    _check_options(max_bytes, max_depth, DEFAULT_MAX_BATCH)
    value, st, _ = _load(data, max_bytes, max_depth)
    return _canon(value, st).encode("utf-8")


def get_path(
    data: Data,
    path: list[str | int],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_depth: int = DEFAULT_MAX_DEPTH,
) -> bytes | None:
    """Canonical JSON of the value at ``path`` (object keys / array indexes), None if absent.

    The whole document passes the same checks as parsing first (so duplicate keys are rejected
    and "which duplicate wins" never arises). An index into an object or a key into an array is
    "absent"; a negative index is absent.
    """
    _check_options(max_bytes, max_depth, DEFAULT_MAX_BATCH)
    value, st, _ = _load(data, max_bytes, max_depth)
    for seg in path:
        if type(seg) is str and type(value) is dict:
            if seg not in value:
                return None
            value = value[seg]
        elif type(seg) is int and type(value) is list:
            if not 0 <= seg < len(value):
                return None
            value = value[seg]
        elif type(seg) in (str, int):
            return None
        else:
            raise InvalidArgument("mcp: invalid option: path elements must be str or int")
    return _canon(value, st).encode("utf-8")


class PythonMCPBackend:
    """The python backend of MCPParser: the reference above, with fixed options."""

    def __init__(self, options: MCPOptions) -> None:
        self._options: MCPOptions | None = options

    def _open(self) -> MCPOptions:
        if self._options is None:
            raise Closed("mcp parser is closed")
        return self._options

    def parse(self, data: Data) -> Parsed:
        o = self._open()
        summary = parse_summary(
            data,
            strict=o.strict,
            max_bytes=o.max_bytes,
            max_depth=o.max_depth,
            max_batch=o.max_batch,
            max_batch_bytes=o.max_batch_bytes,
        )
        messages = [Message.from_summary(e, data) for e in summary["messages"]]
        return messages if summary["batch"] else messages[0]

    def canonicalize(self, data: Data) -> bytes:
        o = self._open()
        return canonicalize(data, max_bytes=o.max_bytes, max_depth=o.max_depth)

    def close(self) -> None:
        self._options = None
