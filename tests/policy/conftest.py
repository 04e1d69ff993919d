"""Fixtures of the policy tests: a real OPA server, session-wide."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator

import pytest

# Importable whatever pytest's import mode (the tests folders are not packages).
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from opa_server import OPAServer, OPAServerError, opa_binary

# A failed build is remembered so it is not retried for every test that needs the server.
_startup_failure: list[str] = []


@pytest.fixture(scope="session")
def opa_url() -> Iterator[str]:
    """URL of a running ``opa run --server`` (stopped at the end of the session).

    Fails (does not skip) when OPA cannot be built or started, unless ``SARK_SKIP_OPA=1``.
    """
    if os.environ.get("SARK_SKIP_OPA") == "1":
        pytest.skip("SARK_SKIP_OPA=1: tests that need an OPA server are skipped")
    if _startup_failure:
        pytest.fail(_startup_failure[0], pytrace=False)
    try:
        server = OPAServer(opa_binary())
        url = server.start()
    except OPAServerError as exc:
        _startup_failure.append(f"cannot run an OPA server (set SARK_SKIP_OPA=1 to skip these tests): {exc}")
        pytest.fail(_startup_failure[0], pytrace=False)
    try:
        yield url
    finally:
        server.stop()
