"""The go path: one go/gateway over the engines' own Go objects, one crossing per decision."""

from __future__ import annotations

import dataclasses
import json
import struct
from binascii import b2a_base64
from typing import Any, Callable, Optional

from .._handle import NativeHandle
from ..anomaly._go import _anomaly
from ..errors import Closed, from_native
from ..injection._types import Finding, ScanResult
from ..mcp import MCPParser
from ._python import CLEAN_SCAN, Components
from ._types import Decision, Message, Request, ResultDecision, Timings

_decode = json.JSONDecoder().raw_decode
_UNCROSSABLE = "!"  # a credential gopy cannot pass (NUL, lone surrogates): malformed, as authn's facade does


_CLEAN_ROWS = [0, "allow", False, []]


def _scan(rows: Optional[list[Any]]) -> Optional[ScanResult]:
    if rows is None:
        return None
    if rows == _CLEAN_ROWS:  # every cache hit, most scans: one immutable result, not a new one
        return CLEAN_SCAN
    score, decision, truncated, findings = rows
    return ScanResult(tuple(map(Finding._make, findings)), score, decision, truncated)


_FIELDS = tuple(f.name for f in dataclasses.fields(Decision))
_new = object.__new__


def _fields(f: list[Any]) -> dict[str, Any]:
    """The Decision's fields but timings (a placeholder keeps its place) from go/sarkbind's frame
    after its timings (appendDecision in gateway.go), in field order."""
    ident, anomalies, response = f[4], f[9], f[15]
    f[1] = tuple(f[1])
    f[4] = None if ident is None else int(ident) if ident.isdigit() else _decode(ident)[0]
    f[8] = _scan(f[8])
    f[9] = tuple(map(_anomaly, anomalies)) if anomalies else ()
    f[11] = tuple(f[11])
    f[15] = None if response is None else response.encode()
    f.insert(15, None)  # timings
    return dict(zip(_FIELDS, f, strict=True))


def _build(fields: dict[str, Any], timings: Timings) -> Decision:
    """A Decision without the frozen dataclass's __init__ (17 guarded setattrs: half the cost of
    decoding a frame); the values are exactly those __init__ would store."""
    d: Decision = _new(Decision)
    attrs = d.__dict__
    attrs.update(fields)
    attrs["timings"] = timings
    return d


def _decision(f: list[Any]) -> Decision:
    """A Decision from one decoded frame of GatewayAuthorizeMany."""
    return _build(_fields(f[1:]), Timings._make(f[0]))


# Decoded frames of decisions whose fields are all immutable (no scan findings, no anomalies:
# every cache hit): a repeated decision is decoded once. Bounded: emptied when full, and only
# short frames are kept (a body's text is its own key).
_known: dict[str, dict[str, Any]] = {}
_KNOWN_MAX, _KNOWN_TEXT_MAX = 256, 2048


_TIMINGS = struct.Struct("<7q")  # appendFrame's timings: seven little-endian int64, in hex
_TIMINGS_HEX = 2 * _TIMINGS.size


def _frame_decision(frame: str) -> Decision:
    """A Decision from GatewayAuthorize's frame (appendFrame): the 7 timings as hex of
    little-endian int64, then the other fields as a JSON array. Two hits of one request differ
    only in their timings, so the rest is decoded once (``_known``)."""
    timings = Timings._make(_TIMINGS.unpack(bytes.fromhex(frame[:_TIMINGS_HEX])))
    body = frame[_TIMINGS_HEX:]
    fields = _known.get(body)
    if fields is None:
        fields = _fields(_decode(body)[0])
        immutable = (fields["injection"] is None or fields["injection"] is CLEAN_SCAN) and not fields["anomalies"]
        if immutable and len(body) <= _KNOWN_TEXT_MAX:
            if len(_known) >= _KNOWN_MAX:
                _known.clear()
            _known[body] = fields
    return _build(fields, timings)


def _crossable(s: str) -> bool:
    if "\x00" in s:
        return False
    if s.isascii():
        return True
    try:
        s.encode()
    except UnicodeEncodeError:
        return False
    return True


def _principal_json(req: Request) -> str:
    p = req.principal
    if p is None:
        return ""
    return json.dumps({"ID": p.id, "Roles": p.roles, "Groups": p.groups, "Permissions": p.permissions, "MFA": p.mfa})


def _context_json(req: Request) -> str:
    ctx = req.context
    if ctx is None:
        return ""
    return ctx if _crossable(ctx) else _UNCROSSABLE  # not JSON: "context must be a JSON object", as in Python


def _credentials(req: Request) -> str:
    return req.credentials if _crossable(req.credentials) else _UNCROSSABLE


