"""The gateway pipeline in Python, over the components as given (any backend, subclasses too).

It follows go/gateway/README.md step by step: the same stages in the same order, the same
inputs to each engine, the same policy input text, cache key, reasons and error responses,
so that a decision is the same as the go path's (tests/gateway checks it).
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from typing import Any, NamedTuple, NoReturn, Optional

from ..anomaly import AnomalyDetector
from ..anomaly._events import row
from ..authn import Authenticator
from ..authn.errors import AuthenticationError
from ..cache import TTLCache
from ..cache._types import SharedTier
from ..errors import Closed, ForkedProcessError
from ..injection import InjectionDetector
from ..injection._types import ScanResult
from ..mcp import MCPParser
from ..mcp.errors import MCPError, error_response
from ..policy import PolicyEngine
from . import _sark
from ._types import CODE_DENIED, Decision, Message, Principal, Request, ResultDecision, Timings

ACTION = "gateway:tool:invoke"
DEFAULT_CACHE_TTL = 60.0
MAX_CACHE_TTL = 86_400.0
REDACTED = "[redacted: possible prompt injection]"
_BATCH = "invalid_message: batches are authorized one message at a time"
_BAD_CONTEXT = "invalid_request: context must be a JSON object"
_LEVELS = {"allow": 0, "alert": 1, "block": 2}
#: The only scan result a cached decision was made on: no findings, risk 0, allow, not truncated.
CLEAN_SCAN = ScanResult((), 0, "allow", False)
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_scan_value = json.JSONDecoder().raw_decode


class Components(NamedTuple):
    """What a gateway composes; None switches a stage off (the policy is required)."""

    policy: PolicyEngine
    query: str
    parser: MCPParser
    detector: Optional[InjectionDetector]
    anomaly: Optional[AnomalyDetector]
    authenticator: Optional[Authenticator]
    cache: Optional[TTLCache]
    cache_ttl: float
    require: frozenset[str]
    sark_keyspace: bool = False  # share tools/call decisions in SARK's keyspace (_sark.py)


class _Done(Exception):
    """A stage decided: the pipeline stops."""


class _StageFailed(Exception):
    """Another stage's engine failed: the decision is error:<stage> of that engine."""

    def __init__(self, stage: str) -> None:
        self.stage = stage


def deny_response(id: Any, stage: str, reasons: list[str]) -> bytes:
    """The -32001 JSON-RPC error response of a deny (go/gateway/README.md)."""
    return error_response(CODE_DENIED, "Request denied", {"reasons": reasons, "stage": stage}, id)


