"""The kind of text a scan reads: it picks the classifier's model (one was trained per kind).

``None`` is the general model (``classifier.bin``); ``"argument"``, a tool call's arguments written
by the user or the agent (``classifier_argument.bin``); ``"tool_result"``, what a tool returned, the
path of indirect injection (``classifier_tool_result.bin``). With the classifier off the kind
changes nothing. The Go twin is go/injection/kind.go (``ParseKind``, ``AsKind``).
"""

from __future__ import annotations

from typing import Literal, Optional

from sark_accel.errors import InvalidArgument

#: A scan's kind of text, or None for the general model.
Kind = Literal["argument", "tool_result"]
#: The kinds a scan accepts, and each one's model file beside this module.
MODEL_FILES: dict[Optional[str], str] = {
    None: "classifier.bin",
    "argument": "classifier_argument.bin",
    "tool_result": "classifier_tool_result.bin",
}


def check_kind(kind: object) -> Optional[str]:
    """``kind`` if it is None, "argument" or "tool_result"; TypeError for a non-str, else
    InvalidArgument (a ValueError), as the go backend refuses it."""
    if kind is None:
        return None
    if not isinstance(kind, str):
        raise TypeError(f"kind must be a str or None, not {type(kind).__name__}")
    if kind not in MODEL_FILES:
        raise InvalidArgument(f'kind {kind!r}: not None, "argument" or "tool_result"')
    return kind
