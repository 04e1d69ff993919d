"""The streamable HTTP transport: a Starlette app on uvicorn in front of the upstream endpoint.

POST, GET and DELETE on the upstream's path are forwarded with their headers (session,
``mcp-*``, protocol version) but the hop-by-hop ones, ``Host`` and ``Authorization``: the
credentials are the proxy's to check (``Gateway.authorize``), and a client's token is never
passed on to the server (the MCP specification forbids token passthrough). A POST's message is
decided first; a denied one is answered here with its JSON-RPC error, status 200, and never
forwarded. Responses come back as JSON or as an SSE stream, relayed event by event: the result
of a forwarded tools/call goes through ``Gateway.inspect_result``, and so does every response
on a GET stream (a resumed response: which request it answers is not known there).

Never hanging: an upstream that cannot be reached, fails or ends a stream before answering
gets the waiting request a JSON-RPC error (-32001, "Upstream unavailable") at once, and one that
has not answered a POST within ``upstream_timeout`` seconds gets it the same error then (GET
streams have no such deadline); a client that goes away closes the upstream stream with it.
Bounded: at most ``max_concurrent_requests`` requests at once (503 beyond), and a client sends
each request head and body within ``client_timeout`` seconds (``_limits``).
"""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
from collections.abc import AsyncIterator, Awaitable
from typing import Any, Optional, TypeVar
from urllib.parse import urlsplit

from ._guard import Guard, Verdict, error_response
from ._limits import (
    CONNECTIONS_PER_REQUEST,
    DEFAULT_CLIENT_TIMEOUT,
    DEFAULT_MAX_CONCURRENT_REQUESTS,
    DEFAULT_UPSTREAM_TIMEOUT,
    ConcurrencyLimit,
    client_protocol,
)

log = logging.getLogger("sark_accel.proxy")
_T = TypeVar("_T")

#: Headers that belong to one connection, not the message (RFC 9110 7.6.1), and the ones we set.
_HOP = frozenset(
    {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailer",
     "transfer-encoding", "upgrade", "host", "content-length", "accept-encoding", "authorization"}
)  # fmt: skip
_BACK_HOP = frozenset({"connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding"})


def _upstream_headers(headers: Any) -> dict[str, str]:
    return {k: v for k, v in headers.items() if k.lower() not in _HOP}


def _client_headers(headers: Any) -> list[tuple[str, str]]:
    return [(k, v) for k, v in headers.multi_items() if k.lower() not in _BACK_HOP]


class _TooLarge(Exception):
    pass