class _Run:
    """The state of one authorize call, handed from stage to stage (go/gateway's pipeline)."""

    def __init__(self, c: Components, req: Request) -> None:
        self.c, self.req = c, req
        self.allow, self.reasons, self.stage, self.step_up = False, [], "", False
        self.id: Any = None
        self.method = self.tool = self.principal_id = ""
        self.principal: Optional[Principal] = None
        self.arguments = "{}"
        self.context = "{}"
        self.scan: Optional[ScanResult] = None
        self.anomalies: Optional[tuple[Any, ...]] = None
        self.level = "none"
        self.filtered: tuple[str, ...] = ()
        self.filtered_arguments: Optional[str] = None
        self.cache_hit = False
        self.revision = 0
        self.key_body = ""
        self.sark_key: Optional[str] = None
        self.user = self.tool_json = ""
        self.response: Optional[bytes] = None
        self.times = [0] * 6

    reasons: list[str]

    def deny(self, stage: str, reasons: list[str]) -> NoReturn:
        self.allow, self.stage, self.reasons = False, stage, reasons
        self.response = deny_response(self.id, stage, reasons)
        raise _Done

    # ------------------------------------------------------------------ 1. parse

    def parse(self) -> None:
        c = self.c
        try:
            parsed = c.parser.parse(self.req.message)
        except MCPError as e:
            self.id = e.id
            self.allow, self.stage = False, "parse"
            self.reasons = ["invalid_message: " + str((e.data or {}).get("reason", ""))]
            self.response = e.to_response()
            raise _Done from None
        if isinstance(parsed, list):
            self.deny("parse", [_BATCH])
        msg = parsed
        self.id = msg.id
        self.method = msg.method or ""
        if msg.method is None or msg.method not in c.require:
            self.allow, self.stage = True, "not_required"
            raise _Done
        self.tool = msg.tool_name if msg.tool_name is not None else self._tool_of(msg.method, msg.params)
        self.arguments = msg.arguments_raw if msg.arguments_raw is not None else "{}"
        if self.req.context is not None:
            try:
                canon = c.parser.canonicalize(self.req.context).decode()
            except Exception:  # go: any error of Canonicalize is an invalid context
                canon = ""
            if not canon.startswith("{"):
                self.deny("parse", [_BAD_CONTEXT])
            self.context = canon

    @staticmethod
    def _tool_of(method: str, params: Any) -> str:
        value = params.get("uri" if method == "resources/read" else "name") if isinstance(params, dict) else None
        return value if isinstance(value, str) else ""

    # ------------------------------------------------------------------ 2. authn

    def authenticate(self) -> None:
        req, auth = self.req, self.c.authenticator
        if req.principal is not None and req.credentials:
            self.deny("authn", ["invalid_request: credentials and principal are exclusive"])
        if req.principal is not None:
            self.principal = req.principal
        elif not req.credentials:
            self.deny("authn", ["unauthenticated: missing_credentials"])
        elif auth is None:
            self.deny("authn", ["unauthenticated: no_authenticator"])
        else:
            cred = req.credentials
            if cred[:7].lower() == "bearer ":  # ASCII only: go's EqualFold on "bearer " agrees
                cred = cred[7:].lstrip(" ")
            try:
                p = auth.verify_api_key(cred, None) if cred.startswith("sark_sk_") else auth.verify_jwt(cred)
            except AuthenticationError as e:
                self.deny("authn", ["unauthenticated: " + e.reason])
            claims = p.claims
            amr = claims.get("amr")
            mfa = claims.get("mfa") is True or (isinstance(amr, (list, tuple)) and "mfa" in amr)
            self.principal = Principal(p.id, tuple(p.roles), tuple(p.groups), tuple(p.permissions), mfa)
        assert self.principal is not None
        if not self.principal.id:
            self.deny("authn", ["unauthenticated: empty_principal"])
        self.principal_id = self.principal.id

    # ------------------------------------------------------------------ 3. scan, 4. anomaly

    def scan_arguments(self) -> None:
        """The call's arguments, scanned as arguments (the kind picks the classifier's model)."""
        assert self.c.detector is not None
        self.scan = self.c.detector.scan(json.loads(self.arguments), kind="argument")

    def check_anomaly(self) -> None:
        det = self.c.anomaly
        assert det is not None and self.principal is not None
        event = {"principal": self.principal.id, "timestamp": 0, "tool": self.tool, "server": self.req.server}
        if type(det).observe_and_detect is AnomalyDetector.observe_and_detect:
            r = row(event)  # the request's time to the nanosecond: the facade takes seconds
            found = det._impl.observe_and_detect((r[0], self.req.time_ns, *r[2:]), det._now())
        else:  # a subclass's own observe_and_detect decides
            found = det.observe_and_detect(dict(event, timestamp=self.req.time_ns / 1e9))
        self.anomalies = found.anomalies
        self.level = det.alert(found.anomalies).level

    # ------------------------------------------------------------------ 5. cache

    def lookup_cache(self) -> None:
        """Before the scan: an entry is only stored after a clean scan of exactly those
        arguments by exactly this detector revision (both in the key), so a hit knows the
        scan's result and the scan does not run (go/gateway/README.md, "5. cache")."""
        c = self.c
        assert c.cache is not None
        self.user, self.tool_json = self._user_json(), self._tool_json()
        if self.anomalies:
            return
        canon_args = c.parser.canonicalize(self.arguments)
        self.key_body = self._key_body(canon_args)
        rev = c.policy.revision
        shared = c.cache._shared_tier() if c.sark_keyspace else None
        value = c.cache.get(_key(rev, self.key_body)) if shared is None else shared.local_get(_key(rev, self.key_body))
        if not isinstance(value, str) or not value.startswith("g"):
            return
        if c.detector is not None:
            self.scan = CLEAN_SCAN  # what the skipped scan gives
        self.apply(value[1:], rev, "cache")
        self.cache_hit = True
        raise _Done

    def _key_body(self, canon_args: bytes) -> str:
        h = hashlib.sha256()
        det = self.c.detector
        stages = ("s" if det is not None else "-") + ("a" if self.c.anomaly is not None else "-")
        try:
            detector = "-" if det is None else str(det.revision)
        except Closed:  # go denies a closed detector error:scan on every call, hits too
            raise _StageFailed("scan") from None
        fields = (self.c.query, ACTION, stages, detector, self.method, self.req.server, self.tool_json, self.user)
        for text in fields:
            b = text.encode("utf-8", "surrogatepass")
            h.update(len(b).to_bytes(8, "big"))
            h.update(b)
        h.update(len(canon_args).to_bytes(8, "big"))
        h.update(canon_args)
        return h.hexdigest()

    def _user_json(self) -> str:
        u = self.principal
        assert u is not None
        return (
            f'{{"groups":{_dumps(list(u.groups))},"id":{_dumps(u.id)},"mfa":{"true" if u.mfa else "false"},'
            f'"permissions":{_dumps(list(u.permissions))},"roles":{_dumps(list(u.roles))}}}'
        )

    def _tool_json(self) -> str:
        return f'{{"name":{_dumps(self.tool)}}}'  # no sensitivity map: go's is empty too

    # ------------------------------------------------------------------ 6. policy

    def decide(self) -> NoReturn:
        c = self.c
        if not self.user:
            self.user, self.tool_json = self._user_json(), self._tool_json()
        rev = c.policy.revision  # read before evaluating: a change meanwhile bumps it
        result = c.policy.evaluate_json(c.query, self._policy_input())
        if result is None:
            self.revision = rev
            self.deny("policy", ["policy_undefined"])
        ttl = self.apply(result, rev, "policy")
        if self.key_body and ttl > 0 and (self.scan is None or self.scan == CLEAN_SCAN):
            assert c.cache is not None
            shared = c.cache._shared_tier() if c.sark_keyspace else None
            if shared is None:
                c.cache.set(_key(rev, self.key_body), "g" + result, ttl)
            else:
                self.store_sark(shared, result, ttl)
                shared.local_set(_key(rev, self.key_body), "g" + result, ttl)
        raise _Done  # the policy always decides

    # ------------------------------------------------------------------ SARK's keyspace

    def lookup_sark(self) -> None:
        """After a clean scan, on a miss of the local tier: SARK's entry for this principal,
        tool and context (go/gateway/sarkcache.go's lookupSARK)."""
        c = self.c
        if not self.key_body or not (self.scan is None or self.scan == CLEAN_SCAN):
            return
        assert self.principal is not None and c.cache is not None
        self.sark_key = _sark.key(self.principal.id, self.method, self.tool, self.context)
        shared = c.cache._shared_tier()
        if self.sark_key is None or shared is None:
            return
        raw = shared.raw_get(self.sark_key)
        found = None if raw is None else _sark.read(c.parser, raw, c.cache.revision)
        if found is None:
            return
        allow, reasons = found
        doc = {"allow": allow, "reasons": reasons}
        self.apply(json.dumps(doc), c.policy.revision, "cache")
        self.cache_hit = True
        raise _Done

    def store_sark(self, shared: SharedTier, result: str, ttl: float) -> None:
        """The policy's decision under SARK's key, for SARK's TTL (go: storeSARK)."""
        if self.sark_key is None or self.filtered:
            return
        _, _, _, hint, sensitivity = _read_result(result)
        sark_ttl = _sark.ttl(sensitivity)
        assert self.c.cache is not None
        text = _sark.value(self.allow, self.reasons, self.c.cache.revision)
        shared.raw_set(self.sark_key, text, min(ttl, sark_ttl) if hint is not None else sark_ttl)

    def _policy_input(self) -> str:
        parts = [f'{{"action":{_dumps(ACTION)}']
        if self.anomalies is not None:
            types = [a.type for a in self.anomalies]
            parts.append(f',"anomaly":{{"level":{_dumps(self.level)},"types":{_dumps(types)}}}')
        parts.append(f',"arguments":{self.arguments},"context":{self.context}')
        if self.scan is not None:
            s = self.scan
            ids = _dumps(_unique_ids(s))
            parts.append(
                f',"injection":{{"decision":{_dumps(s.decision)},"findings":{ids},"risk_score":{s.risk_score}}}'
            )
        parts.append(f',"method":{_dumps(self.method)},"server":{_dumps(self.req.server)},"time_ns":{self.req.time_ns}')
        parts.append(f',"tool":{self.tool_json},"user":{self.user}}}')
        return "".join(parts)

    def apply(self, result: str, rev: int, stage: str) -> float:
        """Make the policy's result the decision of ``stage``; return how long it may be cached."""
        allow, reasons, filtered, ttl_hint, _ = _read_result(result)
        self.revision = rev
        self.step_up = any(r.startswith("step_up_required") for r in reasons)
        if filtered:
            self.filtered = tuple(filtered)
            self.filtered_arguments = self._filter_arguments(filtered)
        if allow:
            self.allow, self.stage, self.reasons = True, stage, reasons
        else:
            self.allow, self.stage, self.reasons = False, stage, reasons or ["policy_denied"]
            self.response = deny_response(self.id, stage, self.reasons)
        if ttl_hint is None:
            return self.c.cache_ttl
        return 0.0 if ttl_hint <= 0 else min(ttl_hint, MAX_CACHE_TTL)

    def _filter_arguments(self, names: list[str]) -> Optional[str]:
        if not self.arguments.startswith("{"):
            return None
        members = _members(self.c.parser.canonicalize(self.arguments).decode())
        drop = set(names)
        kept = ",".join(f"{_dumps(k)}:{raw}" for k, raw in members if k not in drop)
        return self.c.parser.canonicalize("{" + kept + "}").decode()

    # ------------------------------------------------------------------ the result

    def decision(self, total: int) -> Decision:
        t = self.times
        return Decision(
            self.allow,
            tuple(self.reasons),
            self.stage,
            self.step_up,
            self.id,
            self.method,
            self.tool,
            self.principal_id,
            self.scan,
            self.anomalies or (),
            self.level,
            self.filtered,
            self.filtered_arguments,
            self.cache_hit,
            self.revision,
            Timings(t[0], t[1], t[2], t[3], t[4], t[5], total),
            self.response,
        )

    def failed(self, stage: str, total: int) -> Decision:
        """go/gateway keeps the id, method, tool and principal of a failed call, nothing else."""
        t = self.times
        reasons = ("error:" + stage,)
        return Decision(
            False,
            reasons,
            stage,
            id=self.id,
            method=self.method,
            tool=self.tool,
            principal=self.principal_id,
            timings=Timings(t[0], t[1], t[2], t[3], t[4], t[5], total),
            error_response=deny_response(self.id, stage, list(reasons)),
        )


