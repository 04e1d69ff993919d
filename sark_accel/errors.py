"""Exception classes of sark-accel, and the mapping from native error kinds.

Every error the Go extension raises crosses the binding as ``RuntimeError`` whose message is
``"sark:<kind>:<text>"``. :func:`from_native` turns it into the class registered for ``<kind>``.
Each class also subclasses the builtin a Python user would naturally catch (``ValueError``,
``KeyError``, ``TimeoutError`` ...), so ``except ValueError`` keeps working.
"""

from __future__ import annotations

from ._kinds import KINDS

__all__ = [
    "SarkAccelError",
    "InvalidArgument",
    "NotFound",
    "Timeout",
    "Unavailable",
    "BackendUnavailable",
    "InternalError",
    "Closed",
    "ForkedProcessError",
    "NativeUnavailableWarning",
    "register_kind",
    "from_native",
    "kind_class",
    "native_error",
]


class SarkAccelError(Exception):
    """Base class of every error raised by sark-accel."""

    #: The machine-readable kind (the same string the Go binding uses).
    kind: str = "error"


class InvalidArgument(SarkAccelError, ValueError):
    """An argument has the right type but an unacceptable value."""

    kind = "invalid_argument"


class NotFound(SarkAccelError, KeyError):
    """A named object (policy, pattern, cache handle ...) does not exist."""

    kind = "not_found"

    def __str__(self) -> str:  # KeyError quotes its message; keep it readable.
        return Exception.__str__(self)


class Timeout(SarkAccelError, TimeoutError):
    """An operation ran past its deadline and was cancelled."""

    kind = "timeout"


class Unavailable(SarkAccelError, ConnectionError):
    """A service the operation needs (an OPA server, Redis ...) could not be reached."""

    kind = "unavailable"


class BackendUnavailable(SarkAccelError, RuntimeError):
    """The ``go`` backend was explicitly requested but the native extension is not usable."""

    kind = "backend_unavailable"


class InternalError(SarkAccelError, RuntimeError):
    """A bug: the Go side panicked (the panic was recovered) or broke its own contract."""

    kind = "internal"


class Closed(SarkAccelError, ValueError):
    """The object was closed; like I/O on a closed file, this is a ValueError."""

    kind = "closed"


class ForkedProcessError(SarkAccelError, RuntimeError):
    """This process is a ``fork()`` of one that had started the Go runtime, which cannot run here.

    A forked Go runtime has lost its threads and may hang on any call, so go-backend engines
    refuse every call in the child instead: create them after the fork, or start workers with
    ``spawn``/``forkserver``. ``backend="python"`` engines keep working.
    """

    kind = "forked_process"


class NativeUnavailableWarning(RuntimeWarning):
    """Emitted once per process when engines fall back to Python because the extension is missing."""


_KINDS: dict[str, type[SarkAccelError]] = {}


def register_kind(cls: type[SarkAccelError]) -> type[SarkAccelError]:
    """Register ``cls`` as the class for native errors of ``cls.kind`` (usable as a decorator).

    Every kind is a row of the one table in go/sarkbind/kinds.go (generated as
    ``sark_accel/_kinds.py``); tests/test_kinds.py fails when the registered classes drift from it.
    """
    _KINDS[cls.kind] = cls
    return cls


# This module's rows of the table (``panic`` is an alias of ``internal``).
for _kind, (_module, _name, _builtin) in KINDS.items():
    if _module == __name__:
        _KINDS[_kind] = globals()[_name]

_PREFIX = "sark:"


def split_native(exc: BaseException) -> tuple[str, str]:
    """Return ``(kind, text)`` of a native error message; kind ``internal`` if it has no kind."""
    msg = str(exc)
    if msg.startswith(_PREFIX):
        kind, sep, text = msg[len(_PREFIX) :].partition(":")
        if sep:
            return kind, text
    return "internal", msg


def kind_class(kind: str) -> type[SarkAccelError]:
    """The class registered for ``kind``; ``InternalError`` for a kind nobody registered."""
    return _KINDS.get(kind, InternalError)


def native_error(message: str) -> SarkAccelError:
    """The exception of a ``"sark:<kind>:<text>"`` message (e.g. one item of a batch reply)."""
    kind, text = split_native(Exception(message))
    return kind_class(kind)(text)


def from_native(exc: BaseException) -> SarkAccelError:
    """Map an exception raised by the extension to the sark-accel class of its kind."""
    if isinstance(exc, SarkAccelError):  # raised before entering Go (ForkedProcessError): already typed
        return exc
    kind, text = split_native(exc)
    err = kind_class(kind)(text)
    err.__cause__ = exc
    return err
