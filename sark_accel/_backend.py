"""Choosing the backend (``go`` or ``python``) of each component.

Precedence, highest first:

1. the ``backend=`` argument of an engine class;
2. ``SARK_ACCEL_<COMPONENT>_BACKEND`` (for example ``SARK_ACCEL_CACHE_BACKEND``);
3. ``SARK_ACCEL_BACKEND``;
4. the default: ``go`` when the extension loads, else ``python`` with one warning per process.

In a ``fork()`` of a process whose Go runtime had started, anything but ``python`` raises
:class:`~sark_accel.errors.ForkedProcessError` (see :mod:`sark_accel._native`).

Where the caller knows the principal (user, agent, API key) a request is for, :func:`resolve_for`
adds a gradual rollout below the flags: with no backend argument and no backend flag set,
``SARK_ACCEL_<COMPONENT>_ROLLOUT=<0-100>`` gives ``go`` to that share of principals (bucketed as
SARK buckets them, :mod:`sark_accel._rollout`) and ``python`` to the others.

Asking for ``go`` explicitly (1-3) when the extension is unusable raises
:class:`~sark_accel.errors.BackendUnavailable`: no silent fallback when the user insisted.
Invalid values raise :class:`ValueError` naming where the value came from.
"""

from __future__ import annotations

import os
import re
import threading
import warnings
from pathlib import Path
from types import ModuleType
from typing import Literal, Optional

from . import _native, _rollout, metrics
from .errors import BackendUnavailable, ForkedProcessError, InvalidArgument, NativeUnavailableWarning

Backend = Literal["go", "python"]
BACKENDS: tuple[Backend, ...] = ("go", "python")

#: Components that have both backends, in the order ``info()`` lists them.
COMPONENTS: tuple[str, ...] = ("cache", "injection", "mcp", "policy", "anomaly", "authn", "gateway")

GLOBAL_ENV = "SARK_ACCEL_BACKEND"

_warned = False
_warn_lock = threading.Lock()


def component_env(component: str) -> str:
    """The environment variable that overrides the backend of ``component``."""
    return f"SARK_ACCEL_{component.upper()}_BACKEND"


def rollout_env(component: str) -> str:
    """The environment variable that sets the rollout share of ``component`` (0-100)."""
    return f"SARK_ACCEL_{component.upper()}_ROLLOUT"


def rollout_percent(component: str) -> Optional[int]:
    """``SARK_ACCEL_<COMPONENT>_ROLLOUT`` as a whole percentage; None when unset or empty."""
    env = rollout_env(component)
    raw = os.environ.get(env, "").strip()
    if not raw:
        return None
    if not re.fullmatch(r"[0-9]{1,3}", raw) or int(raw) > 100:
        raise InvalidArgument(f"{env} must be a whole number from 0 to 100, got {raw!r}")
    return int(raw)


def _check(value: str, source: str) -> Backend:
    v = value.strip().lower()
    if v not in BACKENDS:
        raise InvalidArgument(f"{source} must be 'go' or 'python', got {value!r}")
    return v


def keyword_only(engine: str, positional: tuple[object, ...]) -> None:
    """Refuse arguments passed after an engine's own positional ones: ``backend`` and the options
    after it are keyword-only (``backend`` used to be positional in some engines)."""
    if positional:
        raise TypeError(
            f"{engine}() got {len(positional)} positional argument(s) too many: backend and the options "
            f"after it are keyword-only, e.g. {engine}(..., backend={positional[0]!r})"
        )


def requested(component: str, backend: Optional[str] = None) -> tuple[Optional[Backend], str]:
    """The explicitly requested backend and where the request came from (None: no request)."""
    if backend is not None:
        if not isinstance(backend, str):
            raise TypeError(f"backend must be a str or None, not {type(backend).__name__}")
        return _check(backend, "backend"), "the backend argument"
    for env in (component_env(component), GLOBAL_ENV):
        value = os.environ.get(env, "")
        if value.strip():
            return _check(value, env), env
    return None, "the default"


def resolve(component: str, backend: Optional[str] = None) -> Backend:
    """The backend ``component`` uses, given the ``backend=`` argument (None: not given)."""
    choice, source = requested(component, backend)
    if choice == "python":
        return "python"
    if _native.forked():  # the go backend cannot run here; falling back would hide a broken deployment
        raise ForkedProcessError(_native.forked_message())
    if _native.module() is not None:
        return "go"
    if choice == "go":
        raise BackendUnavailable(
            f"the go backend was requested by {source} for {component}, but the native "
            f"extension is unavailable: {_native.error()}"
        )
    _warn_fallback()
    return "python"


def native() -> ModuleType:
    """The extension module; only call after resolve() returned 'go'."""
    mod = _native.module()
    if mod is None:  # pragma: no cover - resolve() guarantees it
        raise BackendUnavailable(f"native extension unavailable: {_native.error()}")
    return mod


def _warn_fallback() -> None:
    global _warned
    with _warn_lock:
        if _warned:
            return
        _warned = True
    # Running from a source checkout imports its sark_accel/ folder, which has no built extension.
    checkout = (Path(__file__).resolve().parent.parent / "setup.py").is_file()
    hint = (
        " (this is the source tree's sark_accel/, not an installed one: run from another directory)" if checkout else ""
    )
    warnings.warn(
        "sark_accel: the native Go extension is unavailable "
        f"({_native.error()}){hint}; every component uses its pure-Python backend. "
        f"Set {GLOBAL_ENV}=python to silence this warning.",
        NativeUnavailableWarning,
        stacklevel=4,
    )


def resolve_for(component: str, principal: Optional[str], backend: Optional[str] = None) -> Backend:
    """The backend ``component`` uses for requests of ``principal`` (None: not known).

    The backend argument and the backend flags keep their precedence and meaning (see above);
    only when none of them is set, and ``SARK_ACCEL_<COMPONENT>_ROLLOUT`` is, does the principal's
    bucket choose: ``go`` inside the rollout share (``python``, with the one warning and a
    counted fallback, when the extension cannot load), ``python`` outside it. An invalid rollout
    value raises :class:`~sark_accel.errors.InvalidArgument` naming the variable, even when a
    flag or an unknown principal leaves it unused.
    """
    percent = rollout_percent(component)
    if principal is None or percent is None or requested(component, backend)[0] is not None:
        return resolve(component, backend)
    if not _rollout.rollout(component, principal, percent):
        chosen: Backend = "python"
    else:
        chosen = resolve(component)  # the default: go when the extension loads, else python
        if chosen != "go":
            metrics.record_fallback(component, "native_unavailable")
    metrics.record_assignment(component, chosen)
    return chosen
