"""Exception classes of the prompt-injection scanner (same classes for the Go and Python backends)."""

from __future__ import annotations

from sark_accel.errors import InvalidArgument, NotFound, register_kind

__all__ = ["InvalidPattern", "PatternNotFound", "SarkPatternsRejected"]


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


class SarkPatternsRejected(InvalidPattern):
    """Patterns of a SARK pattern file that cannot be used, every one named (nothing was added).

    ``rejected`` lists ``(name, reason)`` in file order: a regex with no equivalent in the dialect
    both backends share (lookaround, backreferences...), outside it after translation, or an
    entry that is malformed. Raised in Python only (never crosses from Go), so it has no kind of
    its own: a native error of this family is an :class:`InvalidPattern`.
    """

    def __init__(self, rejected: list[tuple[str, str]]) -> None:
        self.rejected: tuple[tuple[str, str], ...] = tuple(rejected)
        listed = "; ".join(f"{name!r}: {reason}" for name, reason in self.rejected)
        super().__init__(f"{len(self.rejected)} SARK pattern(s) cannot be used, none added: {listed}")
