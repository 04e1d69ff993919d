"""A raw newline-delimited JSON-RPC server: records every line it receives, byte for byte,
and answers each request with ``{"ok": true}``, but ``hold`` (never answered); ``exit`` makes
it exit with status 3 without answering. ``python line_server.py RECORD``; RECORD's first line
is this process's pid."""

from __future__ import annotations

import json
import os
import sys

record_path = sys.argv[1]
with open(record_path, "ab") as f:
    f.write(f"{os.getpid()}\n".encode())
for line in sys.stdin.buffer:
    with open(record_path, "ab") as f:
        f.write(line)
    message = json.loads(line)
    if message.get("method") == "exit":
        os._exit(3)
    if "id" in message and message.get("method") not in (None, "hold"):
        reply = {"jsonrpc": "2.0", "id": message["id"], "result": {"ok": True}}
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()