class Relay:
    """The app's state: the guard, the upstream URL and its HTTP client, the size and time limits."""

    def __init__(
        self,
        guard: Guard,
        upstream: str,
        max_message_bytes: int,
        client_timeout: float = DEFAULT_CLIENT_TIMEOUT,
        upstream_timeout: float = DEFAULT_UPSTREAM_TIMEOUT,
    ) -> None:
        import httpx2

        self.guard = guard
        self.upstream = upstream
        self.limit = max_message_bytes
        self.client_timeout = client_timeout
        self.upstream_timeout = upstream_timeout
        self.httpx = httpx2
        # No read timeout: a GET stream stays open for as long as the session; a POST's answer
        # is bounded by upstream_timeout as a whole instead (a tool may take long between reads).
        self.client = httpx2.AsyncClient(timeout=httpx2.Timeout(5.0, read=None))

    async def _body(self, request: Any) -> bytes:
        data = bytearray()
        async for chunk in request.stream():
            data += chunk
            if len(data) > self.limit:
                raise _TooLarge
        return bytes(data)

    async def post(self, request: Any) -> Any:
        from starlette.responses import Response, StreamingResponse

        try:
            body = await asyncio.wait_for(self._body(request), self.client_timeout)
        except _TooLarge:
            self.guard.recorder.refused("message_too_large", self.guard.server)
            reply = error_response(None, "Request denied: message too large", -32600)
            return Response(reply, status_code=413, media_type="application/json")
        except asyncio.TimeoutError:  # a slow body (slowloris) must not hold its slot
            self.guard.recorder.refused("request_timeout", self.guard.server)
            reply = error_response(None, "Request denied: the body did not arrive in time", -32600)
            return Response(reply, status_code=408, media_type="application/json", headers={"connection": "close"})
        verdict = self.guard.request(body, credentials=request.headers.get("authorization", ""))
        if verdict.forward:
            verdict = self._check_routing_headers(request.headers, verdict)
        if not verdict.forward:
            if verdict.reply is None:  # a denied notification: accepted, dropped, no answer
                return Response(status_code=202)
            return Response(verdict.reply, media_type="application/json")
        # The whole exchange with the MCP server (head, body or stream) ends by this deadline.
        deadline = asyncio.get_running_loop().time() + self.upstream_timeout
        try:
            upstream = await _by(
                deadline,
                self.client.send(
                    self.client.build_request(
                        "POST", self.upstream, headers=_upstream_headers(request.headers), content=body
                    ),
                    stream=True,
                ),
            )
        except asyncio.TimeoutError:
            return self._late(verdict)
        except self.httpx.HTTPError as exc:
            return self._unavailable(verdict, f"cannot reach the MCP server ({type(exc).__name__})")
        headers = _client_headers(upstream.headers)
        if upstream.headers.get("content-type", "").startswith("text/event-stream"):
            events = self._relay_events(upstream, verdict, deadline)
            return StreamingResponse(events, status_code=upstream.status_code, headers=dict(headers))
        try:
            data = await _by(deadline, self._read(upstream))
        except asyncio.TimeoutError:
            return self._late(verdict)
        except (self.httpx.HTTPError, _TooLarge) as exc:
            return self._unavailable(verdict, f"the MCP server's answer failed ({type(exc).__name__})")
        if data and verdict.key is not None:
            data = self._inspected(data, verdict, self.guard.answers(data))
        return Response(data, status_code=upstream.status_code, headers=dict(headers))

    def _check_routing_headers(self, headers: Any, verdict: Verdict) -> Verdict:
        """The SDK's ``mcp-method`` header must name the method the body holds: a server or a
        router that reads the header must not see another request than the one decided."""
        said = headers.get("mcp-method")
        if said is None or not verdict.method or said == verdict.method:
            return verdict
        self.guard.recorder.refused("mcp-method header does not match the body", self.guard.server, verdict.id)
        reply = error_response(verdict.id, "Request denied: mcp-method header does not match the body", -32600)
        return verdict._replace(forward=False, reply=reply)

    def _unavailable(self, verdict: Verdict, why: str) -> Any:
        from starlette.responses import Response

        log.error("%s", why)
        reply = error_response(verdict.id, f"Upstream unavailable: {why}")
        return Response(reply, status_code=502 if verdict.key is None else 200, media_type="application/json")

    def _late(self, verdict: Verdict) -> Any:
        """The answer to a POST the MCP server did not answer within ``upstream_timeout``."""
        self.guard.recorder.upstream_timeout()
        return self._unavailable(verdict, self._late_reason())

    def _late_reason(self) -> str:
        return f"the MCP server did not answer within {self.upstream_timeout:g} s"

    async def _read(self, upstream: Any) -> bytes:
        data = bytearray()
        try:
            async for chunk in upstream.aiter_bytes():
                data += chunk
                if len(data) > self.limit:
                    raise _TooLarge
        finally:
            await upstream.aclose()
        return bytes(data)

    def _inspected(self, data: bytes, verdict: Optional[Verdict], key: Optional[str]) -> bytes:
        """``data`` (one message) as the client may see it: a tools/call's result inspected
        (``verdict``: the request; None on a GET stream, where every response is). ``key``:
        ``Guard.answers(data)``."""
        if key is None:
            return data
        if verdict is None or key == "" or (verdict.inspect and key == verdict.key):
            tool, principal = (verdict.tool, verdict.principal) if verdict is not None else ("", "")
            return self.guard.result(data, tool=tool, principal=principal)
        return data

    def _event(self, lines: list[bytes], verdict: Optional[Verdict]) -> tuple[bytes, bool]:
        """One SSE event as relayed, and whether it answered ``verdict``'s request."""
        data = [ln[5:].removeprefix(b" ").rstrip(b"\r\n") for ln in lines if ln.startswith(b"data:")]
        if not data:
            return b"".join(lines), False
        message = b"\n".join(data)
        key = self.guard.answers(message)
        answered = verdict is not None and verdict.key is not None and key == verdict.key
        out = self._inspected(message, verdict, key)
        if out is message:
            return b"".join(lines), answered
        kept = [ln for ln in lines if not ln.startswith(b"data:") and ln.strip()]
        return b"".join(kept) + b"data: " + out + b"\r\n\r\n", answered

    async def _relay_events(
        self, upstream: Any, verdict: Optional[Verdict], deadline: Optional[float] = None
    ) -> AsyncIterator[bytes]:
        """The upstream's SSE stream, event by event, until it ends or ``deadline`` (loop time;
        None: never) passes; if it ends before answering the POST's request, an error event
        answers it."""
        answered = verdict is None or verdict.key is None
        late = False
        buf = bytearray()
        lines: list[bytes] = []
        size = 0
        chunks = upstream.aiter_bytes()
        try:
            while True:
                try:
                    chunk = await _next(chunks, deadline)
                except StopAsyncIteration:
                    break
                # Only the new bytes are searched: rescanning buf for each small chunk of a long
                # line would cost its length squared.
                start, scan = 0, len(buf)
                buf += chunk
                while (end := buf.find(b"\n", scan)) >= 0:
                    line = bytes(buf[start : end + 1])
                    start = scan = end + 1
                    lines.append(line)
                    size += len(line)
                    if line.strip():
                        continue
                    event, done = self._event(lines, verdict)
                    answered = answered or done
                    lines, size = [], 0
                    yield event
                del buf[:start]
                if size + len(buf) > self.limit:
                    raise _TooLarge
        except asyncio.TimeoutError:
            late = True  # once answered, a stream the server keeps open just ends here
        except (self.httpx.HTTPError, _TooLarge) as exc:
            log.error("the MCP server's stream failed (%s)", type(exc).__name__)
        finally:
            await upstream.aclose()
        if not answered and verdict is not None:
            why = "the MCP server ended the stream without answering"
            if late:
                self.guard.recorder.upstream_timeout()
                why = self._late_reason()
                log.error("%s", why)
            reply = error_response(verdict.id, f"Upstream unavailable: {why}")
            yield b"event: message\r\ndata: " + reply + b"\r\n\r\n"

    async def get(self, request: Any) -> Any:
        from starlette.responses import Response, StreamingResponse

        try:
            upstream = await self.client.send(
                self.client.build_request("GET", self.upstream, headers=_upstream_headers(request.headers)), stream=True
            )
        except self.httpx.HTTPError as exc:
            log.error("cannot reach the MCP server (%s)", type(exc).__name__)
            return Response(status_code=502)
        headers = dict(_client_headers(upstream.headers))
        if upstream.headers.get("content-type", "").startswith("text/event-stream"):
            return StreamingResponse(
                self._relay_events(upstream, None), status_code=upstream.status_code, headers=headers
            )
        try:
            data = await self._read(upstream)
        except (self.httpx.HTTPError, _TooLarge):
            return Response(status_code=502)
        return Response(data, status_code=upstream.status_code, headers=headers)

    async def delete(self, request: Any) -> Any:
        from starlette.responses import Response

        try:
            upstream = await self.client.send(
                self.client.build_request("DELETE", self.upstream, headers=_upstream_headers(request.headers)),
                stream=True,
            )
            data = await self._read(upstream)
        except (self.httpx.HTTPError, _TooLarge) as exc:
            log.error("cannot reach the MCP server (%s)", type(exc).__name__)
            return Response(status_code=502)
        return Response(data, status_code=upstream.status_code, headers=dict(_client_headers(upstream.headers)))


