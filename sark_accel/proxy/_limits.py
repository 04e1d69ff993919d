"""The HTTP proxy's bounds on its clients: how many connections it holds open and requests it
serves at once, and how long a client may take to send one.

Each request in flight may hold a body of up to ``--max-message-bytes`` and an upstream
connection, so their number is capped (``--max-concurrent-requests``): one over the cap is
answered at once with HTTP 503 and a JSON-RPC error, never queued. A client that sends its
request head or body slowly (slowloris) would hold a connection, or a slot, forever: the head
must arrive within ``--client-timeout`` seconds of the connection (or of the previous response
on it) or the connection is closed, and the body within as long again or the request is
answered with 408 (``Relay``). Connections are capped too (``--max-connections``, a multiple of
the request cap by default): each costs a file descriptor and buffers, and idle ones hold no
request slot; one over the cap is answered 503 and closed as it is accepted.
"""

from __future__ import annotations

from typing import Any, Callable, Optional

from ._guard import error_response

#: Requests served at once (a POST holds its body, up to --max-message-bytes, meanwhile).
DEFAULT_MAX_CONCURRENT_REQUESTS = 64
#: Seconds a client has to send a request head, and as long again for its body.
DEFAULT_CLIENT_TIMEOUT = 30.0
#: Open client connections allowed per request slot: idle keep-alive connections of clients
#: between requests, and GET streams, hold one each.
CONNECTIONS_PER_REQUEST = 4
#: Seconds the MCP server has to answer a POST (a tool may take long; a silent server must not hold a slot forever).
DEFAULT_UPSTREAM_TIMEOUT = 60.0

OVERLOADED = error_response(None, "Server overloaded: too many requests in flight, retry later")
_TOO_MANY = error_response(None, "Server overloaded: too many connections, retry later")
TOO_MANY_CONNECTIONS = (
    b"HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/json\r\nretry-after: 1\r\n"
    b"connection: close\r\ncontent-length: %d\r\n\r\n%s" % (len(_TOO_MANY), _TOO_MANY)
)


class ConcurrencyLimit:
    """ASGI middleware: at most ``limit`` HTTP requests inside ``app`` at once; one more is
    answered 503 without reading its body. A request counts until its response has been sent
    (an SSE stream: until it ends). One event loop runs it all, so a plain counter suffices."""

    def __init__(self, app: Callable[..., Any], limit: int) -> None:
        self.app = app
        self.limit = limit
        self.active = 0

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.active >= self.limit:
            headers = [(b"content-type", b"application/json"), (b"retry-after", b"1"), (b"connection", b"close")]
            await send({"type": "http.response.start", "status": 503, "headers": headers})
            await send({"type": "http.response.body", "body": OVERLOADED})
            return
        self.active += 1
        try:
            await self.app(scope, receive, send)
        finally:
            self.active -= 1


def client_protocol(timeout: float, max_connections: int) -> type:
    """uvicorn's h11 protocol with the proxy's bounds on connections: at most
    ``max_connections`` open (one more is answered 503 and closed at once, before anything is
    read or allocated for it), and each closed when its next request head has not arrived
    within ``timeout`` seconds (uvicorn itself only times out a connection idle after a
    response, and a head that trickles in keeps it open without end)."""
    from uvicorn.protocols.http.h11_impl import H11Protocol

    class ClientBounds(H11Protocol):
        def connection_made(self, transport: Any) -> None:
            super().connection_made(transport)  # counted in self.connections from here
            if len(self.connections) > max_connections:
                transport.write(TOO_MANY_CONNECTIONS)
                transport.close()
                return
            self._arm()

        def on_response_complete(self) -> None:
            super().on_response_complete()
            self._arm()

        def _arm(self) -> None:
            self.loop.call_later(timeout, self._head_due, self.cycle)

        def _head_due(self, cycle: Optional[Any]) -> None:
            # The same cycle as when armed: no request head has been read since.
            if self.cycle is cycle and not self.transport.is_closing():
                self.transport.close()

    return ClientBounds
