"""OPA policy decisions: embedded OPA (Go) or a real OPA server over REST (Python).

>>> from sark_accel.policy import PolicyEngine, example_bundle
>>> engine = PolicyEngine()                       # go backend: OPA inside the process
>>> engine.load_bundle(example_bundle())          # the shipped MCP gateway policy
>>> engine.evaluate("data.sark.gateway.decision", {"user": {...}, "tool": "fs.read_file", ...})
{'allow': True, 'reasons': [], 'cache_ttl': 180, ...}

Undefined decisions: ``evaluate`` returns the :data:`UNDEFINED` sentinel (falsy; test with
``result is UNDEFINED``), because ``None`` is a valid result (Rego ``null``). ``is_allowed`` is
the fail-closed shortcut: True only for a result ``True`` or an object whose ``"allow"`` is True.
"""

from __future__ import annotations

import itertools
import json
import logging
import os
import threading
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Optional, Union

from .. import _backend
from ..errors import Closed, InvalidArgument
from ._closed import ClosedPolicyBackend
from ._decision_cache import DecisionCache
from ._json import DEFAULT_MAX_INPUT_DEPTH, check_max_input_depth
from ._types import BundleStatus, DecisionLogStats, PolicyBackend, Result
from .errors import (
    PolicyCompileError,
    PolicyError,
    PolicyEvalError,
    PolicyNetworkDisabled,
    PolicyNotReady,
    PolicyTimeout,
    PolicyUnavailable,
)
from .types import UNDEFINED, UndefinedType

__all__ = [
    "PolicyEngine",
    "UNDEFINED",
    "UndefinedType",
    "PolicyError",
    "PolicyCompileError",
    "PolicyEvalError",
    "PolicyNetworkDisabled",
    "PolicyTimeout",
    "PolicyUnavailable",
    "PolicyNotReady",
    "BundleStatus",
    "DecisionLogStats",
    "example_bundle",
]

StrPath = Union[str, "os.PathLike[str]"]


def example_bundle() -> str:
    """Path of the shipped MCP gateway policy bundle (query ``data.sark.gateway.decision``)."""
    return str(Path(__file__).resolve().parent.parent / "policies" / "gateway")


#: Bounds of ``timeout`` and ``decision_cache_ttl`` in seconds: below a microsecond the go
#: backend's nanoseconds round to 0 (its default), above a year they near int64 overflow.
MIN_SECONDS = 1e-6
MAX_SECONDS = 365 * 24 * 3600.0

_log = logging.getLogger(__name__)


