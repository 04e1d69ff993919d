"""The key set of a JWKS URL (go/authn/remote.go): fetched at start, refreshed in the background
on an interval and, rate-limited, for an unknown kid; a failed fetch keeps the last good set."""

from __future__ import annotations

import hashlib
import threading
import time
import urllib.request
from typing import Callable, Optional

from ._keys import Key, parse_jwks

MAX_BYTES = 1 << 20


class FetchError(Exception):
    pass


def fetch(url: str, timeout: float) -> bytes:
    """GET url: status 200, at most 1 MiB, within ``timeout`` seconds from connection to last byte."""
    deadline = time.monotonic() + timeout
    with urllib.request.urlopen(url, timeout=timeout) as resp:  # noqa: S310 (the configured http(s) URL)
        if resp.status != 200:
            raise FetchError("jwks status")
        chunks: list[bytes] = []
        size = 0
        while True:
            if time.monotonic() > deadline:
                raise FetchError("jwks timeout")
            chunk = resp.read(65536)
            if not chunk:
                return b"".join(chunks)
            size += len(chunk)
            if size > MAX_BYTES:
                raise FetchError("jwks too large")
            chunks.append(chunk)


class Remote:
    def __init__(
        self,
        url: str,
        timeout: float,
        refresh_ns: int,
        min_refresh_ns: int,
        install: Callable[[list[Key]], None],
        count: Callable[[str], None],
    ) -> None:
        self._url, self._timeout = url, timeout
        self._refresh_ns, self._min_refresh_ns = refresh_ns, min_refresh_ns
        self._install, self._count = install, count
        self._fetch_lock = threading.Lock()  # one fetch at a time
        self._lock = threading.Lock()  # guards the fields below
        self._last = 0
        self._attempted = False
        self._running: Optional[threading.Thread] = None
        self._digest: Optional[bytes] = None
        self._closed = False

    def close(self) -> None:
        self._closed = True
        with self._lock:
            running = self._running
        if running is not None:
            running.join(self._timeout + 1)

    def maybe_refresh(self, now: int) -> None:
        """Start one background fetch when the last attempt is at least the interval old."""
        with self._lock:
            if self._running is not None or not self._attempted or now - self._last < self._refresh_ns:
                return
            self._running = t = threading.Thread(target=self._background, args=(now,), daemon=True)
        t.start()

    def _background(self, now: int) -> None:
        try:
            self.refresh(now, self._refresh_ns)
        finally:
            with self._lock:
                self._running = None

    def refresh_for_kid(self, now: int) -> bool:
        return self.refresh(now, self._min_refresh_ns)

    def refresh(self, now: int, min_gap: int) -> bool:
        """Fetch and install the set unless the last attempt is less than min_gap old."""
        with self._fetch_lock:
            with self._lock:
                if self._closed or (self._attempted and now - self._last < min_gap):
                    return False
                self._last, self._attempted = now, True
            self._count("jwks_fetches")
            try:
                body = fetch(self._url, self._timeout)
            except Exception:  # network, status, size, timeout: keep the last good set
                self._count("jwks_fetch_failures")
                return True
            digest = hashlib.sha256(body).digest()
            if digest == self._digest:
                return True
            try:
                self._install(parse_jwks(body, fetched=True))
            except Exception:  # not JSON, duplicate kids ...
                self._count("jwks_fetch_failures")
                return True
            self._digest = digest
            return True
