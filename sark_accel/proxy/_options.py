"""The proxy's command line, and the gateway it builds from it (engines, credentials, shadow)."""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional, Sequence

from ._limits import (
    CONNECTIONS_PER_REQUEST,
    DEFAULT_CLIENT_TIMEOUT,
    DEFAULT_MAX_CONCURRENT_REQUESTS,
    DEFAULT_UPSTREAM_TIMEOUT,
)

QUERY = "data.sark.gateway.decision"
#: The largest message (a line on stdio, a body or an SSE event on HTTP) the proxy reads.
DEFAULT_MAX_MESSAGE_BYTES = 16 * 1024 * 1024

log = logging.getLogger("sark_accel.proxy")


@dataclass
class Options:
    """Everything `sark-accel proxy` was told (see ``parser()`` for what each means)."""

    command: list[str] = field(default_factory=list)
    listen: Optional[str] = None
    upstream: Optional[str] = None
    policy: Optional[str] = None
    data: Optional[str] = None
    principal: Optional[str] = None
    roles: list[str] = field(default_factory=list)
    credentials_env: Optional[str] = None
    jwt_secret_env: Optional[str] = None
    jwt_public_key: Optional[str] = None
    jwks_url: Optional[str] = None
    jwt_issuer: Optional[str] = None
    jwt_audience: Optional[str] = None
    api_keys: Optional[str] = None
    server_name: str = ""
    shadow: bool = False
    audit: Optional[str] = None
    metrics_port: Optional[int] = None
    log_level: str = "warning"
    backend: Optional[str] = None
    opa_url: Optional[str] = None
    max_message_bytes: int = DEFAULT_MAX_MESSAGE_BYTES
    max_concurrent_requests: int = DEFAULT_MAX_CONCURRENT_REQUESTS
    client_timeout: float = DEFAULT_CLIENT_TIMEOUT
    upstream_timeout: float = DEFAULT_UPSTREAM_TIMEOUT
    #: None: CONNECTIONS_PER_REQUEST x max_concurrent_requests (parse() sets it).
    max_connections: Optional[int] = None


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="sark-accel proxy",
        description="An authorizing MCP proxy: every tools/call, resources/read and prompts/get goes through "
        "sark_accel.gateway.Gateway; tool results through Gateway.inspect_result. stdio: "
        "`sark-accel proxy [options] -- <server command...>`; streamable HTTP: "
        "`sark-accel proxy --listen 127.0.0.1:PORT --upstream http://HOST:PORT/mcp`.",
    )
    p.add_argument("--listen", metavar="HOST:PORT", help="serve streamable HTTP here (with --upstream)")
    p.add_argument("--upstream", metavar="URL", help="the MCP endpoint to forward to (with --listen)")
    p.add_argument("--policy", metavar="DIR|TAR.GZ", help="OPA bundle (default: the shipped gateway bundle)")
    p.add_argument("--data", metavar="FILE", help="a JSON object; each top-level key replaces data.<key>")
    p.add_argument("--principal", metavar="ID", help="stdio: the identity every request acts for")
    p.add_argument("--role", dest="roles", action="append", default=[], metavar="ROLE", help="--principal's roles")
    p.add_argument(
        "--credentials-env", metavar="VAR", help="stdio: read an Authorization value (JWT or API key) from VAR"
    )
    p.add_argument("--jwt-secret-env", metavar="VAR", help="HMAC secret for HS* JWTs, read from VAR")
    p.add_argument("--jwt-public-key", metavar="PEM", help="public key file for RS/ES/EdDSA JWTs")
    p.add_argument("--jwks-url", metavar="URL", help="a JWKS endpoint (fetched at start, refreshed)")
    p.add_argument("--jwt-issuer", metavar="ISS", help="required iss claim")
    p.add_argument("--jwt-audience", metavar="AUD", help="required aud claim")
    p.add_argument(
        "--api-keys", metavar="FILE", help="SARK API keys: a JSON list of {prefix, hash, principal, scopes, expires_at}"
    )
    p.add_argument("--server-name", default="", metavar="NAME", help="the server's name in the policy input")
    p.add_argument("--shadow", action="store_true", help="also decide on the python path and count differences")
    p.add_argument("--audit", metavar="FILE", help="append one JSON line per decision (OPA decision-log fields)")
    p.add_argument("--metrics-port", type=int, metavar="PORT", help="serve Prometheus metrics on 127.0.0.1:PORT")
    p.add_argument("--log-level", default="warning", choices=["debug", "info", "warning", "error"])
    p.add_argument("--backend", choices=["go", "python"], help="engines' backend (default: the flags decide)")
    p.add_argument("--opa-url", metavar="URL", help="python backend: the OPA server deciding the policy")
    p.add_argument("--max-message-bytes", type=int, default=DEFAULT_MAX_MESSAGE_BYTES, metavar="N")
    p.add_argument(
        "--max-concurrent-requests", type=int, default=DEFAULT_MAX_CONCURRENT_REQUESTS, metavar="N",
        help=f"HTTP: requests served at once; more are answered 503 (default {DEFAULT_MAX_CONCURRENT_REQUESTS})",
    )  # fmt: skip
    p.add_argument(
        "--max-connections", type=int, metavar="N",
        help="HTTP: open client connections; one more is answered 503 and closed at once "
        f"(default {CONNECTIONS_PER_REQUEST} x --max-concurrent-requests)",
    )  # fmt: skip
    p.add_argument(
        "--client-timeout", type=float, default=DEFAULT_CLIENT_TIMEOUT, metavar="SECONDS",
        help=f"HTTP: time a client has to send a request head, and its body (default {DEFAULT_CLIENT_TIMEOUT:g})",
    )  # fmt: skip
    p.add_argument(
        "--upstream-timeout", type=float, default=DEFAULT_UPSTREAM_TIMEOUT, metavar="SECONDS",
        help="HTTP: time the MCP server has to answer a POST, else the client gets an upstream error; "
        f"GET streams are not limited (default {DEFAULT_UPSTREAM_TIMEOUT:g})",
    )  # fmt: skip
    p.add_argument("command", nargs="*", help="stdio: the server command, after --")
    return p