def _key(rev: int, body: str) -> str:
    return f"gw2:{rev}:{body}"


def _unique_ids(scan: ScanResult) -> list[str]:
    return list(dict.fromkeys(f.pattern_id for f in scan.findings))


def _fold(key: str) -> str:
    """encoding/json matches object keys to fields case-insensitively (with Unicode's K and ſ)."""
    return key.replace("\u212a", "k").replace("\u017f", "s").lower()


def _read_result(text: str) -> tuple[bool, list[str], list[str], Optional[float], Optional[str]]:
    """(allow, reasons, filtered_parameters, cache_ttl, sensitivity when a str) of a policy result,
    as go/gateway reads it; ValueError for anything but a boolean or an object with a boolean allow."""
    t = text.strip()
    if t in ("true", "false"):
        return t == "true", [], [], None, None
    doc = json.loads(t)
    if not isinstance(doc, dict):
        raise ValueError("policy result is neither a boolean nor an object")
    fields: dict[str, Any] = {}
    for k, v in doc.items():  # the last of the keys folding to a field wins, as in Go
        f = _fold(k)
        if f in ("allow", "reasons", "filtered_parameters", "cache_ttl", "sensitivity"):
            fields[f] = v
    allow = fields.get("allow")
    if allow is not None and type(allow) is not bool:
        raise ValueError("allow is not a boolean")
    if allow is None:
        raise ValueError("policy result without a boolean allow")
    ttl = fields.get("cache_ttl")
    if ttl is not None and (type(ttl) not in (int, float)):
        raise ValueError("cache_ttl is not a number")
    sensitivity = fields.get("sensitivity")
    return (
        allow,
        _strings(fields.get("reasons")),
        _strings(fields.get("filtered_parameters")),
        ttl,
        sensitivity if type(sensitivity) is str else None,
    )


