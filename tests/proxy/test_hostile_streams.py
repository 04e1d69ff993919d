"""Hostile streams: an upstream's SSE events (in a subprocess: a quadratic scan shows up as its
timeout) and stdio lines, at the sizes and shapes that cost most; relayed or refused, bounded."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading

import pytest

_RELAY = textwrap.dedent(
    """
    import asyncio, sys
    from types import SimpleNamespace
    from sark_accel.proxy._http import Relay

    line, chunk, limit = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])

    class Upstream:
        async def aiter_bytes(self):
            yield b"data: "
            for _ in range(line // chunk):  # one long line, in small chunks, no newline yet
                yield b"x" * chunk
            yield b"\\n\\n"

        async def aclose(self):
            pass

    relay = Relay.__new__(Relay)
    relay.limit = limit
    relay.httpx = SimpleNamespace(HTTPError=OSError)
    relay.guard = SimpleNamespace(answers=lambda message: None)

    async def main():
        return [e async for e in relay._relay_events(Upstream(), None)]

    events = asyncio.run(main())
    print(len(events), sum(map(len, events)))
    """
)


def relay(line: int, chunk: int, limit: int) -> tuple[int, int]:
    done = subprocess.run(
        [sys.executable, "-c", _RELAY, str(line), str(chunk), str(limit)],
        capture_output=True,
        text=True,
        timeout=120,  # generous: linear work is well under a second, the quadratic one hours
    )
    assert done.returncode == 0, done.stderr
    n, size = done.stdout.split()
    return int(n), int(size)


@pytest.mark.parametrize("scale", [1, 16])
def test_long_sse_line_in_small_chunks_is_relayed(scale: int) -> None:
    line = scale * 1024 * 1024  # 16 MiB at 16x: the default --max-message-bytes
    assert relay(line, 64, 16 * 1024 * 1024 + 64) == (1, len(b"data: ") + line + 2)


def test_sse_event_past_the_limit_is_cut_off() -> None:
    # Refused (the stream ends, nothing of the oversized event is relayed), and not buffered past
    # the limit plus one chunk.
    assert relay(4 * 1024 * 1024, 64, 1024 * 1024) == (0, 0)


@pytest.mark.parametrize("scale", [1, 16])
def test_stdio_line_past_the_limit_is_skipped_and_the_next_one_read(scale: int) -> None:
    from sark_accel.proxy._stdio import _lines

    limit = 64 * 1024
    fits = b"f" * limit + b"\n"
    read_fd, write_fd = os.pipe()

    def write() -> None:  # small writes: the reader sees many small chunks
        with os.fdopen(write_fd, "wb", buffering=0) as w:
            for part in (fits, b"x" * (scale * limit + 1), b"\n", b"ok\n"):
                for i in range(0, len(part), 512):
                    w.write(part[i : i + 512])

    writer = threading.Thread(target=write)
    writer.start()
    try:
        got = list(_lines(read_fd, limit, lambda: False))
    finally:
        writer.join()
        os.close(read_fd)
    assert got == [fits, None, b"ok\n"]
