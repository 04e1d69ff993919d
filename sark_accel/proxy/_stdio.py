"""The stdio transport: the server runs as our child; newline-delimited JSON both ways.

Two directions, each on its own thread so neither waits for the other: the client's lines
(our stdin) are decided and forwarded to the child's stdin; the child's lines (its stdout) go
to our stdout, tool results after inspection. Lines pass byte for byte unless denied or redacted.

Ending, never hanging: the client closing our stdin closes the child's stdin, then the child
gets 2 s to exit before SIGTERM and 2 s more before SIGKILL. The child exiting (or closing its
stdout) ends the session at once: every request still waiting gets an error response, a line
on stderr says why, and the proxy exits with status 1.
"""

from __future__ import annotations

import json
import logging
import os
import selectors
import signal
import subprocess
import sys
import threading
from typing import BinaryIO, Callable, Iterator, Optional, Sequence

from ._guard import Guard, error_response, id_key

log = logging.getLogger("sark_accel.proxy")

#: Requests forwarded and not yet answered, at most; past this a request is refused.
MAX_PENDING = 10_000
#: Seconds the child has to exit after its stdin closes, then after SIGTERM.
EXIT_GRACE = 2.0
#: How often the reader checks that the child is alive while its stdout is quiet.
POLL_SECONDS = 0.25


def _lines(fd: int, limit: int, idle: Callable[[], bool]) -> Iterator[Optional[bytes]]:
    """Lines read from ``fd`` as they come, each with its line ending; None for a line of more
    than ``limit`` bytes (skipped). Ends at EOF, or when ``idle()`` is true while nothing comes
    (checked every POLL_SECONDS), so no thread stays blocked in a read."""
    buf = bytearray()
    skipping = False
    with selectors.DefaultSelector() as sel:
        sel.register(fd, selectors.EVENT_READ)
        while True:
            if not sel.select(POLL_SECONDS):
                if idle():
                    return
                continue
            chunk = os.read(fd, 1 << 16)  # readable: returns what is there, b"" at EOF
            if not chunk:
                if buf and not skipping:
                    yield bytes(buf)
                return
            start, scan = 0, len(buf)  # only the new bytes are searched: no rescan per chunk
            buf += chunk
            while (end := buf.find(b"\n", scan)) >= 0:
                if not skipping:  # a line completed by a chunk can end past the limit too
                    yield bytes(buf[start : end + 1]) if end - start <= limit else None
                skipping = False
                start = scan = end + 1
            del buf[:start]
            if len(buf) > limit:
                if not skipping:
                    yield None
                skipping = True
                buf.clear()