def _strings(v: Any) -> list[str]:
    if v is None:
        return []
    if not isinstance(v, list) or not all(type(s) is str for s in v):
        raise ValueError("not a list of strings")
    return v


def _members(canonical: str) -> list[tuple[str, str]]:
    """The members of a canonical (compact) JSON object as (key, raw value text)."""
    out: list[tuple[str, str]] = []
    i = 1
    while canonical[i] != "}":
        key, i = json.decoder.scanstring(canonical, i + 1)  # type: ignore[attr-defined]
        _, end = _scan_value(canonical, i + 1)
        out.append((key, canonical[i + 1 : end]))
        i = end + 1 if canonical[end] == "," else end
    return out


_STAGES: tuple[tuple[str, int, Callable[[_Run], None], Callable[[Components], bool]], ...] = (
    ("parse", 0, _Run.parse, lambda c: True),
    ("authn", 1, _Run.authenticate, lambda c: True),
    ("anomaly", 3, _Run.check_anomaly, lambda c: c.anomaly is not None),
    ("cache", 4, _Run.lookup_cache, lambda c: c.cache is not None),  # a hit skips the scan
    ("scan", 2, _Run.scan_arguments, lambda c: c.detector is not None),
    ("cache", 4, _Run.lookup_sark, lambda c: c.sark_keyspace),  # after a clean scan
    ("policy", 5, _Run.decide, lambda c: True),
)


