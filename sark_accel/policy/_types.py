"""What both backends of the policy engine implement: the :class:`PolicyBackend` protocol.

Results are plain JSON values (dict, list, str, int, float, bool, None; ``Decimal`` for a number
beyond float range) or :data:`~sark_accel.policy.types.UNDEFINED`; both backends decode them
the same way, so the facade hands them on as they come.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Optional, Protocol, Union

from .types import UndefinedType

__all__ = ["JSON", "BundleStatus", "DecisionLogStats", "PolicyBackend", "Result"]

#: A JSON value as ``json.loads`` returns it: no narrower type describes every document.
JSON = Any

#: The value of a query: a JSON value, or UNDEFINED.
Result = Union[JSON, UndefinedType]


@dataclass(frozen=True)
class BundleStatus:
    """One bundle of an engine fed by OPA's control plane (``PolicyEngine.from_config``)."""

    name: str
    #: The manifest revision the engine serves ("" before the first activation).
    revision: str
    #: UTC times of the last successful download and activation; None until the first.
    last_successful_download: Optional[datetime]
    last_successful_activation: Optional[datetime]
    #: Why the latest attempt failed (download, signature, OPA's activation or the engine's
    #: compile), "" when it succeeded or found the bundle unchanged.
    last_error: str
    #: How many revisions the engine has activated.
    activations: int


@dataclass(frozen=True)
class DecisionLogStats:
    """The decision-log buffer of an engine made by ``PolicyEngine.from_config`` with
    ``decision_logs`` configured, and what OPA's decision-log plugin dropped since it started.
    A drop is a decision that will never reach the log service: alert on any of them."""

    #: OPA's ``decision_logs.reporting.buffer_type``: "size" (the default) or "event".
    buffer_type: str
    #: What waits for upload: compressed bytes (size buffer) or entries (event buffer).
    buffered: int
    #: Drops for a full buffer (``buffer_size_limit_bytes``, or the event buffer's size).
    dropped_buffer_full: int
    #: Entries over ``reporting.max_decisions_per_second``.
    dropped_rate_limit: int
    #: Entries OPA could not encode, one larger than ``upload_size_limit_bytes`` among them.
    dropped_encoding: int


class PolicyBackend(Protocol):
    """The methods ``PolicyEngine`` delegates to, with the same arguments and results.

    Features one backend lacks are refused by it with ``InvalidArgument``
    (``take_print_output`` on the python backend) or answered with an empty value
    (``wasm_status`` there: an OPA server has no Wasm queries).
    """

    def load_policy(self, policy_id: str, source: str) -> None: ...

    def remove_policy(self, policy_id: str) -> None: ...

    def load_bundle(self, path: str) -> None: ...

    def set_data(self, path: str, value: object) -> None: ...

    def policies(self) -> list[str]: ...

    def evaluate(self, query: str, input: object = None) -> Result: ...

    def evaluate_json(self, query: str, input_json: str) -> Optional[str]: ...

    def evaluate_many(self, query: str, inputs: Sequence[object]) -> list[Result]: ...

    def wasm_status(self) -> dict[str, str]: ...

    def take_print_output(self) -> str: ...

    def status(self) -> list[BundleStatus]: ...

    def decision_log_stats(self) -> Optional[DecisionLogStats]: ...

    def wait_ready(self, timeout: float) -> bool: ...

    def live_revision(self) -> Optional[int]:
        """A number that changes with every bundle activation, None when the backend cannot tell."""
        ...

    def close(self) -> None: ...
