"""Loading the Go extension ``sark_accel._sarkgo``, lazily and at most once; disarming it after fork.

The extension starts a Go runtime when it is loaded, so it is imported on first use, not by
``import sark_accel``: a program that only uses the Python backends never loads it. A failed
load is remembered with its reason; nothing here raises.

A ``fork()`` copies only the forking thread, so a child of a process whose Go runtime had
started inherits a runtime without its threads (and maybe with locks held by them): a call into
it may hang forever. The child therefore disarms the extension as it is forked: every extension
function, on the module and on the engines that keep one (``track``), is replaced by a stub that
raises :class:`~sark_accel.errors.ForkedProcessError`, and their finalizers are detached. This
costs nothing per call; a child of a process that never loaded the extension may load its own.
"""

from __future__ import annotations

import os
import threading
import weakref
from types import BuiltinFunctionType, ModuleType
from typing import Any, Callable, NoReturn, Optional

from .errors import ForkedProcessError

_lock = threading.Lock()
_loaded = False
_module: Optional[ModuleType] = None
_error: Optional[str] = None
_runtime_pid: Optional[int] = None  # the process whose Go runtime this is (None: never started)
_forked = False  # this process is a fork() of _runtime_pid: the extension is disarmed
_holders: weakref.WeakSet[Any] = weakref.WeakSet()  # engines that keep extension functions

#: Set to 1 to behave as if the extension were not installed (for tests and for debugging).
DISABLE_ENV = "SARK_ACCEL_DISABLE_NATIVE"


def _load() -> None:
    global _loaded, _module, _error, _runtime_pid
    with _lock:
        if _loaded:
            return
        try:
            if os.environ.get(DISABLE_ENV, "") not in ("", "0"):
                raise ImportError(f"disabled by {DISABLE_ENV}")
            _runtime_pid = os.getpid()  # before the import: the runtime starts inside it
            try:
                from . import _sarkgo
            except ImportError:
                _runtime_pid = None  # nothing was loaded, so no runtime started
                raise
            _sarkgo.sarkbind_GoVersion()  # prove that calls work, not only that it imports
            _module = _sarkgo
        except Exception as exc:  # any failure means "use the Python backends"
            _error = f"{type(exc).__name__}: {exc}"
        _loaded = True


def module() -> Optional[ModuleType]:
    """The extension module, or None when it is missing or broken.

    In a forked child it is the disarmed module: each call raises ForkedProcessError.
    """
    if not _loaded:
        _load()
    return _module


def error() -> Optional[str]:
    """Why the extension could not be loaded, or is disarmed after fork (None if usable)."""
    if _forked:
        return f"ForkedProcessError: {forked_message()}"
    if not _loaded:
        _load()
    return _error


def forked() -> bool:
    """Whether this process is a fork() of one whose Go runtime had started."""
    return _forked


def forked_message() -> str:
    """What ForkedProcessError says: what happened and the remedy."""
    return (
        f"the Go runtime of sark_accel was started in process {_runtime_pid} and this process "
        f"({os.getpid()}) is a fork() of it, where the runtime can hang, so go-backend engines refuse "
        "every call here. Create engines after the fork (in each worker, e.g. gunicorn without "
        "preload_app, or in post_fork), or start workers with multiprocessing's 'spawn' or "
        "'forkserver' method; backend='python' engines work in this process."
    )


def track(holder: object) -> None:
    """Register an object that keeps extension functions or finalizers, to be disarmed after fork."""
    _holders.add(holder)


def _refuse(name: str) -> Callable[..., NoReturn]:
    def refused(*args: object) -> NoReturn:
        raise ForkedProcessError(forked_message())

    refused.__name__ = refused.__qualname__ = name
    return refused


def _is_extension_function(value: object) -> bool:
    return isinstance(value, BuiltinFunctionType) and value.__self__ is _module


def _disarm(namespace: object) -> None:
    """Replace the extension functions among namespace's attributes by stubs; detach its finalizers."""
    for name, value in list(vars(namespace).items()):
        if _is_extension_function(value):
            setattr(namespace, name, _refuse(value.__name__))
        elif isinstance(value, weakref.finalize):
            info = value.peek()
            if info is not None and _is_extension_function(info[1]):
                value.detach()  # the Go object is the parent's; freeing it here would enter Go


def _after_fork_in_child() -> None:
    global _lock, _forked, _loaded
    _lock = threading.Lock()  # another thread of the parent may have held it while forking
    if _runtime_pid is None:
        return  # the runtime never started: this process may start its own
    _forked = True
    _loaded = True  # a load the parent had under way must not go on here
    if _module is not None:
        for holder in list(_holders):
            _disarm(holder)
        _disarm(_module)


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)