def parse(argv: Sequence[str]) -> Options:
    """Options from ``argv``; exits with status 2 on a usage error, as argparse does."""
    p = parser()
    ns = p.parse_args(list(argv))
    opts = Options(**{k: v for k, v in vars(ns).items()})
    if bool(opts.listen) != bool(opts.upstream):
        p.error("--listen and --upstream go together")
    if opts.listen and opts.command:
        p.error("a server command is for stdio; with --listen, give --upstream only")
    if not opts.listen and not opts.command:
        p.error("give the server command after --, or --listen and --upstream")
    if opts.principal is not None and opts.credentials_env:
        p.error("--principal and --credentials-env are exclusive")
    if opts.listen and (opts.principal is not None or opts.credentials_env):
        p.error("--principal and --credentials-env are for stdio; HTTP takes the Authorization header")
    if not 1024 <= opts.max_message_bytes <= 1 << 30:
        p.error("--max-message-bytes must be from 1024 to 2**30")
    if not 1 <= opts.max_concurrent_requests <= 100_000:
        p.error("--max-concurrent-requests must be from 1 to 100000")
    if opts.max_connections is None:
        opts.max_connections = CONNECTIONS_PER_REQUEST * opts.max_concurrent_requests
    if not opts.max_concurrent_requests <= opts.max_connections <= 1_000_000:
        p.error("--max-connections must be from --max-concurrent-requests to 1000000")
    if not 0.1 <= opts.client_timeout <= 3600:  # also refuses nan
        p.error("--client-timeout must be from 0.1 to 3600 seconds")
    if not 0.1 <= opts.upstream_timeout <= 86_400:
        p.error("--upstream-timeout must be from 0.1 to 86400 seconds")
    return opts


