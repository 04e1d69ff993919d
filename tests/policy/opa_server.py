"""Start and stop a real OPA server for the policy tests (``opa run --server``).

The binary comes from ``$SARK_OPA_BIN`` if set, else from ``tools/build_opa.sh`` (which builds the
same OPA version as go/policy/go.mod into build/bin once and reuses it).
"""

from __future__ import annotations

import http.client
import os
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUILD_SCRIPT = os.path.join(REPO_ROOT, "tools", "build_opa.sh")


def _die_with_parent() -> None:
    """Ask Linux to SIGTERM the server if the test process dies without tearing it down."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig, sigterm = 1, 15
        libc.prctl(pr_set_pdeathsig, sigterm, 0, 0, 0)
    except (OSError, AttributeError):
        pass  # not Linux: the fixture's teardown still stops the server


class OPAServerError(RuntimeError):
    """The OPA binary could not be built, or the server did not start."""


def opa_binary(build_timeout: float = 1800.0) -> str:
    """Return the path of a usable ``opa`` binary, building it if needed."""
    env_bin = os.environ.get("SARK_OPA_BIN")
    if env_bin:
        if not (os.path.isfile(env_bin) and os.access(env_bin, os.X_OK)):
            raise OPAServerError(f"SARK_OPA_BIN={env_bin!r} is not an executable file")
        return env_bin
    try:
        proc = subprocess.run(
            ["bash", BUILD_SCRIPT], capture_output=True, text=True, timeout=build_timeout, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise OPAServerError(f"running {BUILD_SCRIPT} failed: {exc}") from exc
    if proc.returncode != 0:
        raise OPAServerError(f"{BUILD_SCRIPT} failed with exit code {proc.returncode}:\n{proc.stderr[-4000:]}")
    path = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else ""
    if not os.access(path, os.X_OK):
        raise OPAServerError(f"{BUILD_SCRIPT} did not print an executable path (got {path!r})")
    return path


def free_port() -> int:
    """Return a TCP port that is free on 127.0.0.1 right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class OPAServer:
    """A running ``opa run --server`` process on 127.0.0.1."""

    binary: str
    extra_args: list[str] = field(default_factory=list)  # e.g. ["--config-file", path]
    port: int = 0
    proc: subprocess.Popen[bytes] | None = None
    _log: object = field(default=None, repr=False)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, startup_timeout: float = 30.0) -> str:
        """Start the server and wait until ``/health`` answers 200; return its URL."""
        # A fresh port per attempt: another process may grab the one we picked.
        last_error = ""
        for _ in range(3):
            self.port = free_port()
            self._log = tempfile.TemporaryFile()
            self.proc = subprocess.Popen(
                [
                    self.binary,
                    "run",
                    "--server",
                    "--addr",
                    f"127.0.0.1:{self.port}",
                    "--log-level",
                    "error",
                    "--skip-version-check",
                    *self.extra_args,
                ],
                stdin=subprocess.DEVNULL,
                stdout=self._log,
                stderr=subprocess.STDOUT,
                env={**os.environ, "OPA_TELEMETRY_DISABLED": "true"},
                preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
            )
            deadline = time.monotonic() + startup_timeout
            while time.monotonic() < deadline:
                if self.proc.poll() is not None:
                    break
                if self._healthy():
                    return self.url
                time.sleep(0.05)
            last_error = self._output()
            self.stop()
        raise OPAServerError(f"OPA server did not become healthy:\n{last_error[-4000:]}")

    def _healthy(self) -> bool:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=1.0)
        try:
            conn.request("GET", "/health")
            return conn.getresponse().status == 200
        except OSError:
            return False
        finally:
            conn.close()

    def _output(self) -> str:
        log = self._log
        if log is None:
            return ""
        log.seek(0)  # type: ignore[attr-defined]
        return log.read().decode("utf-8", "replace")  # type: ignore[attr-defined]

    def stop(self, grace: float = 5.0) -> None:
        """Terminate the server; kill it if it has not exited after ``grace`` seconds."""
        proc, self.proc = self.proc, None
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=grace)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=grace)
        if self._log is not None:
            self._log.close()  # type: ignore[attr-defined]
            self._log = None
