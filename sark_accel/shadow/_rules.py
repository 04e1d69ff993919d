"""What each engine's methods do to its state, and how their answers compare.

Every public method of a shadowed engine falls in one of four groups:

- ``READ``: changes nothing that a later answer depends on; the secondary runs on a sampled
  share of calls and its answer is compared.
- ``WRITE``: changes state (a loaded policy, a pattern, a cache entry, LRU order): always
  applied to BOTH sides, in the same order, and compared, or the two would drift apart.
- ``BOTH``: applied to both sides, answers not compared (``close``, warm-up).
- ``PRIMARY``: introspection of the primary only (``wasm_status``: a configuration, not an answer).

A method an engine's row does not list is a ``WRITE``: running it on both sides can only cost
time, whereas sampling a method that changes state would let the sides drift. The engines not
listed below (and the anomaly, credentials and gateway engines until their rows say which of
their methods are reads) are therefore shadowed with every call on both sides.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Callable, Literal, Optional

from ._equal import equal

Kind = Literal["read", "write", "both", "primary"]
READ: Kind = "read"
WRITE: Kind = "write"
BOTH: Kind = "both"
PRIMARY: Kind = "primary"

#: An equality for one operation's answers: ``(primary answer, secondary answer) -> same?``.
Equality = Callable[[object, object], bool]


@dataclass(frozen=True)
class Rules:
    """One component's method groups and any per-operation equality (default: :func:`equal`)."""

    component: str
    reads: frozenset[str] = frozenset()
    both: frozenset[str] = frozenset({"close", "warm_up"})
    primary: frozenset[str] = frozenset()
    equalities: Mapping[str, Equality] = field(default_factory=dict)

    def kind(self, operation: str) -> Kind:
        if operation in self.reads:
            return READ
        if operation in self.both:
            return BOTH
        if operation in self.primary:
            return PRIMARY
        return WRITE

    def equality(self, operation: str) -> Equality:
        return self.equalities.get(operation, equal)


def _json_text_equal(a: object, b: object) -> bool:
    """``evaluate_json`` answers: the same JSON value, whatever the key order or spacing."""
    if isinstance(a, str) and isinstance(b, str):
        return equal(json.loads(a), json.loads(b))
    return equal(a, b)


def _same_items(a: object, b: object) -> bool:
    """Lists whose order carries no meaning (policy module ids)."""
    if isinstance(a, list) and isinstance(b, list):
        return equal(sorted(map(str, a)), sorted(map(str, b)))
    return equal(a, b)


# The cache: every operation moves state (get refreshes LRU order and counts a hit or miss), so
# all of them run on both sides and ``sample`` has no effect; only stats() is a read.
CACHE = Rules("cache", reads=frozenset({"stats"}))
POLICY = Rules(
    "policy",
    reads=frozenset({"evaluate", "evaluate_json", "evaluate_many", "is_allowed", "policies"}),
    both=frozenset({"close", "take_print_output"}),
    primary=frozenset({"wasm_status"}),
    equalities={"evaluate_json": _json_text_equal, "policies": _same_items},
)
INJECTION = Rules("injection", reads=frozenset({"scan", "scan_text", "scan_dict"}))
MCP = Rules("mcp", reads=frozenset({"parse", "canonicalize"}))

#: Engine class name -> its rules. Looked up along the class's MRO, so a subclass (for example
#: one that plants a difference in a test) is shadowed like its engine.
BY_CLASS: dict[str, Rules] = {
    "TTLCache": CACHE,
    "PolicyEngine": POLICY,
    "InjectionDetector": INJECTION,
    "MCPParser": MCP,
    # Engines still being bound: named for metrics labels, every method on both sides for now.
    "AnomalyDetector": Rules("anomaly"),
    "Authenticator": Rules("authn"),
    "Gateway": Rules("gateway"),
}


def rules_for(engine: object, component: Optional[str] = None) -> Rules:
    """The rules of ``engine``'s class (or of ``component`` when given); unknown: all WRITE."""
    by_component = {r.component: r for r in BY_CLASS.values()}
    if component is not None:
        return by_component.get(component, Rules(component))
    for cls in type(engine).__mro__:
        found = BY_CLASS.get(cls.__name__)
        if found is not None:
            return found
    return Rules(type(engine).__name__.lower())