class GoGatewayBackend(NativeHandle):
    """go/gateway over the handles of the given engines (every one of them on the go backend)."""

    def __init__(self, c: Components, owned: Optional[MCPParser]) -> None:
        def handle(engine: object) -> int:
            return 0 if engine is None else int(engine._impl._h)  # type: ignore[attr-defined]

        config = {
            "policy": handle(c.policy),
            "query": c.query,
            "parser": handle(c.parser),
            "detector": handle(c.detector),
            "anomaly": handle(c.anomaly),
            "authenticator": handle(c.authenticator),
            "cache": handle(c.cache),
            "cache_ttl_ns": round(c.cache_ttl * 1e9),
            "sark_keyspace": c.sark_keyspace,
            "require_authorization": sorted(c.require),
            "workers": 0,
        }
        super().__init__("sarkbind_GatewayNew", "sarkbind_GatewayClose", config)
        self._c, self._owned = c, owned
        self._authorize = self._m.sarkbind_GatewayAuthorize
        self._authorize_encoded = self._m.sarkbind_GatewayAuthorizeEncoded
        # Engines with an injected clock (tests) have their Go clock set per call by their facade;
        # the gateway calls them inside Go, so their clocks are pushed first (one crossing each).
        self._ticks: list[Callable[[], None]] = []
        if c.authenticator is not None and c.authenticator._impl._clock is not None:  # type: ignore[attr-defined]
            self._ticks.append(c.authenticator._impl._tick)  # type: ignore[attr-defined]
        if c.cache is not None and c.cache._impl._clock is not None:  # type: ignore[attr-defined]
            impl = c.cache._impl
            self._ticks.append(lambda: impl._sync(impl._clock))  # type: ignore[attr-defined]
        anomaly = c.anomaly
        self._anomaly_now: Callable[[], int] = (lambda: 0) if anomaly is None else anomaly._now

    def _message(self, message: Message) -> tuple[bool, str]:
        """(encoded, text): what cannot cross as a str crosses as base64 of its bytes."""
        try:
            text = message if isinstance(message, str) else bytes(message).decode()
            if _crossable(text):
                return False, text
        except UnicodeDecodeError:
            pass
        raw = message.encode("utf-8", "surrogatepass") if isinstance(message, str) else bytes(message)
        return True, b2a_base64(raw, newline=False).decode("ascii")

    def _tick(self) -> None:
        for tick in self._ticks:
            try:
                tick()
            except Closed:  # the binding denies error:<stage> for a closed engine
                pass

    def authorize(self, request: Request) -> Decision:
        if self._ticks:
            self._tick()
        encoded, text = self._message(request.message)
        fn = self._authorize_encoded if encoded else self._authorize
        try:  # _handle.call, inlined: a frame less on every decision
            out = fn(
                self._h,
                request.time_ns,
                self._anomaly_now(),
                text,
                _credentials(request),
                _principal_json(request),
                request.server,
                _context_json(request),
            )
        except RuntimeError as exc:
            raise from_native(exc) from None
        return _frame_decision(out)

    def authorize_many(self, requests: list[Request]) -> list[Decision]:
        self._tick()
        rows = []
        for r in requests:
            encoded, text = self._message(r.message)
            p = r.principal
            rows.append(
                {
                    "now_ns": r.time_ns,
                    "message": text,
                    "encoded": encoded,
                    "credentials": _credentials(r),
                    "principal": None
                    if p is None
                    else dict(zip(("ID", "Roles", "Groups", "Permissions", "MFA"), p, strict=True)),
                    "server": r.server,
                    "context": _context_json(r),
                }
            )
        out = self._call("sarkbind_GatewayAuthorizeMany", self._anomaly_now(), json.dumps(rows))
        return [_decision(f) for f in json.loads(out)]

    def inspect_result(self, response: Message, principal: str, server: str, tool: str) -> ResultDecision:
        encoded, text = self._message(response)
        if encoded:  # cannot cross as a str, so it cannot be valid JSON text: the parser refuses it
            from ._python import inspect_result

            return inspect_result(self._c, response)
        f = json.loads(self._call("sarkbind_GatewayInspectResult", text, principal, server, tool))
        return ResultDecision(f[0], f[1], tuple(f[2]), f[3], f[4].encode(), _scan(f[5]), f[6])

    def engines_open(self) -> dict[str, bool]:
        out: dict[str, bool] = json.loads(self._call("sarkbind_GatewayStats"))["engines_open"]
        return out

    def close(self) -> None:
        super().close()
        if self._owned is not None:
            self._owned.close()
