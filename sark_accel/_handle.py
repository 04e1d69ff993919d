"""Calling the extension: error mapping, and Go objects held by a handle.

Every binding function raises ``RuntimeError("sark:<kind>:<text>")`` on a Go error; ``call``
turns it into the sark-accel exception of that kind. ``NativeHandle`` owns one Go object
(created from a JSON config, freed by ``close()`` or garbage collection). Every object that
keeps extension functions registers with ``_native.track``, so that a forked child cannot call them.
"""

from __future__ import annotations

import json
import weakref
from typing import Any, Callable

from . import _backend, _native
from .errors import from_native


def call(fn: Callable[..., Any], *args: Any) -> Any:
    """``fn(*args)``, with a native error raised as its sark-accel exception class."""
    try:
        return fn(*args)
    except RuntimeError as exc:
        raise from_native(exc) from None


class NativeHandle:
    """A Go object created by ``sarkbind_<new>(config JSON)`` and freed by ``sarkbind_<close>(h)``."""

    def __init__(self, new: str, close: str, config: dict[str, Any], *leading: str) -> None:
        self._m = m = _backend.native()
        self._h = int(call(getattr(m, new), *leading, json.dumps(config)))  # leading: arguments before the config
        self._finalizer = weakref.finalize(self, getattr(m, close), self._h)
        _native.track(self)  # subclasses keep extension functions too: disarmed in a forked child

    def _call(self, name: str, *args: Any) -> Any:
        """Call ``sarkbind_<name>`` on this object's handle."""
        return call(getattr(self._m, name), self._h, *args)

    def close(self) -> None:
        """Free the Go object; idempotent. Later calls raise ``sark_accel.Closed``."""
        self._finalizer()
