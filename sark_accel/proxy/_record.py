"""What the proxy records about each decision: the audit log and the Prometheus counters.

The audit log is JSON lines, one per decision, with the field names of OPA's decision log
(``decision_id``, ``timestamp``, ``path``, ``input``, ``result``, ``metrics``, ``labels``) so
tools that read OPA's logs read these. ``input`` holds what was decided on (method, tool,
server, principal id), never the arguments, a credential or a token.
"""

from __future__ import annotations

import datetime
import json
import threading
import uuid
from typing import IO, Any, Optional

from ..gateway import Decision, ResultDecision

AUTHORIZE_PATH = "sark/gateway/decision"
RESULT_PATH = "sark/gateway/result"
SHADOW_PATH = "sark/proxy/shadow"


def _now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="microseconds").replace("+00:00", "Z")


class Recorder:
    """Writes the audit log (``audit``: a path, or None) and counts decisions for metrics."""

    def __init__(self, audit: Optional[str], *, metrics_port: Optional[int] = None) -> None:
        self._file: Optional[IO[str]] = open(audit, "a", encoding="utf-8") if audit else None
        self._lock = threading.Lock()
        self._labels = {"app": "sark-accel-proxy"}
        self._decisions: Any = None
        self._seconds: Any = None
        self._upstream_timeouts: Any = None
        if metrics_port is not None:
            self._serve_metrics(metrics_port)

    def _serve_metrics(self, port: int) -> None:
        try:
            import prometheus_client
        except ImportError:
            hint = "pip install 'sark-accel[metrics]'"
            raise SystemExit(f"sark-accel proxy: --metrics-port needs prometheus-client: {hint}") from None
        from .. import metrics

        metrics.enable()
        self._decisions = prometheus_client.Counter(
            "sark_accel_proxy_decisions_total", "Proxy decisions", ["kind", "outcome", "stage"]
        )
        self._seconds = prometheus_client.Histogram(
            "sark_accel_proxy_decision_seconds", "Time the gateway took per decision", ["kind"]
        )
        self._upstream_timeouts = prometheus_client.Counter(
            "sark_accel_proxy_upstream_timeouts_total", "POSTs the MCP server did not answer within --upstream-timeout"
        )
        prometheus_client.start_http_server(port, addr="127.0.0.1")

    def _write(self, entry: dict[str, Any]) -> None:
        if self._file is None:
            return
        line = json.dumps(entry, ensure_ascii=False, separators=(",", ":")) + "\n"
        with self._lock:
            self._file.write(line)
            self._file.flush()

    def authorized(self, d: Decision, server: str) -> None:
        """One authorization decision (methods that need none are not recorded)."""
        outcome = "allow" if d.allow else "deny"
        if self._decisions is not None:
            self._decisions.labels("authorize", outcome, d.stage).inc()
            self._seconds.labels("authorize").observe(d.timings.total / 1e9)
        if self._file is None:
            return
        t = d.timings
        self._write({
            "decision_id": str(uuid.uuid4()),
            "timestamp": _now(),
            "path": AUTHORIZE_PATH,
            "labels": self._labels,
            "input": {"method": d.method, "tool": d.tool, "server": server, "user": d.principal, "id": d.id},
            "result": {
                "allow": d.allow, "reasons": list(d.reasons), "stage": d.stage, "cache_hit": d.cache_hit,
                "anomaly": {"level": d.anomaly_level, "types": [a.type for a in d.anomalies]},
            },
            "metrics": {
                "timer_sark_parse_ns": t.parse, "timer_sark_authn_ns": t.authn, "timer_sark_scan_ns": t.scan,
                "timer_sark_anomaly_ns": t.anomaly, "timer_sark_cache_ns": t.cache,
                "timer_rego_query_eval_ns": t.policy, "timer_server_handler_ns": t.total,
            },
        })  # fmt: skip

    def refused(self, reason: str, server: str, message_id: object = None) -> None:
        """A message the proxy refused itself, before the gateway (too large, bad headers)."""
        if self._decisions is not None:
            self._decisions.labels("authorize", "deny", "proxy").inc()
        self._write({
            "decision_id": str(uuid.uuid4()), "timestamp": _now(), "path": AUTHORIZE_PATH, "labels": self._labels,
            "input": {"server": server, "id": message_id},
            "result": {"allow": False, "reasons": [reason], "stage": "proxy"},
        })  # fmt: skip

    def upstream_timeout(self) -> None:
        """A forwarded POST the MCP server did not answer in time (answered with an error)."""
        if self._upstream_timeouts is not None:
            self._upstream_timeouts.inc()

    def inspected(self, r: ResultDecision, principal: str, server: str, tool: str) -> None:
        """One tool result's inspection."""
        outcome = "allow" if r.allow else "redact" if r.redacted else "deny"
        if self._decisions is not None:
            self._decisions.labels("result", outcome, r.stage).inc()
            self._seconds.labels("result").observe(r.duration_ns / 1e9)
        self._write({
            "decision_id": str(uuid.uuid4()), "timestamp": _now(), "path": RESULT_PATH, "labels": self._labels,
            "input": {"tool": tool, "server": server, "user": principal},
            "result": {"allow": r.allow, "redacted": r.redacted, "reasons": list(r.reasons), "stage": r.stage},
            "metrics": {"timer_server_handler_ns": r.duration_ns},
        })  # fmt: skip

    def shadow(self, stats: Any) -> None:
        """The shadow's totals at the end (``--shadow``): both paths' latency and mismatches."""

        def side(s: Any) -> dict[str, Any]:
            ops = {
                name: {"calls": op.calls, "mean_ns": round(op.seconds_mean * 1e9)} for name, op in s.operations.items()
            }
            return {"backend": s.backend, "operations": ops}

        self._write({
            "decision_id": str(uuid.uuid4()), "timestamp": _now(), "path": SHADOW_PATH, "labels": self._labels,
            "result": {"compared": stats.compared, "mismatches": stats.mismatches,
                       "primary": side(stats.primary), "secondary": side(stats.secondary)},
        })  # fmt: skip

    def close(self) -> None:
        with self._lock:
            if self._file is not None:
                self._file.close()
                self._file = None