def authorize(c: Components, req: Request) -> Decision:
    """One decision; never raises for what a request holds: a failing stage denies error:<stage>."""
    start = time.perf_counter_ns()
    run = _Run(c, req)
    clock = time.perf_counter_ns
    for name, slot, stage, on in _STAGES:
        if not on(c):
            continue
        t0 = clock()
        try:
            stage(run)
        except _Done:
            run.times[slot] += clock() - t0
            return run.decision(clock() - start)
        except ForkedProcessError:  # the process, not the request, is wrong: no decision at all
            raise
        except _StageFailed as e:
            run.times[slot] += clock() - t0
            return run.failed(e.stage, clock() - start)
        except Exception:
            run.times[slot] += clock() - t0
            return run.failed(name, clock() - start)
        run.times[slot] += clock() - t0
    return run.failed("gateway", clock() - start)  # unreachable: the policy stage always decides


# ---------------------------------------------------------------------- inspect_result


class _Num(str):
    """A JSON number kept as its text."""


def _write(v: Any, loc: str, targets: set[str], hit: set[str], out: list[str]) -> None:
    """Copy a decoded JSON value, replacing the strings at ``targets`` (go/gateway's redactor)."""
    if isinstance(v, dict):
        out.append("{")
        for i, (k, x) in enumerate(v.items()):
            out.append(("," if i else "") + _dumps(k) + ":")
            _write(x, f"{loc}.{k}" if loc else k, targets, hit, out)
        out.append("}")
    elif isinstance(v, list):
        out.append("[")
        for i, x in enumerate(v):
            out.append("," if i else "")
            _write(x, f"{loc}[{i}]", targets, hit, out)
        out.append("]")
    elif type(v) is _Num:
        out.append(v)
    elif isinstance(v, str):
        if loc in targets:
            hit.add(loc)
            v = REDACTED
        out.append(_dumps(v))
    else:
        out.append(_dumps(v))


