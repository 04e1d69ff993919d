"""The decision glue both transports share: which client message goes on, which answer comes back.

A client message goes through ``Gateway.authorize``. Allowed: forwarded as received, byte for
byte. Denied: not forwarded; the gateway's JSON-RPC error response (the request's id, code
-32001, or the parser's) goes back instead. Nothing else ever reaches the server: an error in
the proxy itself denies too.

A server message that answers a forwarded ``tools/call`` goes through
``Gateway.inspect_result``: as sent when clean, else redacted or replaced by an error.
"""

from __future__ import annotations

import json
import logging
from typing import Any, NamedTuple, Optional

from ..mcp import MCPError, MCPParser
from ._record import Recorder

log = logging.getLogger("sark_accel.proxy")

#: JSON-RPC code of the proxy's own refusals and failures (the gateway's deny code).
CODE_PROXY = -32001


def error_response(id_: object, message: str, code: int = CODE_PROXY) -> bytes:
    """A JSON-RPC error response as the gateway writes them (canonical JSON)."""
    body = {"error": {"code": code, "message": message}, "id": id_, "jsonrpc": "2.0"}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()


class Verdict(NamedTuple):
    """What to do with one client message."""

    forward: bool
    reply: Optional[bytes]  # the error response to answer with when not forwarded (None: a notification)
    key: Optional[str] = None  # a request's id as JSON (``id_key``), to match its response
    id: object = None  # the request's id
    method: str = ""
    tool: str = ""
    principal: str = ""

    @property
    def inspect(self) -> bool:
        """A forwarded tools/call: its result goes through ``Guard.result``."""
        return self.forward and self.method == "tools/call"


class _Duplicate(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        raise _Duplicate("duplicate key")
    return obj


def _plain_reading(raw: bytes) -> Optional[dict[str, Any]]:
    """The message as one JSON object without a duplicate key anywhere, else None."""
    try:
        value = json.loads(raw, object_pairs_hook=_no_duplicates)
    except (ValueError, RecursionError):
        return None
    return value if isinstance(value, dict) else None


def id_key(id_: object) -> str:
    """A JSON-RPC id as a dict key: 1 and "1" differ, as they do on the wire."""
    return json.dumps(id_, sort_keys=True)


class Guard:
    """Decides client messages and inspects tool results for one proxy (thread-safe)."""

    def __init__(
        self,
        gateway: Any,
        recorder: Recorder,
        *,
        server: str = "",
        principal: Optional[dict[str, Any]] = None,
        credentials: Optional[str] = None,
        max_message_bytes: int,
        backend: Optional[str] = None,
    ) -> None:
        self.gateway = gateway
        self.recorder = recorder
        self.server = server
        self._principal = principal
        self._credentials = credentials
        # Reads server messages: what kind each is and its id (duplicate keys refused, as the
        # gateway's own parser does), so a tool result cannot pass for something else.
        self._reader = MCPParser(backend=backend, max_bytes=max_message_bytes, max_batch_bytes=max_message_bytes)

    def close(self) -> None:
        self._reader.close()

    def request(self, raw: bytes, *, credentials: Optional[str] = None) -> Verdict:
        """The verdict on one client message (``credentials``: the Authorization header, HTTP)."""
        try:
            return self._request(raw, credentials)
        except Exception as exc:  # fail closed: nothing is forwarded on the proxy's own error
            log.error("authorization failed (%s): the message is not forwarded", type(exc).__name__)
            self.recorder.refused("error:proxy", self.server)
            return Verdict(False, error_response(None, "Request denied: proxy error"))

    def _request(self, raw: bytes, credentials: Optional[str]) -> Verdict:
        if credentials is not None or self._credentials is not None:
            d = self.gateway.authorize(raw, credentials=credentials or self._credentials, server=self.server or None)
        else:
            d = self.gateway.authorize(raw, principal=self._principal, server=self.server or None)
        if d.allow:
            if d.stage != "not_required":
                self.recorder.authorized(d, self.server)
            key = id_key(d.id) if d.method and d.id is not None else None
            return Verdict(True, None, key, d.id, d.method, d.tool, d.principal)
        self.recorder.authorized(d, self.server)
        # A notification past parse gets no answer (JSON-RPC answers only requests); it is dropped.
        notification = d.stage != "parse" and d.id is None
        reply = None if notification else d.error_response or error_response(d.id, "Request denied")
        return Verdict(False, reply, None, d.id, d.method, d.tool, d.principal)

    def answers(self, raw: bytes) -> Optional[str]:
        """The id key of a server message that is a response (result or error), "" when it
        cannot be read (it then must be inspected), None for requests and notifications."""
        try:
            m = self._reader.parse(raw)
        except MCPError:
            return ""
        if isinstance(m, list):
            return ""  # a batch of responses: inspected whole, which denies it
        return id_key(m.id) if m.kind in ("result", "error") else None

    def result(self, raw: bytes, *, tool: str, principal: str) -> bytes:
        """What goes back to the client for a tools/call's response ``raw``."""
        try:
            r = self.gateway.inspect_result(raw, principal=principal, server=self.server, tool=tool)
        except Exception as exc:  # fail closed: an uninspected result does not go back
            log.error("result inspection failed (%s): the result is withheld", type(exc).__name__)
            self.recorder.refused("error:result", self.server)
            m = _plain_reading(raw)
            return error_response(m.get("id") if m else None, "Result withheld: proxy error")
        if r.stage != "not_required":
            self.recorder.inspected(r, principal, self.server, tool)
        return raw if r.allow else bytes(r.response)
