"""An MCP endpoint over HTTP that never answers a POST: it reads the request, then, by MODE,
sends nothing (``silent``), the head of a JSON answer and part of its body (``trickle``), or
the head of an SSE stream and one progress notification, but never the answering event
(``sse``), or the answering event but never the end of the stream (``answered``), and holds
the connection open. ``python silent_server.py MODE PORT``."""

from __future__ import annotations

import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

NEVER = threading.Event()
PROGRESS = b'{"jsonrpc":"2.0","method":"notifications/progress","params":{"progressToken":1,"progress":1}}'


class Silent(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    mode = sys.argv[1]

    def do_POST(self) -> None:
        request = json.loads(self.rfile.read(int(self.headers.get("content-length", "0"))))
        if self.mode == "trickle":
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", "1000")
            self.end_headers()
            self.wfile.write(b'{"jsonrpc":"2.0",')
        elif self.mode == "sse":
            self.send_response(200)
            self.send_header("content-type", "text/event-stream")
            self.end_headers()
            self.wfile.write(b"event: message\r\ndata: " + PROGRESS + b"\r\n\r\n")
        elif self.mode == "answered":
            self.send_response(200)
            self.send_header("content-type", "text/event-stream")
            self.end_headers()
            answer = json.dumps({"jsonrpc": "2.0", "id": request["id"], "result": {}}).encode()
            self.wfile.write(b"event: message\r\ndata: " + answer + b"\r\n\r\n")
        self.wfile.flush()
        NEVER.wait()

    def log_message(self, format: str, *args: object) -> None:
        pass


if __name__ == "__main__":
    server = ThreadingHTTPServer(("127.0.0.1", int(sys.argv[2])), Silent)
    server.daemon_threads = True
    server.serve_forever()
