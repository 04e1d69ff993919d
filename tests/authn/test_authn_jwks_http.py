"""JWKS over HTTP from a real server on 127.0.0.1: rotation, a server that goes down, a slow one."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Iterator

import pytest
from authn_helpers import NOW, SECRET, KeyPair, b64, claims, mint

from sark_accel.authn import AuthenticationError, Authenticator


class JWKSServer:
    """Serves ``body`` with ``status`` after ``delay`` seconds; counts requests."""

    def __init__(self) -> None:
        self.body = b'{"keys":[]}'
        self.status = 200
        self.delay = 0.0
        self.requests = 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.requests += 1
                time.sleep(server.delay)
                try:
                    self.send_response(server.status)
                    self.send_header("Content-Length", str(len(server.body)))
                    self.end_headers()
                    self.wfile.write(server.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (the timeout test)

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/jwks.json"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def serve(self, *jwks: dict[str, Any]) -> None:
        self.body = json.dumps({"keys": list(jwks)}).encode()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server() -> Iterator[JWKSServer]:
    s = JWKSServer()
    yield s
    s.stop()


def _reason(a: Authenticator, token: str) -> str:
    try:
        a.verify_jwt(token)
    except AuthenticationError as exc:
        return exc.reason
    return "accepted"


def _moving_clock() -> Any:
    """Time from NOW on: the tokens' claims fit it, and JWKS refresh intervals elapse."""
    start = time.monotonic()
    return lambda: NOW + time.monotonic() - start


def _jwk(pair: KeyPair, kid: str) -> dict[str, Any]:
    return {**pair.public_jwk, "kid": kid, "use": "sig"}


@pytest.mark.parametrize("backend", ["go", "python"])
def test_rotation_a_new_kid_is_fetched(native: Any, server: JWKSServer, keypairs: Any, backend: str) -> None:
    rsa, ec = keypairs["rsa"], keypairs["p256"]
    server.serve(_jwk(rsa, "k1"), {"kty": "oct", "k": b64(SECRET), "kid": "secret"})  # a secret from a URL is skipped
    with Authenticator(
        backend=backend, clock=_moving_clock(), jwks_url=server.url, jwks_min_refresh=0, cache_size=0
    ) as a:
        assert a.verify_jwt(mint(claims(), rsa.private, "RS256", kid="k1")).id == "alice"
        new = mint(claims(), ec.private, "ES256", kid="k2")
        assert _reason(a, new) == "unknown_kid"  # fetched again: still unknown
        server.serve(_jwk(rsa, "k1"), _jwk(ec, "k2"))
        assert a.verify_jwt(new).id == "alice"
        assert _reason(a, mint(claims(), SECRET, "HS256", kid="secret")) == "unknown_kid"
        server.serve(_jwk(ec, "k2"))  # k1 rotated out: seen at the next fetch (here for an unknown kid)
        assert _reason(a, mint(claims(), ec.private, "ES256", kid="k9")) == "unknown_kid"
        assert _reason(a, mint(claims(sub="bob"), rsa.private, "RS256", kid="k1")) == "unknown_kid"
        assert a.stats()["jwks_fetches"] == server.requests


@pytest.mark.parametrize("backend", ["go", "python"])
def test_server_down_the_last_good_set_serves(native: Any, server: JWKSServer, keypairs: Any, backend: str) -> None:
    rsa = keypairs["rsa"]
    server.serve(_jwk(rsa, "k1"))
    with Authenticator(
        backend=backend, clock=_moving_clock(), jwks_url=server.url, jwks_refresh=0.05, cache_size=0
    ) as a:
        assert a.verify_jwt(mint(claims(), rsa.private, "RS256", kid="k1")).id == "alice"
        server.status = 500
        deadline = time.monotonic() + 60  # only to end a broken run; the refresh takes milliseconds
        while a.stats()["jwks_fetch_failures"] < 2 and time.monotonic() < deadline:
            time.sleep(0.06)
            assert a.verify_jwt(mint(claims(), rsa.private, "RS256", kid="k1")).id == "alice"
        server.body = b"not json"
        server.status = 200
        while a.stats()["jwks_fetch_failures"] < 4 and time.monotonic() < deadline:
            time.sleep(0.06)
            assert a.verify_jwt(mint(claims(), rsa.private, "RS256", kid="k1")).id == "alice"
        server.body = b'{"error":"unavailable"}'  # JSON, but no key set
        while a.stats()["jwks_fetch_failures"] < 6 and time.monotonic() < deadline:
            time.sleep(0.06)
            assert a.verify_jwt(mint(claims(), rsa.private, "RS256", kid="k1")).id == "alice"
        assert a.stats()["jwks_fetch_failures"] >= 6


@pytest.mark.parametrize("backend", ["go", "python"])
def test_slow_server_times_out(native: Any, server: JWKSServer, keypairs: Any, backend: str) -> None:
    rsa = keypairs["rsa"]
    server.serve(_jwk(rsa, "k1"))
    server.delay = 3.0  # the fetch would succeed after 3 s: a missing timeout makes the token pass
    with Authenticator(
        backend=backend, clock=_moving_clock(), jwks_url=server.url, jwks_timeout=0.3, jwks_min_refresh=3600
    ) as a:
        assert _reason(a, mint(claims(), rsa.private, "RS256", kid="k1")) == "unknown_kid"
        assert a.stats()["jwks_fetches"] == 1 and a.stats()["jwks_fetch_failures"] == 1
