"""A static bundle server on 127.0.0.1 with ETags, for the fleet benchmark and the tests.

It does what a static file server (nginx) does for OPA's bundle downloader: each resource has
an ETag (a hash of its bytes), and a request whose ``If-None-Match`` names the current one gets
``304 Not Modified``. It is written here rather than run as nginx because the tests and the
benchmark must work where nginx is not installed, and a server in the process can publish a new
bundle atomically and be stopped and restarted on the same port (the "server down" tests).
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import tarfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Optional

__all__ = ["BundleServer", "bundle_tarball"]


def bundle_tarball(revision: str, files: dict[str, str], data: Optional[dict[str, Any]] = None) -> bytes:
    """An OPA bundle (.tar.gz): ``.manifest`` with ``revision``, ``data.json``, and ``files``
    (path -> Rego source). Deterministic: the same arguments give the same bytes (and ETag)."""
    members = {"/.manifest": json.dumps({"revision": revision, "roots": [""]}), "/data.json": json.dumps(data or {})}
    members.update(files)
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for path, text in members.items():
            body = text.encode()
            info = tarfile.TarInfo(path)
            info.size = len(body)
            tar.addfile(info, io.BytesIO(body))
    return gzip.compress(raw.getvalue(), mtime=0)


class _Server(ThreadingHTTPServer):
    allow_reuse_address = True  # start() again on the port of a stopped server
    daemon_threads = True


class BundleServer:
    """Serves ``publish``-ed resources over HTTP on 127.0.0.1; ``stop`` and ``start`` again keep
    the port. Counts answers by status, so a test can see that 304s happen."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._resources: dict[str, tuple[bytes, str]] = {}
        self.counts: dict[int, int] = {}
        self.port = 0
        self._httpd: Optional[ThreadingHTTPServer] = None
        self._thread: Optional[threading.Thread] = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def publish(self, path: str, body: bytes) -> None:
        """Serve ``body`` at ``path`` ("/bundles/gw.tar.gz") from now on."""
        etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        with self._lock:
            self._resources[path] = (body, etag)

    def start(self) -> str:
        """Listen (on the previous port after a stop); return the base URL."""
        server = self

        class Handler(BaseHTTPRequestHandler):
            # HTTP/1.0: one request per connection, so a stopped server refuses every download
            # at once instead of serving kept-alive connections on.
            protocol_version = "HTTP/1.0"

            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                path = self.path.split("?", 1)[0]
                with server._lock:
                    found = server._resources.get(path)
                if found is None:
                    status, body, etag = 404, b"not found", None
                else:
                    body, etag = found
                    status = 304 if self.headers.get("If-None-Match") == etag else 200
                with server._lock:
                    server.counts[status] = server.counts.get(status, 0) + 1
                self.send_response(status)
                if etag is not None:
                    self.send_header("ETag", etag)
                if status == 304:
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_header("Content-Type", "application/gzip")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the base's name)
                pass

        self._httpd = _Server(("127.0.0.1", self.port), Handler)
        self.port = int(self._httpd.server_address[1])
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="bundle-server", daemon=True)
        self._thread.start()
        return self.url

    def stop(self) -> None:
        """Stop listening: downloads are refused until ``start``."""
        httpd, self._httpd = self._httpd, None
        if httpd is not None:
            httpd.shutdown()
            httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> BundleServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