def _authenticator(opts: Options, backend: Optional[str]) -> Any:
    """An Authenticator when any credential setting is given, else None (credentials then deny)."""
    from ..authn import Authenticator, PEMKey, SecretKey

    keys: list[Any] = []
    if opts.jwt_secret_env:
        secret = os.environ.get(opts.jwt_secret_env)
        if not secret:
            raise SystemExit(f"sark-accel proxy: --jwt-secret-env: {opts.jwt_secret_env} is not set")
        keys.append(SecretKey(secret.encode()))
    if opts.jwt_public_key:
        keys.append(PEMKey(Path(opts.jwt_public_key).read_bytes()))
    if not (keys or opts.jwks_url or opts.api_keys):
        return None
    auth = Authenticator(
        backend=backend, keys=keys, jwks_url=opts.jwks_url, issuer=opts.jwt_issuer, audience=opts.jwt_audience
    )
    if opts.api_keys:
        for row in json.loads(Path(opts.api_keys).read_text()):
            auth.add_key(row["prefix"], row["hash"], row["principal"], row.get("scopes", ()), row.get("expires_at"))
    return auth


def _policy(opts: Options, backend: Optional[str]) -> Any:
    from ..policy import PolicyEngine, example_bundle

    if backend == "python" and opts.opa_url:
        engine = PolicyEngine(backend="python", opa_url=opts.opa_url)
    else:
        if backend == "python":
            log.warning("python backend without --opa-url: the policy runs in the go engine")
        engine = PolicyEngine(backend="go", wasm_queries=[QUERY])
    engine.load_bundle(opts.policy or example_bundle())
    if opts.data:
        document = json.loads(Path(opts.data).read_text())
        if not isinstance(document, dict):
            raise SystemExit("sark-accel proxy: --data must hold a JSON object")
        for key, value in document.items():
            engine.set_data(key, value)
    return engine


def _gateway(opts: Options, backend: Optional[str], policy: Any, auth: Any, stack: contextlib.ExitStack) -> Any:
    """A Gateway over ``policy``, ``auth`` and new engines of ``backend``."""
    from ..anomaly import AnomalyDetector
    from ..cache import TTLCache
    from ..gateway import Gateway
    from ..injection import InjectionDetector
    from ..mcp import MCPParser

    detector = stack.enter_context(InjectionDetector(backend=backend))
    detector.warm_up()  # compile everything now: no request pays for it
    anomaly = stack.enter_context(AnomalyDetector(backend=backend))
    cache = stack.enter_context(TTLCache(backend=backend, max_entries=10_000))
    limit = opts.max_message_bytes
    parser = stack.enter_context(MCPParser(backend=backend, max_bytes=limit, max_batch_bytes=limit))
    gw = Gateway(
        policy=policy, detector=detector, anomaly=anomaly, authenticator=auth, cache=cache, parser=parser,
        backend=backend,
    )  # fmt: skip
    stack.callback(gw.close)
    return gw


def build_gateway(opts: Options, stack: contextlib.ExitStack) -> Any:
    """The Gateway the proxy decides with (a Shadow of the go and python paths with --shadow);
    everything it opens is closed by ``stack``."""
    policy = _policy(opts, opts.backend)
    stack.callback(policy.close)
    auth = _authenticator(opts, opts.backend)
    if auth is not None:
        stack.callback(auth.close)
    primary = _gateway(opts, opts.backend, policy, auth, stack)
    if not opts.shadow:
        return primary
    from ..shadow import Shadow

    # The python side checks credentials with the same Authenticator: its own python backend
    # would need the authn extra (bcrypt), and the proxy must start with what it has.
    secondary = _gateway(opts, "python", policy, auth, stack)
    return Shadow(primary, secondary, sample=1.0)