async def _by(deadline: float, step: Awaitable[_T]) -> _T:
    """``step``'s result, or asyncio.TimeoutError once ``deadline`` (loop time) has passed. From
    3.11 on the calling task awaits it (wait_for would start another task there), so the HTTP
    client's connection is used by one task only."""
    if sys.version_info >= (3, 11):
        async with asyncio.timeout_at(deadline):
            return await step
    return await asyncio.wait_for(step, max(0.0, deadline - asyncio.get_running_loop().time()))


async def _next(chunks: AsyncIterator[bytes], deadline: Optional[float]) -> bytes:
    """The next chunk of ``chunks``; asyncio.TimeoutError once ``deadline`` (None: never) passes."""
    if deadline is None:
        return await chunks.__anext__()
    return await _by(deadline, chunks.__anext__())


def app(
    guard: Guard,
    upstream: str,
    *,
    max_message_bytes: int,
    max_concurrent_requests: int = DEFAULT_MAX_CONCURRENT_REQUESTS,
    client_timeout: float = DEFAULT_CLIENT_TIMEOUT,
    upstream_timeout: float = DEFAULT_UPSTREAM_TIMEOUT,
) -> Any:
    """The ASGI app: the upstream's MCP path, answered by a :class:`Relay`, at most
    ``max_concurrent_requests`` at once."""
    import contextlib

    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    relay = Relay(guard, upstream, max_message_bytes, client_timeout, upstream_timeout)

    async def endpoint(request: Request) -> Response:
        handler = {"POST": relay.post, "GET": relay.get, "DELETE": relay.delete}[request.method]
        response: Response = await handler(request)
        return response

    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        try:
            yield
        finally:
            await relay.client.aclose()

    path = urlsplit(upstream).path or "/"
    routes = [Route(path, endpoint, methods=["GET", "POST", "DELETE"])]
    return ConcurrencyLimit(Starlette(routes=routes, lifespan=lifespan), max_concurrent_requests)


