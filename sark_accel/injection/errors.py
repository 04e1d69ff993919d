"""Exception classes of the prompt-injection scanner (same classes for the Go and Python backends)."""

from __future__ import annotations

from sark_accel.errors import InvalidArgument, NotFound, register_kind

__all__ = ["InvalidPattern", "PatternNotFound"]


@register_kind
class InvalidPattern(InvalidArgument):
    """A pattern definition is malformed, or its regex is outside the supported dialect.

    The message starts with the pattern id: ``"<id>: <reason>"``.
    """

    kind = "injection_pattern"


@register_kind
class PatternNotFound(NotFound):
    """``remove_pattern`` was given an id that is not in the library."""

    kind = "injection_pattern_not_found"
