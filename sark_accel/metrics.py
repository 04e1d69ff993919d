"""Prometheus metrics of shadowed calls and rollout choices: opt-in, ``prometheus_client`` optional.

>>> import sark_accel.metrics
>>> sark_accel.metrics.enable()            # the default registry; or enable(registry=my_registry)
>>> # ... Shadow calls and backend_for() choices are now counted ...
>>> prometheus_client.generate_latest()

Nothing is recorded, and nothing is imported, until :func:`enable` (``pip install
'sark-accel[metrics]'``): until then a shadowed call pays one module-attribute read for
metrics. The numbers come from :class:`~sark_accel.shadow.Shadow` (every call on either side)
and from :func:`sark_accel.backend_for` (rollout choices and fallbacks); without
``prometheus_client`` the same numbers are in ``Shadow.stats()`` and :func:`stats`.

Names follow Prometheus conventions (base units, ``_seconds``, counters ``_total``). SARK's
rollout metrics (``sark.api.metrics.rollout_metrics``) keep their names and labels, so its
dashboards read them; ``implementation`` is ``go`` or ``python`` where SARK wrote ``rust``:

- ``opa_evaluation_duration_seconds{implementation}``, ``opa_evaluation_total{implementation,
  result}`` (allow/deny), ``opa_evaluation_errors_total{implementation,error_type}``: policy
  evaluations (``evaluate``, ``evaluate_json``, ``evaluate_many``, ``is_allowed``);
- ``cache_operation_duration_seconds{implementation,operation}``,
  ``cache_operations_total{implementation,operation,result}`` (hit/miss per key for reads,
  ok for changes, error);
- ``feature_flag_assignments_total{feature,implementation}`` (features ``rust_opa``,
  ``rust_cache`` ..., see :mod:`sark_accel._rollout`), ``implementation_fallback_total{feature,
  error_type}``.

And for every component:

- ``sark_accel_call_duration_seconds{component,backend,operation}`` (histogram),
  ``sark_accel_call_errors_total{component,backend,operation,error_type}``;
- ``sark_accel_decisions_total{component,backend,outcome,stage}``: policy allow/deny,
  injection allow/alert/block, cache hit/miss, a gateway decision at its stage;
- ``sark_accel_shadow_comparisons_total{component,operation}``,
  ``sark_accel_shadow_mismatches_total{component,operation}``.

The histogram buckets run from 1 us to 5 s and include every bucket bound of SARK's histograms.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Optional

from . import _rollout

if TYPE_CHECKING:  # pragma: no cover
    from prometheus_client import CollectorRegistry

__all__ = ["enable", "disable", "enabled", "stats", "RolloutStats", "BUCKETS"]

#: Histogram bounds in seconds: go calls take microseconds, an OPA server hop milliseconds.
BUCKETS = (
    0.000001,
    0.0000025,
    0.000005,
    0.00001,
    0.000025,
    0.00005,
    0.0001,
    0.00025,
    0.0005,
    0.001,
    0.0025,
    0.005,
    0.01,
    0.025,
    0.05,
    0.1,
    0.25,
    0.5,
    1.0,
    2.5,
    5.0,
)
_POLICY_EVALUATIONS = frozenset({"evaluate", "evaluate_json", "evaluate_many", "is_allowed"})
_CACHE_READS = frozenset({"get", "get_many"})

_lock = threading.Lock()
_assignments: Counter[tuple[str, str]] = Counter()
_fallbacks: Counter[tuple[str, str]] = Counter()
#: The active recorder; None until enable(). Read without a lock on every shadowed call.
_recorder: Optional[_Prometheus] = None


@dataclass(frozen=True)
class RolloutStats:
    """Rollout choices made by ``backend_for`` since the process started."""

    #: ``{(component, backend): count}``
    assignments: Mapping[tuple[str, str], int]
    #: ``{(component, reason): count}``: a principal in the rollout got python (the go backend
    #: could not load)
    fallbacks: Mapping[tuple[str, str], int]


def stats() -> RolloutStats:
    """The rollout counters, with or without ``prometheus_client``."""
    with _lock:
        return RolloutStats(MappingProxyType(dict(_assignments)), MappingProxyType(dict(_fallbacks)))


def enabled() -> bool:
    """True between :func:`enable` and :func:`disable`."""
    return _recorder is not None


def enable(registry: Optional[CollectorRegistry] = None, *, sark_names: bool = True) -> None:
    """Register the metrics in ``registry`` (default: prometheus_client's ``REGISTRY``) and start
    recording. Calling it again with the same registry does nothing; with another, moves there.

    ``sark_names=False`` leaves out the metrics named like SARK's (``opa_evaluation_*``,
    ``cache_operation*``, ``feature_flag_assignments_total``, ``implementation_fallback_total``),
    for a registry where SARK's own rollout metrics are already registered.
    """
    global _recorder
    try:
        import prometheus_client
    except ImportError:
        raise ImportError(
            "sark_accel.metrics.enable() needs prometheus_client: pip install 'sark-accel[metrics]'"
        ) from None
    target = prometheus_client.REGISTRY if registry is None else registry
    with _lock:
        if _recorder is not None:
            if _recorder.registry is target and _recorder.sark_names == sark_names:
                return
            _recorder.unregister()
            _recorder = None
        _recorder = _Prometheus(target, sark_names)


def disable() -> None:
    """Stop recording and remove the metrics from their registry."""
    global _recorder
    with _lock:
        if _recorder is not None:
            _recorder.unregister()
            _recorder = None


def record_assignment(component: str, backend: str) -> None:
    """A rollout choice (called by ``backend_for``)."""
    with _lock:
        _assignments[(component, backend)] += 1
    recorder = _recorder
    if recorder is not None:
        recorder.assignment(component, backend)


def record_fallback(component: str, reason: str) -> None:
    """A principal in the rollout got the python backend instead of go."""
    with _lock:
        _fallbacks[(component, reason)] += 1
    recorder = _recorder
    if recorder is not None:
        recorder.fallback(component, reason)


class _Prometheus:
    """The registered collectors and the label children already looked up."""

    def __init__(self, registry: CollectorRegistry, sark_names: bool) -> None:
        from prometheus_client import Counter as PCounter
        from prometheus_client import Histogram

        self.registry = registry
        self.sark_names = sark_names
        self._collectors: list[Any] = []
        self._children: dict[tuple[Any, ...], Any] = {}
        try:
            add = self._add
            self.duration = add(
                Histogram,
                "sark_accel_call_duration_seconds",
                "Latency of engine calls made through a Shadow, by component, backend and operation",
                ["component", "backend", "operation"],
            )
            self.errors = add(
                PCounter,
                "sark_accel_call_errors_total",
                "Engine calls that raised, by component, backend, operation and exception class",
                ["component", "backend", "operation", "error_type"],
            )
            self.decisions = add(
                PCounter,
                "sark_accel_decisions_total",
                "Decisions by outcome and stage (policy allow/deny, injection allow/alert/block, cache hit/miss)",
                ["component", "backend", "outcome", "stage"],
            )
            self.comparisons = add(
                PCounter,
                "sark_accel_shadow_comparisons_total",
                "Calls a Shadow answered on both sides and compared",
                ["component", "operation"],
            )
            self.mismatches = add(
                PCounter,
                "sark_accel_shadow_mismatches_total",
                "Compared calls whose two answers differed",
                ["component", "operation"],
            )
            if sark_names:
                self.opa_duration = add(
                    Histogram,
                    "opa_evaluation_duration_seconds",
                    "OPA policy evaluation latency in seconds",
                    ["implementation"],
                )
                self.opa_total = add(
                    PCounter, "opa_evaluation_total", "Total OPA policy evaluations", ["implementation", "result"]
                )
                self.opa_errors = add(
                    PCounter,
                    "opa_evaluation_errors_total",
                    "OPA policy evaluation errors",
                    ["implementation", "error_type"],
                )
                self.cache_duration = add(
                    Histogram,
                    "cache_operation_duration_seconds",
                    "Cache operation latency in seconds",
                    ["implementation", "operation"],
                )
                self.cache_total = add(
                    PCounter,
                    "cache_operations_total",
                    "Total cache operations",
                    ["implementation", "operation", "result"],
                )
                self.assignments = add(
                    PCounter,
                    "feature_flag_assignments_total",
                    "Feature flag assignment decisions",
                    ["feature", "implementation"],
                )
                self.fallbacks = add(
                    PCounter,
                    "implementation_fallback_total",
                    "Number of fallbacks from the compiled implementation to Python",
                    ["feature", "error_type"],
                )
        except Exception:
            self.unregister()  # a name already taken: leave the registry as it was
            raise

    def _add(self, kind: Any, name: str, doc: str, labels: list[str]) -> Any:
        extra = {"buckets": BUCKETS} if kind.__name__ == "Histogram" else {}
        collector = kind(name, doc, labels, registry=self.registry, **extra)
        self._collectors.append(collector)
        return collector

    def unregister(self) -> None:
        for collector in self._collectors:
            self.registry.unregister(collector)
        self._collectors.clear()

    def _child(self, metric: Any, *labels: str) -> Any:
        key = (id(metric), *labels)
        child = self._children.get(key)
        if child is None:
            child = self._children[key] = metric.labels(*labels)
        return child

    def call(
        self,
        component: str,
        backend: str,
        operation: str,
        seconds: float,
        outcomes: Sequence[tuple[str, str]],
        error: Optional[BaseException],
    ) -> None:
        child = self._child
        child(self.duration, component, backend, operation).observe(seconds)
        if error is not None:
            child(self.errors, component, backend, operation, type(error).__name__).inc()
        for outcome, stage in outcomes:
            child(self.decisions, component, backend, outcome, stage).inc()
        if not self.sark_names:
            return
        if component == "policy" and operation in _POLICY_EVALUATIONS:
            child(self.opa_duration, backend).observe(seconds)
            if error is not None:
                child(self.opa_errors, backend, type(error).__name__).inc()
            for outcome, _ in outcomes:
                child(self.opa_total, backend, outcome).inc()
        elif component == "cache":
            child(self.cache_duration, backend, operation).observe(seconds)
            if error is not None:
                child(self.cache_total, backend, operation, "error").inc()
            elif operation in _CACHE_READS:
                for outcome, _ in outcomes:
                    child(self.cache_total, backend, operation, outcome).inc()
            else:
                child(self.cache_total, backend, operation, "ok").inc()

    def compared(self, component: str, operation: str, mismatch: bool) -> None:
        self._child(self.comparisons, component, operation).inc()
        mismatches = self._child(self.mismatches, component, operation)  # a 0 series from the first comparison
        if mismatch:
            mismatches.inc()

    def assignment(self, component: str, backend: str) -> None:
        if self.sark_names:
            self._child(self.assignments, _rollout.feature(component), backend).inc()

    def fallback(self, component: str, reason: str) -> None:
        if self.sark_names:
            self._child(self.fallbacks, _rollout.feature(component), reason).inc()
