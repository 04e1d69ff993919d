"""sark-accel: Go engines for the hot paths of an MCP governance gateway, behind typed Python APIs.

Every engine has two backends with the same semantics: ``go`` (the native extension, the
default when it loads) and ``python`` (a pure-Python reference). See :mod:`sark_accel._backend`
for the flags that choose between them, and :func:`info` for what is active.
"""

from __future__ import annotations

import platform
from typing import Any, Optional

from . import _backend, _native
from ._rollout import rollout
from .errors import (
    BackendUnavailable,
    Closed,
    ForkedProcessError,
    InternalError,
    InvalidArgument,
    NativeUnavailableWarning,
    NotFound,
    SarkAccelError,
    Timeout,
    Unavailable,
)

__version__ = "0.1.0"

__all__ = [
    "__version__",
    "info",
    "rollout",
    "backend_for",
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
]


def backend_for(component: str, principal_id: Optional[str] = None, *, backend: Optional[str] = None) -> str:
    """The backend (``"go"`` or ``"python"``) ``component`` should use for ``principal_id``'s requests.

    The same as the engines' own choice (the ``backend`` argument, then the flags), except that
    when neither is set and ``SARK_ACCEL_<COMPONENT>_ROLLOUT=<0-100>`` is, that share of
    principals (bucketed exactly as SARK's feature flags: :func:`rollout`) gets ``go`` and the
    rest ``python``. Pass the answer on: ``TTLCache(backend=sark_accel.backend_for("cache", user))``.
    """
    return _backend.resolve_for(component, principal_id, backend)


def info() -> dict[str, Any]:
    """What is installed and active: versions, the native extension, each component's backend.

    Never raises: an invalid flag shows up as ``"error: ..."`` in ``backends``.
    """
    mod = None if _native.forked() else _native.module()  # a forked child must not call into Go
    go_version = go_gc_percent = go_maxprocs = re2 = None
    if mod is not None:
        go_version = mod.sarkbind_GoVersion()
        go_gc_percent = mod.sarkbind_GCPercent()
        go_maxprocs = mod.sarkbind_MaxProcs()
        re2 = mod.sarkbind_RE2Backend()
    backends: dict[str, str] = {}
    for component in _backend.COMPONENTS:
        try:
            backends[component] = _backend.resolve(component)
        except Exception as exc:
            backends[component] = f"error: {exc}"
    return {
        "version": __version__,
        "python": platform.python_version(),
        "go_version": go_version,
        "go_gc_percent": go_gc_percent,  # 400 unless GOGC is set (see README, "Tuning")
        "go_maxprocs": go_maxprocs,  # at least 16 unless GOMAXPROCS is set (README, "Tuning")
        "re2": re2,  # the injection scanner's RE2: "libre2 (cgo, static)" or "wasm2go" (README)
        "native": mod is not None,
        "native_error": _native.error(),
        "backends": backends,
    }