def serve(
    guard: Guard,
    listen: str,
    upstream: str,
    *,
    max_message_bytes: int,
    max_concurrent_requests: int = DEFAULT_MAX_CONCURRENT_REQUESTS,
    client_timeout: float = DEFAULT_CLIENT_TIMEOUT,
    upstream_timeout: float = DEFAULT_UPSTREAM_TIMEOUT,
    max_connections: Optional[int] = None,
) -> int:
    """Serve until interrupted (SIGINT/SIGTERM); the exit status. ``max_connections``: open
    client connections (default ``CONNECTIONS_PER_REQUEST`` x ``max_concurrent_requests``)."""
    try:
        import uvicorn
    except ImportError:
        print("sark-accel proxy: --listen needs the proxy extra: pip install 'sark-accel[proxy]'", file=sys.stderr)
        return 2
    host, _, port = listen.rpartition(":")
    if not host or not port.isdigit():
        print(f"sark-accel proxy: --listen wants HOST:PORT, not {listen!r}", file=sys.stderr)
        return 2
    if max_connections is None:
        max_connections = CONNECTIONS_PER_REQUEST * max_concurrent_requests
    level = logging.getLevelName(logging.getLogger().level).lower()
    asgi = app(
        guard, upstream, max_message_bytes=max_message_bytes, max_concurrent_requests=max_concurrent_requests,
        client_timeout=client_timeout, upstream_timeout=upstream_timeout,
    )  # fmt: skip
    config = uvicorn.Config(
        asgi,
        host=host.strip("[]"),
        port=int(port),
        log_level=level,
        http=client_protocol(client_timeout, max_connections),
    )
    # uvicorn shuts down on SIGTERM/SIGINT, then raises the signal again for the handler it found:
    # ours ends serve() normally, so the proxy's cleanup (audit totals, engines) still runs.
    previous = signal.signal(signal.SIGTERM, _stopped)
    try:
        uvicorn.Server(config).run()
    except (_Stopped, KeyboardInterrupt):
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
    return 0


class _Stopped(Exception):
    pass


def _stopped(signum: int, frame: object) -> None:
    raise _Stopped
