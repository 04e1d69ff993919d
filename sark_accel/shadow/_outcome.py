"""What an answer decided, for counters: ``(outcome, stage)`` pairs, the same for stats() and metrics.

- policy ``evaluate``/``is_allowed`` (and each of ``evaluate_many``): ``allow`` or ``deny``, stage
  ``policy`` (a result is an allow when it is ``True`` or an object whose ``allow`` is ``True``,
  as ``PolicyEngine.is_allowed`` reads it);
- injection scans: the scan's decision (``allow``/``alert``/``block``), stage ``injection``;
- cache ``get``/``get_many``: ``hit`` or ``miss``, stage ``cache``;
- any answer with a bool ``allow`` and a str ``stage`` (the gateway's ``Decision``): ``allow`` or
  ``deny`` at that stage.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

Outcome = tuple[str, str]  # (outcome, stage)


def _allowed(result: object) -> bool:
    if isinstance(result, Mapping):
        return result.get("allow") is True
    return result is True


def outcomes(component: str, operation: str, args: Sequence[Any], result: object) -> list[Outcome]:
    """The decisions in one answer (none for answers that decide nothing)."""
    if component == "policy":
        if operation in ("evaluate", "is_allowed"):
            return [("allow" if _allowed(result) else "deny", "policy")]
        if operation == "evaluate_many" and isinstance(result, list):
            return [("allow" if _allowed(r) else "deny", "policy") for r in result]
        return []
    if component == "injection" and operation in ("scan", "scan_text"):
        decision = getattr(result, "decision", None)
        return [(decision, "injection")] if isinstance(decision, str) else []
    if component == "cache":
        if operation == "get":
            default = args[1] if len(args) > 1 else None
            hit = result is not None and (default is None or result is not default)
            return [("hit" if hit else "miss", "cache")]
        if operation == "get_many" and isinstance(result, Mapping) and args:
            asked = args[0]
            if isinstance(asked, Sequence) and not isinstance(asked, str):
                return [("hit", "cache")] * len(result) + [("miss", "cache")] * max(0, len(asked) - len(result))
        return []
    allow, stage = getattr(result, "allow", None), getattr(result, "stage", None)
    if isinstance(allow, bool) and isinstance(stage, str):
        return [("allow" if allow else "deny", stage)]
    return []