def _seconds(value: object, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{name} must be a number of seconds, not {type(value).__name__}")
    if not (MIN_SECONDS <= value <= MAX_SECONDS):
        raise InvalidArgument(f"{name} must be between {MIN_SECONDS} and {MAX_SECONDS:.0f} seconds, got {value!r}")
    return float(value)


#: The largest rule, in terms other than constant scalars, the go backend compiles (see go/policy).
DEFAULT_MAX_RULE_TERMS = 10_000


class PolicyEngine:
    """Load Rego policies and data, evaluate queries, get decisions.

    Args (all keyword-only):
        backend: ``"go"`` (OPA embedded, the default when the extension loads) or ``"python"``
            (SARK's architecture today: the REST API of a running ``opa run --server``).
        opa_url: the OPA server's URL; required by the python backend, unused by go. Given
            alone (no ``backend`` argument, no backend flag in the environment) it selects the
            python backend.
        timeout: seconds an evaluation may take (default 0.1; 1 µs to a year, as is
            ``decision_cache_ttl``). Go: the evaluation is cancelled;
            python: the bound for the HTTP request.
        decision_cache: keep up to this many decisions (None: no cache); emptied by every
            change made through this engine. Results are identical with and without it.
            ``evaluate`` hits are answered in Python without reaching the backend (a few
            microseconds: no JSON encoding, no crossing into Go); the go backend also keeps a
            cache of this size inside Go, keyed by canonical input, which serves
            ``evaluate_json`` and ``evaluate_many``.
        decision_cache_ttl: seconds a cached decision lives (default 60).
        rego_version: ``"v1"`` (default) or ``"v0"`` syntax for policies loaded from source (go).
        allow_network: let policies call http.send / net.lookup_ip_addr (go; off by default:
            such policies fail to compile with PolicyNetworkDisabled). An OPA server decides
            this itself.
        capture_print: keep ``print()`` output for :meth:`take_print_output` (go only; an OPA
            server writes it to its own log).
        wasm_queries: queries, each a reference to a rule such as
            ``"data.sark.gateway.decision"``, that the go backend evaluates with the policies
            compiled to OPA's Wasm target (run by wazero inside the process) instead of OPA's
            interpreter: a quarter to a third of the CPU time per decision on the shipped gateway
            policy. Each change to policies then also compiles them to Wasm (~0.2 s per
            query; a change of data only hands the compiled module the new data); a policy the
            Wasm compiler refuses fails the change with
            ``PolicyCompileError``. Known differences from the interpreter, all about numbers
            and ``json.marshal``, are listed in README.md ("Policy decisions"). Not combinable
            with ``allow_network``. Ignored by the python backend (an OPA server interprets).
        max_input_depth: inputs whose arrays/objects nest deeper (the root is at depth 1) raise
            ``InvalidArgument`` before evaluation, on both backends (default 128, at most
            512): ``walk`` and other path-carrying builtins cost depth x size.
        max_rule_terms: a policy with a rule of more terms (not counting constant scalars)
            fails to load with ``PolicyCompileError`` before it is compiled (go; default
            10000: the largest such rule compiles in about 0.25 s). OPA's compile time grows
            with the square of a rule's size. An OPA server (python backend) has no such bound.
    """

    def __init__(
        self,
        *positional: object,
        backend: Optional[str] = None,
        opa_url: Optional[str] = None,
        timeout: float = 0.1,
        decision_cache: Optional[int] = None,
        decision_cache_ttl: float = 60.0,
        rego_version: str = "v1",
        allow_network: bool = False,
        capture_print: bool = False,
        wasm_queries: Sequence[str] = (),
        max_input_depth: int = DEFAULT_MAX_INPUT_DEPTH,
        max_rule_terms: int = DEFAULT_MAX_RULE_TERMS,
        _opa_config: Optional[str] = None,
        _go_decision_cache: Optional[int] = None,
        _go_decision_cache_ttl: float = 60.0,
    ) -> None:
        if positional:  # PolicyEngine("go") was valid before backend became keyword-only
            raise TypeError(
                f"PolicyEngine() takes keyword arguments only: backend is keyword-only, "
                f"write PolicyEngine(backend={positional[0]!r}) (got {len(positional)} positional)"
            )
        timeout = _seconds(timeout, "timeout")
        if type(max_rule_terms) is not int or max_rule_terms < 1:
            raise InvalidArgument(f"max_rule_terms must be a positive int, got {max_rule_terms!r}")
        self._max_input_depth = check_max_input_depth(max_input_depth)
        ttl = _seconds(decision_cache_ttl, "decision_cache_ttl")
        for cache_size in (decision_cache, _go_decision_cache):
            if cache_size is not None and (type(cache_size) is not int or cache_size < 1):
                raise InvalidArgument(f"decision_cache must be None or a positive int, got {cache_size!r}")
        if _opa_config is not None:
            ttl = _seconds(_go_decision_cache_ttl, "decision_cache_ttl")
        if isinstance(wasm_queries, str) or not all(isinstance(q, str) for q in wasm_queries):
            raise TypeError("wasm_queries must be a sequence of str (a single query: ['data.p.rule'])")
        if rego_version not in ("v0", "v1"):
            raise InvalidArgument(f'rego_version must be "v0" or "v1", got {rego_version!r}')
        if backend is None and opa_url is not None and _backend.requested("policy")[0] is None:
            backend = "python"  # an OPA server URL alone asks for the server path
        self.backend = _backend.resolve("policy", backend)
        #: How many times :meth:`is_allowed` answered False because of an error, by class name.
        self.denied_on_error: Counter[str] = Counter()
        self._denied_lock = threading.Lock()
        self._cache = None if decision_cache is None else DecisionCache(decision_cache, ttl)
        self._revisions = itertools.count(1)
        self._revision = 0
        self._managed = False  # from_config: policies and data come from bundles only
        self._impl: PolicyBackend
        if self.backend == "go":
            from ._go import GoPolicyBackend

            self._impl = GoPolicyBackend(
                {
                    "timeout_ns": int(timeout * 1e9),
                    "rego_version": rego_version,
                    "allow_network": bool(allow_network),
                    "decision_cache_size": decision_cache or _go_decision_cache or 0,
                    "decision_cache_ttl_ns": int(ttl * 1e9),
                    "capture_print": bool(capture_print),
                    "wasm_queries": list(wasm_queries),
                    "max_input_depth": max_input_depth,
                    "max_rule_terms": max_rule_terms,
                },
                _opa_config,
            )
        else:
            if opa_url is None:
                raise InvalidArgument(
                    "the python policy backend talks to an OPA server: pass opa_url='http://127.0.0.1:8181' "
                    "(or use the go backend, which embeds OPA)"
                )
            if capture_print:
                raise InvalidArgument("capture_print needs the go backend: an OPA server prints to its own log")
            if rego_version != "v1":
                raise InvalidArgument("rego_version='v0' needs the go backend (an OPA server is configured at start)")
            from ._python import OPAServerBackend

            if _opa_config is not None:  # the server was started with this configuration
                from ._control import OPAServerControlBackend

                self._impl = OPAServerControlBackend(opa_url, timeout=timeout, max_input_depth=max_input_depth)
            else:
                self._impl = OPAServerBackend(
                    opa_url, timeout=timeout, max_input_depth=max_input_depth, decision_cache=self._cache
                )

    @classmethod
    def from_config(
        cls,
        config: Union[str, Mapping[str, Any]],
        *positional: object,
        backend: Optional[str] = None,
        opa_url: Optional[str] = None,
        timeout: float = 0.1,
        decision_cache: Optional[int] = None,
        decision_cache_ttl: float = 60.0,
        wasm_queries: Sequence[str] = (),
        max_input_depth: int = DEFAULT_MAX_INPUT_DEPTH,
        max_rule_terms: int = DEFAULT_MAX_RULE_TERMS,
    ) -> PolicyEngine:
        """An engine fed by OPA's control plane, configured by ``config``: OPA's own
        configuration document (YAML or JSON text, or a dict: what ``opa run --config-file``
        takes: ``services``, ``bundles`` with polling and signing, ``keys``, ``decision_logs``
        with mask/drop rules in the bundles' ``system.log`` package, ``status``, ``labels``).

        go: OPA's plugin manager runs inside the process; each activated bundle switches the
        engine's compiled state atomically (``wasm_queries`` and the decision cache follow); a
        bundle that fails to download, verify or compile leaves the last good one serving and
        is reported by :meth:`status`; every evaluation is logged through OPA's decision-log
        plugin when ``decision_logs`` is configured. python: ``opa_url`` is a server started
        with the same configuration (``opa run --server --config-file``), which does all that
        itself. Until every bundle is activated, evaluations raise ``PolicyNotReady`` (and
        ``is_allowed`` answers False): see :meth:`wait_ready`. Policies and data cannot be
        changed through the engine (``InvalidArgument``). ``discovery`` and custom plugins
        are refused. The other arguments are those of the constructor; ``decision_cache`` is
        kept inside Go only, keyed by the engine's revision, so a new bundle is never
        answered from an old decision (go; an OPA server has none).
        """
        if positional:
            raise TypeError("PolicyEngine.from_config() takes the config, then keyword arguments only")
        if isinstance(config, Mapping):
            text = json.dumps(dict(config))
        elif isinstance(config, str):
            text = config
        else:
            raise TypeError(f"config must be a str (YAML or JSON) or a dict, not {type(config).__name__}")
        engine = cls(
            backend=backend,
            opa_url=opa_url,
            timeout=timeout,
            decision_cache=None,  # the facade's cache would not see a new bundle
            wasm_queries=wasm_queries,
            max_input_depth=max_input_depth,
            max_rule_terms=max_rule_terms,
            _opa_config=text,
            _go_decision_cache=decision_cache,
            _go_decision_cache_ttl=decision_cache_ttl,
        )
        engine._managed = True
        return engine

    def status(self) -> list[BundleStatus]:
        """Each configured bundle of an engine made by :meth:`from_config`, sorted by name
        (empty for other engines): revision, last successful download and activation, last
        error, activations. go only: an OPA server reports through its status plugin."""
        return self._impl.status()

    def decision_log_stats(self) -> Optional[DecisionLogStats]:
        """The decision-log buffer of an engine made by :meth:`from_config` with
        ``decision_logs`` configured, and how many decisions OPA's plugin dropped (buffer full,
        rate limit, encoding): a drop is a decision the log service never receives. None for
        engines without decision logs. go only: an OPA server counts drops in its own metrics
        (``InvalidArgument`` for a python-backend ``from_config`` engine)."""
        return self._impl.decision_log_stats()

    def wait_ready(self, timeout: float) -> bool:
        """Block until every configured bundle has been activated (True) or ``timeout``
        seconds pass (False). Other engines are always ready."""
        if isinstance(timeout, bool) or not isinstance(timeout, (int, float)):
            raise TypeError(f"timeout must be a number of seconds, not {type(timeout).__name__}")
        if not (0 <= timeout <= MAX_SECONDS):
            raise InvalidArgument(f"timeout must be between 0 and {MAX_SECONDS:.0f} seconds, got {timeout!r}")
        return self._impl.wait_ready(float(timeout))

    # ---------------------------------------------------------------- changes

    def _refuse_if_managed(self) -> None:
        if self._managed:
            raise InvalidArgument("policies and data of this engine come from its configured bundles (from_config)")

    def _changed(self) -> None:
        self._revision = next(self._revisions)  # count's next is atomic: no lock
        if self._cache is not None:
            self._cache.invalidate()

    def load_policy(self, policy_id: str, source: str) -> None:
        """Add or replace a Rego module. On a compile error the previous set keeps serving."""
        self._refuse_if_managed()
        try:
            self._impl.load_policy(policy_id, source)
        finally:
            self._changed()

    def remove_policy(self, policy_id: str) -> None:
        """Remove a module; ``NotFound`` if it is not loaded."""
        self._refuse_if_managed()
        try:
            self._impl.remove_policy(policy_id)
        finally:
            self._changed()

    def load_bundle(self, path: StrPath) -> None:
        """Load an OPA bundle: a directory or a ``.tar.gz`` with ``.manifest`` and data files."""
        self._refuse_if_managed()
        try:
            self._impl.load_bundle(os.fspath(path))
        finally:
            self._changed()

    def set_data(self, path: str, value: object) -> None:
        """Write ``value`` at ``path`` of the base document (``"sark/roles"``)."""
        self._refuse_if_managed()
        try:
            self._impl.set_data(path, value)
        finally:
            self._changed()

    @property
    def revision(self) -> int:
        """How many changes (successful or not) were made through this engine: a decision
        cached under one revision is never valid under another (sark_accel.gateway keys by it).

        An engine made by :meth:`from_config` changes under its bundles: on go its revision is
        the Go engine's, which moves with every activation; an OPA server does not say when it
        activates one, so there (and once closed) each read is a new revision and nothing is
        cached across reads."""
        if not self._managed:
            return self._revision
        try:
            live = self._impl.live_revision()
        except Closed:
            live = None
        return -next(self._revisions) if live is None else live  # negative: never a Go revision

    def policies(self) -> list[str]:
        """Loaded module ids, sorted (bundle modules: ``<abs bundle path>/<file>``)."""
        return sorted(self._impl.policies())

    # ---------------------------------------------------------------- decisions

    def evaluate(self, query: str, input: object = None) -> Result:
        """The value of ``query`` (``"data.sark.gateway.decision"``) for ``input`` (None: no
        input), or :data:`UNDEFINED`. Numbers keep their JSON form (1 vs 1.0, big integers)."""
        cache = self._cache  # hits are answered here, without reaching either backend
        return self._impl.evaluate(query, input) if cache is None else cache.through(self._impl.evaluate, query, input)

    def evaluate_json(self, query: str, input_json: Union[str, bytes, None] = None) -> Optional[str]:
        """``evaluate`` for callers that already hold the input as JSON text (an MCP message's
        raw arguments, a request body): the result comes back as compact JSON text, or None
        when undefined. It skips encoding the input and decoding the result in Python.
        Text that is not UTF-8 or not JSON, or beyond the input limits, raises ``InvalidArgument``;
        an escaped lone surrogate (``"\\ud800"``) becomes U+FFFD, as in OPA. The decision cache
        applies as for ``evaluate``."""
        try:
            text = "" if input_json is None else input_json.decode() if isinstance(input_json, bytes) else input_json
        except UnicodeDecodeError as exc:
            raise InvalidArgument(f"input_json is not UTF-8: {exc}") from None
        if not isinstance(text, str):
            raise TypeError(f"input_json must be str, bytes or None, not {type(input_json).__name__}")
        return self._impl.evaluate_json(query, text)

    def evaluate_many(self, query: str, inputs: Sequence[object]) -> list[Result]:
        """``evaluate`` for each input, in order (go: in parallel goroutines, one crossing).
        The first failing input (in order) raises its error."""
        return self._impl.evaluate_many(query, list(inputs))

    def is_allowed(self, query: str, input: object = None) -> bool:
        """Fail-closed: True only if the result is ``True`` or an object with ``"allow": True``;
        False for anything else, for undefined, and on ANY error. Errors are counted by class
        in :attr:`denied_on_error`, and the first of each class is logged as a warning."""
        try:
            result = self.evaluate(query, input)
        except Exception as exc:
            self._denied(exc)
            return False
        if result is True:
            return True
        return isinstance(result, dict) and result.get("allow") is True

    def _denied(self, exc: Exception) -> None:
        name = type(exc).__name__
        with self._denied_lock:
            self.denied_on_error[name] += 1
            first = self.denied_on_error[name] == 1
        if first:  # once per class: a flood of bad requests must not flood the log
            _log.warning("is_allowed denied on %s (counted in denied_on_error, logged once): %s", name, exc)

    def wasm_status(self) -> dict[str, str]:
        """How each of ``wasm_queries`` is evaluated now: ``"wasm"``, or ``"topdown: <why>"``.

        A query falls back to topdown while no loaded module defines its rule, and when the rule
        depends on more than 150 rules (compiling would take seconds and topdown answers faster).
        Empty on the python backend, which ignores ``wasm_queries``.
        """
        return self._impl.wasm_status()

    def take_print_output(self) -> str:
        """Return and clear what policies printed (go backend with ``capture_print=True``)."""
        return self._impl.take_print_output()

    def close(self) -> None:
        """Release the engine (go) or the server connections (python). Idempotent; every
        later call raises ``sark_accel.Closed``."""
        self._impl.close()
        self._impl = ClosedPolicyBackend()
        self._cache = None

    def __enter__(self) -> PolicyEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<PolicyEngine backend={self.backend}>"
