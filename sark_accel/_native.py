"""Loading the Go extension ``sark_accel._sarkgo``, lazily and at most once.

The extension starts a Go runtime when it is loaded, so it is imported on first use, not by
``import sark_accel``: a program that only uses the Python backends never loads it. A failed
load is remembered with its reason; nothing here raises.
"""

from __future__ import annotations

import os
import threading
from types import ModuleType
from typing import Optional

_lock = threading.Lock()
_loaded = False
_module: Optional[ModuleType] = None
_error: Optional[str] = None

#: Set to 1 to behave as if the extension were not installed (for tests and for debugging).
DISABLE_ENV = "SARK_ACCEL_DISABLE_NATIVE"


def _load() -> None:
    global _loaded, _module, _error
    with _lock:
        if _loaded:
            return
        try:
            if os.environ.get(DISABLE_ENV, "") not in ("", "0"):
                raise ImportError(f"disabled by {DISABLE_ENV}")
            from . import _sarkgo  # type: ignore[attr-defined]

            _sarkgo.sarkbind_GoVersion()  # prove that calls work, not only that it imports
            _module = _sarkgo
        except Exception as exc:  # any failure means "use the Python backends"
            _error = f"{type(exc).__name__}: {exc}"
        _loaded = True


def module() -> Optional[ModuleType]:
    """The extension module, or None when it is missing or broken."""
    if not _loaded:
        _load()
    return _module


def error() -> Optional[str]:
    """Why the extension could not be loaded (None if it loaded)."""
    if not _loaded:
        _load()
    return _error
