"""The backend of a closed ``PolicyEngine``: every call raises ``Closed``, whichever backend it had."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NoReturn, Optional

from ..errors import Closed
from ._types import BundleStatus, DecisionLogStats, Result


def _closed() -> NoReturn:
    raise Closed("the policy engine is closed")


class ClosedPolicyBackend:
    """Implements ``PolicyBackend``; ``close`` is the one call allowed again (close is idempotent)."""

    def load_policy(self, policy_id: str, source: str) -> None:
        _closed()

    def remove_policy(self, policy_id: str) -> None:
        _closed()

    def load_bundle(self, path: str) -> None:
        _closed()

    def set_data(self, path: str, value: object) -> None:
        _closed()

    def policies(self) -> list[str]:
        _closed()

    def evaluate(self, query: str, input: object = None) -> Result:
        _closed()

    def evaluate_json(self, query: str, input_json: str) -> Optional[str]:
        _closed()

    def evaluate_many(self, query: str, inputs: Sequence[object]) -> list[Result]:
        _closed()

    def wasm_status(self) -> dict[str, str]:
        _closed()

    def take_print_output(self) -> str:
        _closed()

    def status(self) -> list[BundleStatus]:
        _closed()

    def decision_log_stats(self) -> Optional[DecisionLogStats]:
        _closed()

    def wait_ready(self, timeout: float) -> bool:
        _closed()

    def live_revision(self) -> Optional[int]:
        _closed()

    def close(self) -> None:
        pass
