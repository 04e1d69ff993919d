"""Run a throwaway local server (Redis, OPA) for a benchmark: start, wait until ready, stop."""

from __future__ import annotations

import socket
import subprocess
import time
from contextlib import contextmanager
from typing import Callable, Iterator


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def service(cmd: list[str], ready: Callable[[], bool], name: str, timeout: float = 20.0) -> Iterator[None]:
    """Start ``cmd``; poll ``ready()`` until it is true; terminate (then kill) the process on exit."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                if ready():
                    break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
                raise RuntimeError(f"{name} did not start: {err[-500:]}")
            time.sleep(0.05)
        yield
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
