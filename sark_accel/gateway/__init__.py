"""The whole gateway decision in one call: parse, authenticate, scan, anomaly, cache, policy.

>>> from sark_accel.gateway import Gateway
>>> from sark_accel.policy import PolicyEngine, example_bundle
>>> policy = PolicyEngine(); policy.load_bundle(example_bundle())
>>> with Gateway(policy=policy) as gw:
...     d = gw.authorize(raw_message, principal={"id": "alice", "roles": ["developer"]}, server="mcp-fs")

go/gateway/README.md specifies every stage; both paths follow it and give the same decisions.
"""

from __future__ import annotations

import json
import sysconfig
import threading
import time
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Optional, Union

from .. import _backend
from ..anomaly import AnomalyDetector
from ..authn import Authenticator
from ..cache import TTLCache
from ..errors import Closed, InvalidArgument
from ..injection import InjectionDetector
from ..mcp import MCPParser
from ..policy import PolicyEngine
from ._python import DEFAULT_CACHE_TTL, Components, PythonGatewayBackend
from ._types import CODE_DENIED, Decision, GatewayBackend, Message, Principal, Request, ResultDecision, Timings
from .errors import EngineNotOnGoPath

# A CPython built without a GIL (python3.13t, 3.14t). Counter.update is not atomic there, and
# on a shared Counter it is not even memory-safe: its C helper (collections._count_elements)
# holds the old count as a borrowed reference while another thread's update may free it.
_FREE_THREADED = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))

__all__ = ["CODE_DENIED", "Decision", "EngineNotOnGoPath", "Gateway", "Principal", "ResultDecision", "Timings"]

DEFAULT_QUERY = "data.sark.gateway.decision"
DEFAULT_REQUIRE_AUTHORIZATION = ("tools/call", "resources/read", "prompts/get")

#: The engine classes whose exact instances the go path can use (a subclass's overrides run in Python).
_GO_CLASSES = (PolicyEngine, MCPParser, InjectionDetector, AnomalyDetector, Authenticator, TTLCache)

PrincipalLike = Union[Mapping[str, Any], Principal]
ContextLike = Union[Mapping[str, Any], str, bytes, None]


def _text(value: object, what: str) -> str:
    """A str that can cross into Go as is: no NUL, no lone surrogate (refused on both paths)."""
    if not isinstance(value, str):
        raise TypeError(f"{what} must be a str, not {type(value).__name__}")
    if value.isascii() and "\x00" not in value:  # the usual case, without encoding a copy
        return value
    if "\x00" in value:
        raise InvalidArgument(f"{what} holds a NUL character")
    try:
        value.encode()
    except UnicodeEncodeError:
        raise InvalidArgument(f"{what} is not valid Unicode (a lone surrogate)") from None
    return value


def _principal(p: Optional[PrincipalLike]) -> Optional[Principal]:
    if p is None or isinstance(p, Principal):
        return p
    if not isinstance(p, Mapping):
        raise TypeError(f"principal must be a mapping or a Principal, not {type(p).__name__}")
    unknown = set(p) - set(Principal._fields)
    if unknown:
        raise InvalidArgument(f"principal: unknown field {sorted(map(str, unknown))[0]!r}")
    lists = {}
    for name in ("roles", "groups", "permissions"):
        v = p.get(name) or ()
        if isinstance(v, str) or not isinstance(v, Iterable):
            raise TypeError(f"principal {name} must be a list of str")
        lists[name] = tuple(_text(x, f"principal {name}") for x in v)
    mfa = p.get("mfa", False)
    if type(mfa) is not bool:
        raise TypeError("principal mfa must be a bool")
    return Principal(_text(p.get("id", ""), "principal id"), lists["roles"], lists["groups"], lists["permissions"], mfa)


def _context(context: ContextLike) -> Optional[str]:
    """The context's JSON text (None: ``{}``); a dict is encoded here, ASCII-escaped."""
    if context is None:
        return None
    if isinstance(context, Mapping):
        return json.dumps(context)
    if isinstance(context, bytes):
        return context.decode("utf-8", "surrogateescape")
    if isinstance(context, str):
        return context
    raise TypeError(f"context must be a mapping, JSON text or None, not {type(context).__name__}")


