"""Find an `opa` binary and start a throwaway `opa run --server` on 127.0.0.1."""

from __future__ import annotations

import http.client
import os
import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

from ._service import free_port, service

# How to get the opa binary find_opa looks for (the OPA version go/policy embeds).
OPA_INSTALL = "tools/build_opa.sh in a source checkout builds build/bin/opa; or set SARK_OPA_BIN, or put opa on PATH"


def find_opa() -> Optional[str]:
    """$SARK_OPA_BIN, else build/bin/opa (tools/build_opa.sh) above the working directory, else PATH."""
    env = os.environ.get("SARK_OPA_BIN")
    if env:
        return env
    here = Path.cwd().resolve()
    for parent in (here, *here.parents):
        candidate = parent / "build" / "bin" / "opa"
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return shutil.which("opa")


@contextmanager
def opa_server(binary: str) -> Iterator[str]:
    """Run an OPA server on a free loopback port; yield its URL; stop it afterwards."""
    port = free_port()

    def ready() -> bool:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
        try:
            conn.request("GET", "/health")
            return conn.getresponse().status == 200
        finally:
            conn.close()

    cmd = [binary, "run", "--server", "--addr", f"127.0.0.1:{port}", "--log-level", "error", "--skip-version-check"]
    with service(cmd, ready, "opa server"):
        yield f"http://127.0.0.1:{port}"
