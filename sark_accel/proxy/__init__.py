"""`sark-accel proxy`: an authorizing MCP proxy between any MCP client and any MCP server.

    sark-accel proxy --principal alice --role developer -- python my_server.py      # stdio
    sark-accel proxy --listen 127.0.0.1:8100 --upstream http://127.0.0.1:8000/mcp   # streamable HTTP

Every ``tools/call``, ``resources/read`` and ``prompts/get`` is decided by
:class:`sark_accel.gateway.Gateway` (parse, credentials, injection scan, anomalies, decision
cache, policy); a deny goes back as the JSON-RPC error response with the request's id and never
reaches the server. Tool results go through ``Gateway.inspect_result`` (injected instructions
redacted or denied). Everything else passes byte for byte. ``_guard.py`` says exactly what is
forwarded; ``_stdio.py`` and ``_http.py`` are the transports; ``_options.py`` the command line;
``_record.py`` the audit log and metrics.

The HTTP transport needs an ASGI server and an HTTP client: uvicorn, Starlette and httpx2,
because the official MCP SDK (a dependency, for ``sark-accel demo``) already depends on exactly
these, so nothing new is installed, and they are well kept, typed and speak SSE streams
(Starlette's StreamingResponse, httpx2's streamed responses) without extra code. The ``proxy``
extra names them for an install without the SDK. stdio needs nothing beyond the standard library.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from typing import Optional, Sequence

from ._guard import Guard
from ._options import Options, build_gateway, parse
from ._record import Recorder

__all__ = ["main", "Options"]


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run the proxy until its session ends; the exit status."""
    opts = parse(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(stream=sys.stderr, level=opts.log_level.upper(), format="sark-accel proxy: %(message)s")
    with contextlib.ExitStack() as stack:
        gateway = build_gateway(opts, stack)
        recorder = Recorder(opts.audit, metrics_port=opts.metrics_port)
        stack.callback(recorder.close)
        if opts.shadow:
            stack.callback(lambda: recorder.shadow(gateway.stats()))
        principal = {"id": opts.principal, "roles": opts.roles} if opts.principal is not None else None
        credentials = None
        if opts.credentials_env:
            import os

            credentials = os.environ.get(opts.credentials_env)
            if not credentials:
                print(f"sark-accel proxy: --credentials-env: {opts.credentials_env} is not set", file=sys.stderr)
                return 2
        guard = Guard(
            gateway, recorder, server=opts.server_name, principal=principal, credentials=credentials,
            max_message_bytes=opts.max_message_bytes, backend=opts.backend,
        )  # fmt: skip
        stack.callback(guard.close)
        if opts.listen:
            from ._http import serve

            assert opts.upstream is not None
            return serve(
                guard, opts.listen, opts.upstream, max_message_bytes=opts.max_message_bytes,
                max_concurrent_requests=opts.max_concurrent_requests, client_timeout=opts.client_timeout,
                upstream_timeout=opts.upstream_timeout, max_connections=opts.max_connections,
            )  # fmt: skip
        from ._stdio import StdioProxy

        return StdioProxy(guard, opts.command, max_message_bytes=opts.max_message_bytes).run()
    return 1  # pragma: no cover - the with block returns