class StdioProxy:
    """One session: our stdin/stdout on one side, the server command's on the other."""

    def __init__(
        self,
        guard: Guard,
        command: Sequence[str],
        *,
        max_message_bytes: int,
        stdin: Optional[BinaryIO] = None,
        stdout: Optional[BinaryIO] = None,
    ) -> None:
        self.guard = guard
        self.command = list(command)
        self.limit = max_message_bytes
        self.stdin = stdin or sys.stdin.buffer
        self.stdout = stdout or sys.stdout.buffer
        self._out_lock = threading.Lock()
        self._pending: dict[str, Optional[tuple[str, str]]] = {}  # id -> (tool, principal) for tools/call
        self._pending_lock = threading.Lock()
        self._client_gone = threading.Event()
        self._ended = threading.Event()  # the session is over: the client thread stops reading
        self.child: Optional[subprocess.Popen[bytes]] = None

    def _reply(self, line: bytes) -> bool:
        """Write one line to the client; False when the client is gone."""
        try:
            with self._out_lock:
                self.stdout.write(line)
                self.stdout.flush()
            return True
        except (OSError, ValueError):
            self._client_gone.set()
            return False

    def run(self) -> int:
        """Serve until either side ends; the exit status (0: the client ended the session)."""
        try:
            self.child = subprocess.Popen(self.command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        except OSError as exc:
            print(f"sark-accel proxy: cannot start the MCP server {self.command[0]!r}: {exc}", file=sys.stderr)
            return 1
        previous = signal.signal(signal.SIGTERM, _exit_on_signal) if _main_thread() else None
        client = threading.Thread(target=self._client_to_server, name="proxy-client", daemon=True)
        try:
            client.start()
            ended = self._server_to_client()
            if self._client_gone.is_set():
                return 0
            self._upstream_ended(ended)
            return 1
        finally:
            self._ended.set()
            self._stop_child()
            client.join(timeout=2 * POLL_SECONDS + EXIT_GRACE)  # not reading stdin when Python exits
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)

    def _client_to_server(self) -> None:
        assert self.child is not None and self.child.stdin is not None
        to_child = self.child.stdin
        try:
            for line in _lines(self.stdin.fileno(), self.limit, self._ended.is_set):
                if line is None:
                    self.guard.recorder.refused("message_too_large", self.guard.server)
                    self._reply(error_response(None, "Request denied: message too large", -32600) + b"\n")
                    continue
                body = line.rstrip(b"\r\n")
                if not body.strip():
                    continue
                verdict = self.guard.request(body)
                if not verdict.forward:
                    if verdict.reply is not None and not self._reply(verdict.reply + b"\n"):
                        return
                    continue
                if verdict.method == "notifications/cancelled":
                    self._forget(body)
                if verdict.key is not None:
                    with self._pending_lock:
                        if len(self._pending) >= MAX_PENDING:
                            refusal = error_response(verdict.id, "Request denied: too many requests in flight")
                            self._reply(refusal + b"\n")
                            continue
                        self._pending[verdict.key] = (verdict.tool, verdict.principal) if verdict.inspect else None
                to_child.write(line if line.endswith(b"\n") else line + b"\n")
                to_child.flush()
            if not self._ended.is_set():
                self._client_gone.set()  # EOF: the client ended the session
        except (OSError, ValueError):
            return  # the child's stdin closed: the reader reports the child's end
        except Exception:  # a bug here must end the session, not leave the client waiting
            log.exception("the proxy failed; ending the session")
            self._stop_child()
        finally:
            if self._client_gone.is_set():
                self._stop_child()

    def _forget(self, cancel: bytes) -> None:
        """A request the client cancelled may never be answered: stop waiting for it."""
        try:
            request = json.loads(cancel)["params"]["requestId"]
        except (ValueError, KeyError, TypeError):
            return
        with self._pending_lock:
            self._pending.pop(id_key(request), None)

    def _server_to_client(self) -> str:
        """Relay the child's lines until it ends; why it ended."""
        assert self.child is not None and self.child.stdout is not None
        child, out = self.child, self.child.stdout

        def idle() -> bool:  # a grandchild may hold the pipe open: the child is what counts
            return child.poll() is not None or self._client_gone.is_set()

        for line in _lines(out.fileno(), self.limit, idle):
            if line is None:
                return f"sent a message of more than {self.limit} bytes"
            if not self._relay(line):
                return "client gone"
        return "closed its stdout"

    def _relay(self, line: bytes) -> bool:
        body = line.rstrip(b"\r\n")
        if not body.strip():
            return True
        key = self.guard.answers(body)
        if key is not None:
            with self._pending_lock:
                tool = self._pending.pop(key, None) if key else None
            if tool is not None or key == "":  # a tools/call's result, or unreadable: inspected
                name, principal = tool or ("", "")
                out = self.guard.result(body, tool=name, principal=principal)
                if out is not body:
                    line = out + b"\n"
        return self._reply(line)

    def _upstream_ended(self, why: str) -> None:
        assert self.child is not None
        try:
            status = self.child.wait(timeout=1.0)
            what = f"the MCP server exited (status {status})"
        except subprocess.TimeoutExpired:
            what = f"the MCP server {why}"
        print(f"sark-accel proxy: {what}; ending the session", file=sys.stderr, flush=True)
        with self._pending_lock:
            waiting, self._pending = list(self._pending), {}
        for key in waiting:
            self._reply(error_response(json.loads(key), f"Upstream unavailable: {what}") + b"\n")

    def _stop_child(self) -> None:
        child = self.child
        if child is None or child.poll() is not None:
            return
        try:
            if child.stdin is not None:
                child.stdin.close()
        except OSError:
            pass
        for stop in (None, child.terminate, child.kill):
            if stop is not None:
                stop()
            try:
                child.wait(timeout=EXIT_GRACE)
                return
            except subprocess.TimeoutExpired:
                continue


def _main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def _exit_on_signal(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)
