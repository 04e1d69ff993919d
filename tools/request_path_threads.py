"""The four-engine request path of ``sark-accel bench threads`` and its parts, from 1, 2 and 4
Python threads: rate, ratio to one thread, voluntary context switches and CPU per request
(getrusage around each cell of 1.5 s).

    python tools/request_path_threads.py [pse] [jwt] [authn] [all-pyjwt] [all-authn] [standin] [all-standin]

pse is parse_message + scan + Wasm evaluate; all-pyjwt adds PyJWT's decode (the bench row),
all-authn adds sark_accel.authn's verify_jwt instead. standin is the same request with no
sark-accel code at all: json.loads of the message and two hashlib.sha256 calls sized to take as
long as the scan and the evaluation (hashlib releases the GIL for inputs over 2 KiB, as the Go
calls do); all-standin adds PyJWT's decode. It is the best a GIL-releasing extension with these
call durations could do, so it says which part of the scaling is CPython's. Run it from outside the source tree so
that the installed package (with the extension) is used; ``perf record -g`` around it shows
where the CPU goes (BENCHMARKS.md, "Thread scaling (issue 20): fourth round").
"""

from __future__ import annotations

import hashlib
import json
import resource
import sys
import time
from typing import Callable

import jwt

from sark_accel.authn import Authenticator, SecretKey
from sark_accel.bench import threads as T
from sark_accel.bench._timing import ops_per_second_for
from sark_accel.injection import InjectionDetector
from sark_accel.mcp import parse_message
from sark_accel.policy import PolicyEngine, example_bundle

SECONDS = 1.5


def best_us(f: Callable[[int], object], n: int = 2000) -> float:
    """The fastest of five loops of n calls, in microseconds per call."""
    best = float("inf")
    for _ in range(5):
        t = time.perf_counter_ns()
        for i in range(n):
            f(i)
        best = min(best, (time.perf_counter_ns() - t) / n)
    return best / 1e3


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
        detector.scan(m.arguments or {}, kind="argument")
        engine.evaluate(T.QUERY, reqs[i % len(reqs)])

    # The stand-in's two hashlib inputs, sized from this run's own scan and evaluation times.
    mib = bytes(1 << 20)
    sha_us_per_mib = best_us(lambda i: hashlib.sha256(mib).digest(), 100)
    m = parse_message(raw, backend="go")
    scan_us = best_us(lambda i: detector.scan(m.arguments or {}, kind="argument"))
    eval_us = best_us(lambda i: engine.evaluate(T.QUERY, reqs[i % len(reqs)]))
    for_scan = bytes(int(scan_us / sha_us_per_mib * (1 << 20)))
    for_eval = bytes(int(eval_us / sha_us_per_mib * (1 << 20)))
    print(f"scan {scan_us:.1f} us, evaluate {eval_us:.1f} us; stand-in: sha256 of {len(for_scan)}, {len(for_eval)} B")

    def standin(i: int) -> None:
        json.loads(raw)
        hashlib.sha256(for_scan).digest()
        hashlib.sha256(for_eval).digest()

    ops: dict[str, Callable[[int], object]] = {
        "pse": pse,
        "jwt": pyjwt,
        "authn": ours,
        "all-pyjwt": lambda i: (pyjwt(i), pse(i)),
        "all-authn": lambda i: (ours(i), pse(i)),
        "standin": standin,
        "all-standin": lambda i: (pyjwt(i), standin(i)),
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
