"""The nesting bound of policy inputs, checked in Python for the python backend (OPA server).

Builtins that carry a path, such as ``walk``, cost depth x size: walking a 60 KB chain 9,999 deep
took 870 MB. go/policy refuses inputs nested deeper than ``max_input_depth`` as it parses them;
the facade refuses the same inputs before sending them to an OPA server, with the same class.
"""

from __future__ import annotations

from typing import Any

from ..errors import InvalidArgument
from ..mcp._python import _lexical_depth_exceeds

#: Arrays/objects nested deeper than this (the root one is at depth 1) are refused.
DEFAULT_MAX_INPUT_DEPTH = 128
#: The largest max_input_depth (encoding/json's nesting limit, which go/policy also keeps).
MAX_INPUT_DEPTH_LIMIT = 10_000


def check_limit(limit: object) -> int:
    """``limit`` if it is a valid max_input_depth, else InvalidArgument."""
    if type(limit) is not int or not 1 <= limit <= MAX_INPUT_DEPTH_LIMIT:
        raise InvalidArgument(f"max_input_depth must be an int in 1..{MAX_INPUT_DEPTH_LIMIT}, got {limit!r}")
    return limit


def _too_deep(limit: int) -> InvalidArgument:
    return InvalidArgument(f"input nests arrays/objects deeper than the limit of {limit}")


def check_value(value: Any, limit: int) -> None:
    """Raise InvalidArgument if dicts/lists/tuples in ``value`` nest deeper than ``limit``."""
    stack = [(value, 0)]  # iterative: a deep input must not exhaust Python's own stack
    while stack:
        v, depth = stack.pop()
        if isinstance(v, dict):
            children: Any = v.values()
        elif isinstance(v, (list, tuple)):
            children = v
        else:
            continue
        if depth >= limit:
            raise _too_deep(limit)
        stack.extend((c, depth + 1) for c in children)


def check_text(text: str, limit: int) -> None:
    """Raise InvalidArgument if JSON ``text`` nests deeper than ``limit`` (counted lexically, before
    decoding, which would hit Python's recursion limit first)."""
    if _lexical_depth_exceeds(text, limit):
        raise _too_deep(limit)
