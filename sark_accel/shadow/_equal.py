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
import marshal
import math
from collections.abc import Mapping
from typing import Any, cast

#: Field names that never count as part of an answer.
IGNORED_FIELDS = frozenset({"elapsed", "duration", "latency", "timings", "revision", "policy_revision", "cache_hit"})
#: Suffixes of fields holding a duration or a time.
TIMING_SUFFIXES = ("_ns", "_us", "_ms", "_seconds")


def ignored(name: str) -> bool:
    """True for a field that holds a timing or a revision, not part of the answer."""
    return name in IGNORED_FIELDS or name.endswith(TIMING_SUFFIXES)


def _fields(value: Any) -> list[tuple[str, Any]]:
    return [(f.name, getattr(value, f.name)) for f in dataclasses.fields(value)]


#: Types compared with ``==`` once their types match (the bulk of any answer).
_SCALARS = frozenset({str, int, bool, bytes, type(None)})


def equal(a: object, b: object) -> bool:
    """Strict structural equality of two answers (see the module docstring)."""
    # Fast path, in C: marshal writes only exact builtin types (a subclass such as a named tuple
    # or an IntEnum is refused) with a distinct code per type, so equal bytes mean equal values
    # of equal types. Unequal bytes (dict order, 0.0 and -0.0, ignored fields) prove nothing.
    try:
        if marshal.dumps(cast(Any, a)) == marshal.dumps(cast(Any, b)):
            return True
    except ValueError:
        pass
    stack: list[tuple[Any, Any]] = [(a, b)]
    pop, push, extend = stack.pop, stack.append, stack.extend
    while stack:
        x, y = pop()
        t = type(x)
        if t is not type(y):
            return False
        if t in _SCALARS:
            if x != y:
                return False
        elif t is dict:
            if x.keys() != y.keys():
                return False
            for k, v in x.items():
                push((v, y[k]))
        elif t is list:
            if len(x) != len(y):
                return False
            extend(zip(x, y, strict=True))
        elif x is y:
            continue
        elif t is float:
            if not (x == y or (math.isnan(x) and math.isnan(y))):
                return False
        elif t is decimal.Decimal:
            if not (x == y or (x.is_nan() and y.is_nan())):
                return False
        elif isinstance(x, Mapping):
            if x.keys() != y.keys():
                return False
            extend((x[k], y[k]) for k in x)
        elif isinstance(x, tuple):
            if len(x) != len(y):
                return False
            names = getattr(t, "_fields", None)  # a named tuple
            if names is None:
                extend(zip(x, y, strict=True))
            else:
                extend((p, q) for n, p, q in zip(names, x, y, strict=True) if not ignored(n))
        elif isinstance(x, list):
            if len(x) != len(y):
                return False
            extend(zip(x, y, strict=True))
        elif dataclasses.is_dataclass(x):
            extend((p, q) for (n, p), (_, q) in zip(_fields(x), _fields(y), strict=True) if not ignored(n))
        elif x != y:
            return False
    return True


def same_error(a: BaseException, b: BaseException) -> bool:
    """Two failures agree when they are of the same class (messages may word things apart)."""
    return type(a) is type(b)