def _redact(parser: MCPParser, result: str, scan: ScanResult) -> Optional[str]:
    targets = set()
    for f in scan.findings:
        if f.location.endswith("#key") or f.category == "structure":
            return None
        targets.add(f.location)
    doc = json.loads(result, parse_int=_Num, parse_float=_Num, parse_constant=_Num)
    out: list[str] = []
    hit: set[str] = set()
    _write(doc, "", targets, hit, out)
    if hit != targets:
        return None
    return parser.canonicalize("".join(out)).decode()


def inspect_result(
    c: Components, response: Message, level: str = "alert", rc: tuple[str, str, str] = ("", "", "")
) -> ResultDecision:
    """go/gateway's InspectResult in redact mode from ``level``; a failure denies error:result."""
    start = time.perf_counter_ns()
    raw = bytes(response) if not isinstance(response, str) else response.encode("utf-8", "surrogatepass")
    id: Any = None

    def deny(reasons: list[str]) -> ResultDecision:
        resp = deny_response(id, "result", reasons)
        return ResultDecision(False, False, tuple(reasons), "result", resp, None, time.perf_counter_ns() - start)

    try:
        try:
            parsed = c.parser.parse(response)
        except MCPError as e:
            why = ("invalid_response: " + str((e.data or {}).get("reason", "")),)
            return ResultDecision(False, False, why, "result", e.to_response(), None, time.perf_counter_ns() - start)
        if isinstance(parsed, list):
            return deny(["invalid_response: a batch is not a tool result"])
        msg = parsed
        if msg.kind != "result" or c.detector is None:
            return ResultDecision(True, False, (), "not_required", raw, None, time.perf_counter_ns() - start)
        id = msg.id
        assert msg.result_raw is not None
        scan = c.detector.scan(json.loads(msg.result_raw), kind="tool_result")  # what a tool returned
        took = time.perf_counter_ns
        if scan.truncated:
            d = deny(["result_too_large_to_scan"])
            return ResultDecision(d.allow, False, d.reasons, d.stage, d.response, scan, took() - start)
        if _LEVELS.get(scan.decision, 0) < _LEVELS[level]:
            return ResultDecision(True, False, (), "result", raw, scan, took() - start)
        reasons = ["injection_in_result: " + ",".join(_unique_ids(scan))]
        redacted = _redact(c.parser, msg.result_raw, scan)
        if redacted is not None:
            body = f'{{"id":{_dumps(id)},"jsonrpc":"2.0","result":{redacted}}}'.encode()
            return ResultDecision(False, True, tuple(reasons), "result", body, scan, took() - start)
        d = deny(reasons)
        return ResultDecision(False, False, d.reasons, "result", d.response, scan, took() - start)
    except Exception:
        return deny(["error:result"])


class PythonGatewayBackend:
    """The pipeline in Python; ``close()`` closes only what the gateway owns (its parser)."""

    def __init__(self, components: Components, owned: Optional[MCPParser]) -> None:
        self._c = components
        self._owned = owned

    def authorize(self, request: Request) -> Decision:
        return authorize(self._c, request)

    def authorize_many(self, requests: list[Request]) -> list[Decision]:
        return [authorize(self._c, r) for r in requests]

    def inspect_result(self, response: Message, principal: str, server: str, tool: str) -> ResultDecision:
        return inspect_result(self._c, response, "alert", (principal, server, tool))

    def engines_open(self) -> dict[str, bool]:
        return {}  # each engine says so itself when its stage runs (Closed: error:<stage>)

    def close(self) -> None:
        if self._owned is not None:
            self._owned.close()
