"""Start a throwaway `opa run --server` on 127.0.0.1 for the policy benchmark."""

from __future__ import annotations

import http.client
import os
import shutil
import subprocess
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

from ._redis import free_port


def find_opa() -> Optional[str]:
    """$SARK_OPA_BIN, else build/bin/opa of a source checkout (tools/build_opa.sh), else PATH."""
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
def opa_server(binary: str, timeout: float = 20.0) -> Iterator[str]:
    """Run an OPA server on a free loopback port; yield its URL; stop it afterwards."""
    port = free_port()
    proc = subprocess.Popen(
        [binary, "run", "--server", "--addr", f"127.0.0.1:{port}", "--log-level", "error", "--skip-version-check"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
                conn.request("GET", "/health")
                if conn.getresponse().status == 200:
                    conn.close()
                    break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
                raise RuntimeError(f"opa server did not start: {err[-500:]}")
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
