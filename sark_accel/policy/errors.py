"""Exceptions of the policy engine (both backends raise exactly these classes).

Native (Go) errors arrive as ``"sark:<kind>:<text>"`` and are mapped by
:func:`sark_accel.errors.from_native` through the kinds registered here.
For ``policy_compile`` the ``<text>`` may be a JSON object
``{"message": str, "errors": [{"file": str, "row": int, "col": int, "message": str}]}``;
:class:`PolicyCompileError` then exposes the locations as attributes.
"""

from __future__ import annotations

import json
from typing import Any

from sark_accel.errors import SarkAccelError, Timeout, Unavailable, register_kind

__all__ = [
    "PolicyCompileError",
    "PolicyError",
    "PolicyEvalError",
    "PolicyNetworkDisabled",
    "PolicyTimeout",
    "PolicyUnavailable",
    "PolicyNotReady",
]


@register_kind
class PolicyError(SarkAccelError):
    """Base class of every policy-engine error."""

    kind = "policy"


@register_kind
class PolicyCompileError(PolicyError, ValueError):
    """A policy (or a query) does not parse or compile.

    ``errors`` lists every problem as ``{"file", "row", "col", "message"}``; ``file``, ``row``,
    ``col`` repeat the first one (``""``/``0`` when the engine gave no location).
    """

    kind = "policy_compile"

    def __init__(self, message: str, errors: list[dict[str, Any]] | None = None) -> None:
        if errors is None:
            message, errors = _split_structured(message)
        self.errors: list[dict[str, Any]] = [_location(e) for e in errors]
        first: dict[str, Any] = self.errors[0] if self.errors else {"file": "", "row": 0, "col": 0}
        self.file: str = str(first["file"])
        self.row: int = int(first["row"])
        self.col: int = int(first["col"])
        super().__init__(message)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (str(self), self.errors))


@register_kind
class PolicyNetworkDisabled(PolicyCompileError):
    """A policy or query calls a network builtin (http.send, net.lookup_ip_addr) while the
    embedded engine has network access off (``allow_network=False``, the default)."""

    kind = "policy_network_disabled"


@register_kind
class PolicyEvalError(PolicyError, RuntimeError):
    """Evaluation failed: conflicting rule outputs, a builtin error in strict mode, ..."""

    kind = "policy_eval"


@register_kind
class PolicyTimeout(PolicyError, Timeout):
    """An evaluation (or a call to the policy server) ran past its deadline."""

    kind = "policy_timeout"


@register_kind
class PolicyUnavailable(PolicyError, Unavailable):
    """The policy server could not be reached (refused, reset, closed mid-answer) or answered
    with something that is not a decision (invalid JSON, an unexpected HTTP status)."""

    kind = "policy_unavailable"


@register_kind
class PolicyNotReady(PolicyError, Unavailable):
    """An engine fed by bundles (``PolicyEngine.from_config``) has not activated every
    configured bundle yet, so it has no policy to decide with: it fails closed."""

    kind = "policy_not_ready"


def _location(err: dict[str, Any]) -> dict[str, Any]:
    """Normalise one error entry to exactly the keys file, row, col, message."""
    return {
        "file": str(err.get("file") or ""),
        "row": int(err.get("row") or 0),
        "col": int(err.get("col") or 0),
        "message": str(err.get("message") or ""),
    }


def _split_structured(text: str) -> tuple[str, list[dict[str, Any]]]:
    """Accept a native error text that is JSON ``{"message", "errors"}``; else plain text."""
    if text.startswith("{"):
        try:
            doc = json.loads(text)
        except ValueError:
            return text, []
        if isinstance(doc, dict) and isinstance(doc.get("errors"), list):
            errs = [e for e in doc["errors"] if isinstance(e, dict)]
            return str(doc.get("message") or text), errs
    return text, []
