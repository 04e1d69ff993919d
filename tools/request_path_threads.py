"""The four-engine request path of ``sark-accel bench threads`` and its parts, from 1, 2 and 4
Python threads: rate, ratio to one thread, voluntary context switches and CPU per request
(getrusage around each cell of 1.5 s).

    python tools/request_path_threads.py [pse] [jwt] [authn] [all-pyjwt] [all-authn]

pse is parse_message + scan + Wasm evaluate; all-pyjwt adds PyJWT's decode (the bench row),
all-authn adds sark_accel.authn's verify_jwt instead. Run it from outside the source tree so
that the installed package (with the extension) is used; ``perf record -g`` around it shows
where the CPU goes (BENCHMARKS.md, "Thread scaling (issue 20): fourth round").
"""

from __future__ import annotations

import json
import resource
import sys
from typing import Callable

import jwt

from sark_accel.authn import Authenticator, SecretKey
from sark_accel.bench import threads as T
from sark_accel.bench._timing import ops_per_second_for
from sark_accel.injection import InjectionDetector
from sark_accel.mcp import parse_message
from sark_accel.policy import PolicyEngine, example_bundle

SECONDS = 1.5


def main(names: list[str]) -> None:
    reqs = T._requests()
    secret = "bench-secret-bench-secret-bench-secret"
    token = jwt.encode({"sub": "u1", "roles": ["dev"]}, secret, "HS256")
    authn = Authenticator(keys=[SecretKey(secret.encode())], backend="go")
    arguments = reqs[0].get("arguments") or {"a": "b"}
    raw = json.dumps(
        {"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": {"name": "fs.read", "arguments": arguments}}
    ).encode()
    detector = InjectionDetector(backend="go")
    detector.warm_up()
    engine = PolicyEngine(backend="go", wasm_queries=[T.QUERY], timeout=10.0)
    engine.load_bundle(example_bundle())

    def pyjwt(i: int) -> None:
        jwt.decode(token, secret, algorithms=["HS256"])

    def ours(i: int) -> None:
        authn.verify_jwt(token)

    def pse(i: int) -> None:
        m = parse_message(raw, backend="go")
        detector.scan(m.arguments or {})
        engine.evaluate(T.QUERY, reqs[i % len(reqs)])

    ops: dict[str, Callable[[int], object]] = {
        "pse": pse,
        "jwt": pyjwt,
        "authn": ours,
        "all-pyjwt": lambda i: (pyjwt(i), pse(i)),
        "all-authn": lambda i: (ours(i), pse(i)),
    }
    for name in names or list(ops):
        rates, cells = [], []
        for threads in (1, 2, 4):
            r0 = resource.getrusage(resource.RUSAGE_SELF)
            rate = ops_per_second_for(ops[name], threads, SECONDS)
            r1 = resource.getrusage(resource.RUSAGE_SELF)
            rates.append(rate)
            n = rate * SECONDS
            switches = (r1.ru_nvcsw - r0.ru_nvcsw) / n
            cpu = (r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime) / n * 1e6
            ratio = rate / rates[0]
            cells.append(f"{threads}t {rate / 1e3:.1f}k/s {ratio:.2f}x vcs={switches:.2f} cpu={cpu:.0f}")
        print(f"{name:10}", " | ".join(cells), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