class Gateway:
    """One authorization pipeline over the engines it is given (go/gateway/README.md).

    ``Gateway(*, policy, query="data.sark.gateway.decision", detector=None, anomaly=None,
    authenticator=None, cache=None, require_authorization=("tools/call", "resources/read",
    "prompts/get"), parser=None, cache_ttl=60.0, sark_keyspace=False, backend=None)``

    - When the backend resolves to go and every engine given is exactly its class on the go
      backend, ``authorize`` is ONE call into Go over those engines' own Go objects. Otherwise
      the same pipeline runs in Python over the engines as given (any backend, subclasses), with
      the same decisions. ``self.path`` says which (``"go"`` or ``"python"``). With go asked for
      explicitly (``backend="go"``, ``SARK_ACCEL_GATEWAY_BACKEND`` or ``SARK_ACCEL_BACKEND``), an
      engine the go path cannot use raises ``EngineNotOnGoPath`` naming it: no silent switch.
    - Never raises for what a request holds: any internal error denies with ``error:<stage>``.
      Wrong argument types raise ``TypeError``; a ``server`` or principal string holding NUL or a
      lone surrogate raises ``InvalidArgument`` on both paths.
    - ``sark_keyspace=True`` (with a ``cache`` that has a ``redis_url``) shares ``tools/call``
      decisions with SARK's own replicas through that Redis, in SARK's keys, values and TTLs
      (go/gateway/README.md, "SARK keyspace"); our own keys stay in the local tier.
    - The engines stay their owners': ``close()`` frees only the gateway (and the MCP parser it
      made when none was given). An engine closed while the gateway lives makes every call that
      needs it deny ``error:<its stage>`` (go: every call at all, checked before parsing).
    """

    def __init__(
        self,
        *positional: object,
        policy: PolicyEngine,
        query: str = DEFAULT_QUERY,
        detector: Optional[InjectionDetector] = None,
        anomaly: Optional[AnomalyDetector] = None,
        authenticator: Optional[Authenticator] = None,
        cache: Optional[TTLCache] = None,
        require_authorization: Sequence[str] = DEFAULT_REQUIRE_AUTHORIZATION,
        parser: Optional[MCPParser] = None,
        cache_ttl: float = DEFAULT_CACHE_TTL,
        sark_keyspace: bool = False,
        backend: Optional[str] = None,
    ) -> None:
        _backend.keyword_only("Gateway", positional)
        for value, cls, name in (
            (policy, PolicyEngine, "policy"),
            (detector, InjectionDetector, "detector"),
            (anomaly, AnomalyDetector, "anomaly"),
            (authenticator, Authenticator, "authenticator"),
            (cache, TTLCache, "cache"),
            (parser, MCPParser, "parser"),
        ):
            if not (value is None and name != "policy") and not isinstance(value, cls):
                raise TypeError(f"{name} must be a {cls.__name__}, not {type(value).__name__}")
        if not isinstance(query, str) or not query:
            raise TypeError("query must be a non-empty str")
        if isinstance(require_authorization, str) or not all(isinstance(m, str) for m in require_authorization):
            raise TypeError("require_authorization must be a sequence of str")
        if type(cache_ttl) not in (int, float) or not 0 < cache_ttl <= 86_400:
            raise InvalidArgument(f"cache_ttl must be seconds in (0, 86400], got {cache_ttl!r}")
        if type(sark_keyspace) is not bool:
            raise TypeError("sark_keyspace must be a bool")
        if sark_keyspace and (cache is None or cache._shared_tier() is None):
            raise InvalidArgument("sark_keyspace needs a cache with a redis_url")
        self.backend = _backend.resolve("gateway", backend)
        owned = None
        if parser is None:
            parser = owned = MCPParser(backend=self.backend)
        c = Components(
            policy, query, parser, detector, anomaly, authenticator, cache, float(cache_ttl),
            frozenset(require_authorization), sark_keyspace,
        )  # fmt: skip
        go = self.backend == "go" and self._go_path_possible(
            backend, policy=policy, parser=parser, detector=detector, anomaly=anomaly,
            authenticator=authenticator, cache=cache,
        )  # fmt: skip
        self.path = "go" if go else "python"
        self._impl: GatewayBackend
        if go:
            from ._go import GoGatewayBackend

            self._impl = GoGatewayBackend(c, owned)
        else:
            self._impl = PythonGatewayBackend(c, owned)
        self._counts: Counter[tuple[bool, str]] = Counter()
        self._counts_lock = threading.Lock() if _FREE_THREADED else None
        self._closed = False

    @staticmethod
    def _go_path_possible(backend: Optional[str], **engines: object) -> bool:
        """Whether the go path can use every engine given: each exactly its class (a subclass's
        overrides must run) on the go backend. When go was explicitly requested (argument or
        flag), an engine it cannot use is refused (EngineNotOnGoPath), never silently run in
        Python; by default the gateway then runs the Python pipeline."""
        choice, source = _backend.requested("gateway", backend)
        for name, engine in engines.items():
            if engine is None:
                continue
            if type(engine) not in _GO_CLASSES:
                base = next(c for c in _GO_CLASSES if isinstance(engine, c))
                why = f"{type(engine).__name__} is a subclass of {base.__name__}"
            elif getattr(engine, "backend", None) != "go":
                why = "it runs on the python backend"
            else:
                continue
            if choice == "go":
                raise EngineNotOnGoPath(name, why, source)
            return False
        return True

    def _request(
        self, message: Message, credentials: Optional[str], principal: Optional[PrincipalLike],
        server: Optional[str], context: ContextLike, time_ns: Optional[int],
    ) -> Request:  # fmt: skip
        if not isinstance(message, (str, bytes, bytearray, memoryview)):
            raise TypeError(f"message must be bytes or str, not {type(message).__name__}")
        if credentials is not None and not isinstance(credentials, str):
            raise TypeError(f"credentials must be a str, not {type(credentials).__name__}")
        if time_ns is not None and type(time_ns) is not int:
            raise TypeError("time_ns must be an int")
        return Request(
            message,
            credentials or "",
            _principal(principal),
            "" if server is None else _text(server, "server"),
            _context(context),
            time.time_ns() if time_ns is None else time_ns,
        )

    def _count(self, decisions: Iterable[Decision]) -> None:
        # With a GIL, no lock: Counter.update of a list runs in C without a Python-level switch
        # between an entry's read and write, so no count is lost. A threading.Lock here made a
        # lock convoy: with two threads, a cache hit handed the GIL over about twice per call
        # (1.8 voluntary context switches per decision, 0.33x the one-thread rate).
        # Without a GIL the update needs the lock (_FREE_THREADED): lost counts, and crashes.
        pairs = [(d.allow, d.stage) for d in decisions]
        lock = self._counts_lock
        if lock is None:
            self._counts.update(pairs)
        else:
            with lock:
                self._counts.update(pairs)

    def authorize(
        self,
        message: Message,
        *,
        credentials: Optional[str] = None,
        principal: Optional[PrincipalLike] = None,
        server: Optional[str] = None,
        context: ContextLike = None,
        time_ns: Optional[int] = None,
    ) -> Decision:
        """Decide one raw JSON-RPC message. ``credentials`` is an Authorization header value
        (``Bearer <jwt>``), a bare JWT or a SARK API key; ``principal`` (``{"id", "roles",
        "groups", "permissions", "mfa"}``) an identity the caller established instead;
        ``context`` a JSON object (dict or text) passed as ``input.context``; ``time_ns`` the
        request's time (default: now)."""
        self._check_open()
        d = self._impl.authorize(self._request(message, credentials, principal, server, context, time_ns))
        self._count((d,))
        return d

    def authorize_many(self, requests: Iterable[Mapping[str, Any]]) -> list[Decision]:
        """``authorize`` for each request (a mapping of ``authorize``'s arguments, ``message``
        required), in order; go: in parallel goroutines, one crossing."""
        self._check_open()
        reqs = []
        for r in requests:
            kw = dict(r)
            unknown = set(kw) - {"message", "credentials", "principal", "server", "context", "time_ns"}
            if unknown or "message" not in kw:
                raise TypeError(f"a request is a mapping with message and authorize's keywords, got {sorted(kw)}")
            reqs.append(
                self._request(
                    kw["message"], kw.get("credentials"), kw.get("principal"), kw.get("server"),
                    kw.get("context"), kw.get("time_ns"),
                )
            )  # fmt: skip
        ds = self._impl.authorize_many(reqs)
        self._count(ds)
        return ds

    def inspect_result(
        self, response: Message, *, principal: str = "", server: str = "", tool: str = ""
    ) -> ResultDecision:
        """Scan a tool's result (the raw JSON-RPC response) for injected instructions before it
        goes back to the agent: from an ``alert`` on, the strings holding findings are redacted
        (``redacted``), or the response denied when a finding cannot be redacted."""
        self._check_open()
        if not isinstance(response, (str, bytes, bytearray, memoryview)):
            raise TypeError(f"response must be bytes or str, not {type(response).__name__}")
        return self._impl.inspect_result(
            response, _text(principal, "principal"), _text(server, "server"), _text(tool, "tool")
        )

    def stats(self) -> dict[str, Any]:
        """Decisions so far by outcome and stage: ``{"path", "allow": {stage: n}, "deny": {stage: n},
        "engines_open": {stage: bool}}`` (go path: whether each engine it uses is still open)."""
        self._check_open()
        counts = dict(self._counts)  # one C-level copy: consistent (without a GIL, dict locks it)
        out: dict[str, Any] = {"path": self.path, "allow": {}, "deny": {}, "engines_open": self._impl.engines_open()}
        for (allow, stage), n in sorted(counts.items()):
            out["allow" if allow else "deny"][stage] = n
        return out

    def _check_open(self) -> None:
        if self._closed:
            raise Closed("gateway is closed")

    def close(self) -> None:
        """Free the gateway (not the engines it was given); idempotent. Later calls raise ``Closed``."""
        self._closed = True
        self._impl.close()

    def __enter__(self) -> Gateway:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Gateway path={self.path}>"
