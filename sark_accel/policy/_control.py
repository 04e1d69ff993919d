"""The python twin of an engine fed by OPA's control plane: a client of ``opa run --server
--config-file`` started (by its operator, or a test) with the same configuration document.

The server polls, verifies and activates the bundles and uploads the decision logs itself; this
client adds what the go engine promises on top of plain REST: it fails closed with
``PolicyNotReady`` until the server reports every bundle activated (``GET /health?bundles``),
as the go engine does before its first activations.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Optional

from sark_accel.errors import InvalidArgument, SarkAccelError
from sark_accel.policy._python import OPAServerBackend
from sark_accel.policy._types import BundleStatus, DecisionLogStats, Result
from sark_accel.policy.errors import PolicyNotReady

__all__ = ["OPAServerControlBackend"]

#: How often wait_ready asks the server.
_POLL_SECONDS = 0.05


class OPAServerControlBackend(OPAServerBackend):
    """``OPAServerBackend`` for a server fed by bundles: decisions only once it is ready."""

    # Once every bundle is activated it stays so (a later failure keeps the old one); a bool
    # assignment needs no lock.
    _ready = False

    def _check_ready(self) -> bool:
        if not self._ready:
            try:
                self._request("GET", "/health?bundles=true", None, None, self.timeout)
            except SarkAccelError:  # 500 until every bundle is activated; unreachable
                return False
            self._ready = True
        return True

    def _require_ready(self) -> None:
        if not self._check_ready():
            raise PolicyNotReady(f"OPA server {self.url} has not activated every configured bundle yet")

    def evaluate(self, query: str, input: object = None) -> Result:
        self._require_ready()
        return super().evaluate(query, input)

    def evaluate_json(self, query: str, input_json: str) -> Optional[str]:
        self._require_ready()
        return super().evaluate_json(query, input_json)

    def evaluate_many(self, query: str, inputs: Sequence[object]) -> list[Result]:
        self._require_ready()
        return super().evaluate_many(query, inputs)

    def wait_ready(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while not self._check_ready():
            if time.monotonic() >= deadline:
                return False
            time.sleep(min(_POLL_SECONDS, max(0.0, deadline - time.monotonic())))
        return True

    def status(self) -> list[BundleStatus]:
        """Refused: an OPA server reports its bundles through its own status plugin."""
        raise InvalidArgument("status() needs the go backend: an OPA server reports through its status plugin")

    def decision_log_stats(self) -> Optional[DecisionLogStats]:
        """Refused: an OPA server counts its dropped decision logs in its own metrics."""
        raise InvalidArgument(
            "decision_log_stats() needs the go backend: an OPA server counts drops in its own metrics"
        )
