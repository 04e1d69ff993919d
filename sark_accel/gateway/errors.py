"""Exception classes of the gateway."""

from __future__ import annotations

from sark_accel.errors import BackendUnavailable

__all__ = ["EngineNotOnGoPath"]


class EngineNotOnGoPath(BackendUnavailable):
    """``backend="go"`` was asked for a gateway (argument or flag) with an engine the go path
    cannot use: a subclass (its overrides run in Python) or an engine on the python backend.

    Raised when the gateway is built, never a silent switch to the Python pipeline; leave the
    backend to the default (``backend=None``, no flag) to let such a gateway run in Python.
    ``component`` is the keyword the engine was given as (``"detector"``, ``"cache"`` ...).
    Python-only: it never crosses the binding, so its kind is its base class's.
    """

    def __init__(self, component: str, why: str, source: str) -> None:
        super().__init__(
            f"Gateway: {component} cannot run on the go path ({why}), but the go backend was requested by "
            f"{source}; pass an exact engine class on the go backend, or leave the backend to the default "
            "to run the pipeline in Python"
        )
        self.component = component
