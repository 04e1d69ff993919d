"""Start a throwaway redis-server on 127.0.0.1 (no persistence) for the cache benchmark."""

from __future__ import annotations

import shutil
import socket
from contextlib import contextmanager
from typing import Iterator, Optional

from ._service import free_port, service


@contextmanager
def redis_server(binary: Optional[str] = None) -> Iterator[int]:
    """Run redis-server on a free loopback port; yield the port; stop it afterwards."""
    exe = binary or shutil.which("redis-server")
    if exe is None:
        raise FileNotFoundError("redis-server not found on PATH (Debian: apt-get install redis-server)")
    port = free_port()

    def ready() -> bool:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as s:
            s.sendall(b"PING\r\n")
            return s.recv(16).startswith(b"+PONG")

    cmd = [exe, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no"]
    with service(cmd, ready, "redis-server"):
        yield port
