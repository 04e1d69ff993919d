"""When two engines' answers are the same: strict structural equality that ignores timings.

Strict: ``1``, ``1.0`` and ``True`` differ (the engines promise each number keeps its JSON
type), a named tuple differs from a plain tuple, and dict key order does not matter. Fields of
dataclasses and named tuples that measure time or name a revision (see :func:`ignored`) are
skipped: two engines never agree on how long they took, nor need they number their policy
changes alike. Iterative, so a deeply nested result cannot exhaust Python's recursion limit.
"""

from __future__ import annotations

import dataclasses
import decimal
import math
from collections.abc import Mapping
from typing import Any

#: Field names that never count as part of an answer.
IGNORED_FIELDS = frozenset({"elapsed", "duration", "latency", "timings", "revision", "policy_revision", "cache_hit"})
#: Suffixes of fields holding a duration or a time.
TIMING_SUFFIXES = ("_ns", "_us", "_ms", "_seconds")


def ignored(name: str) -> bool:
    """True for a field that holds a timing or a revision, not part of the answer."""
    return name in IGNORED_FIELDS or name.endswith(TIMING_SUFFIXES)


def _fields(value: Any) -> list[tuple[str, Any]]:
    return [(f.name, getattr(value, f.name)) for f in dataclasses.fields(value)]


def equal(a: object, b: object) -> bool:
    """Strict structural equality of two answers (see the module docstring)."""
    stack: list[tuple[Any, Any]] = [(a, b)]
    while stack:
        x, y = stack.pop()
        if x is y:
            continue
        t = type(x)
        if t is not type(y):
            return False
        if t is float:
            if not (x == y or (math.isnan(x) and math.isnan(y))):
                return False
        elif t is decimal.Decimal:
            if not (x == y or (x.is_nan() and y.is_nan())):
                return False
        elif isinstance(x, Mapping):
            if x.keys() != y.keys():
                return False
            stack.extend((x[k], y[k]) for k in x)
        elif isinstance(x, (list, tuple)):
            if len(x) != len(y):
                return False
            names = getattr(t, "_fields", None)  # a named tuple
            if names is None:
                stack.extend(zip(x, y, strict=True))
            else:
                stack.extend((p, q) for n, p, q in zip(names, x, y, strict=True) if not ignored(n))
        elif dataclasses.is_dataclass(x):
            stack.extend((p, q) for (n, p), (_, q) in zip(_fields(x), _fields(y), strict=True) if not ignored(n))
        elif x != y:
            return False
    return True


def same_error(a: BaseException, b: BaseException) -> bool:
    """Two failures agree when they are of the same class (messages may word things apart)."""
    return type(a) is type(b)
