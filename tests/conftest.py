"""Shared fixtures. Tests that need the Go extension FAIL when it is missing (a silent skip
would hide a broken build), unless SARK_ACCEL_TEST_ALLOW_NO_NATIVE=1."""

from __future__ import annotations

import os
from types import ModuleType

import pytest

from sark_accel import _native

BACKENDS = ["go", "python"]


@pytest.fixture(scope="session")
def native() -> ModuleType:
    mod = _native.module()
    if mod is None:
        if os.environ.get("SARK_ACCEL_TEST_ALLOW_NO_NATIVE") == "1":
            pytest.skip(f"native extension unavailable: {_native.error()}")
        pytest.fail(f"native extension unavailable: {_native.error()}")
    return mod


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    if request.param == "go":
        request.getfixturevalue("native")
    return str(request.param)
