"""Gateway benchmark (issue 15): one realistic ``tools/call`` authorized end to end.

The request: ``fs.write_file`` with 2 KB of arguments, a bearer HS256 JWT, the shipped policy
(allowed, at business hours). Candidates, each from 1, 2 and 4 Python threads:

(a) ``Gateway`` on the go path, no decision cache: parse, authn, scan, anomaly, policy (Wasm)
    in ONE call into Go;
(b) the same with a ``TTLCache`` (no anomaly stage: a burst from one principal is a
    rapid_requests anomaly, and anomalies bypass the cache);
(c) the Python pipeline of this package over the python-backend engines (PyJWT, the Python
    parser, scanner, anomaly detector and cache); the policy is still the go engine, as the
    python policy backend needs an OPA server;
(d) today's SARK path, step by step in Python: PyJWT decode, pydantic parse with the MCP SDK's
    types, a SARK-style ``re`` loop over the argument strings, a Redis decision-cache get (a
    miss) and set, and a decision from a real ``opa run --server`` over HTTP. A missing piece
    (no redis-server, no opa binary, no SDK) is left out of (d) with a hint, and the row says so.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import threading
import time
from typing import Any, Callable, Optional

from ._timing import BENCH_EXTRA, fmt_rate, percentile, progress, skipped, table

THREADS = (1, 2, 4)
QUERY = "data.sark.gateway.decision"
WED10 = 1_795_600_800_000_000_000  # Wednesday 10:00 UTC: business hours for the shipped policy
SECRET = b"bench-gateway-hmac-secret-0123456789"
CONTENT = ("Meeting notes: migrate the billing service, review churn numbers, plan the Q3 roadmap. " * 30)[:2000]
MESSAGE = json.dumps(
    {"jsonrpc": "2.0", "id": 1, "method": "tools/call",
     "params": {"name": "fs.write_file", "arguments": {"path": "/workspace/notes.md", "content": CONTENT}}}
).encode()  # fmt: skip

Op = Callable[[int], object]


def _token() -> str:
    import base64
    import hashlib
    import hmac

    def enc(v: Any) -> str:
        return base64.urlsafe_b64encode(json.dumps(v).encode()).rstrip(b"=").decode()

    signing = enc({"alg": "HS256", "typ": "JWT"}) + "." + enc({"sub": "alice", "roles": ["developer"]})
    mac = hmac.new(SECRET, signing.encode(), hashlib.sha256).digest()
    return signing + "." + base64.urlsafe_b64encode(mac).rstrip(b"=").decode()


BEARER = "Bearer " + _token()


def _gateway(backend: str, cache: bool, anomaly: bool) -> Any:
    from ..anomaly import AnomalyDetector
    from ..authn import Authenticator, SecretKey
    from ..cache import TTLCache
    from ..gateway import Gateway
    from ..injection import InjectionDetector
    from ..mcp import MCPParser
    from ..policy import PolicyEngine, example_bundle

    policy = PolicyEngine(backend="go", wasm_queries=[QUERY], timeout=10.0)  # rates, not limits, under load
    policy.load_bundle(example_bundle())
    detector = InjectionDetector(backend=backend)
    if backend == "go":
        detector.warm_up()
    return Gateway(
        policy=policy,
        detector=detector,
        anomaly=AnomalyDetector(backend=backend) if anomaly else None,
        authenticator=Authenticator(keys=[SecretKey(SECRET)], backend=backend),
        cache=TTLCache(10_000, 300.0, backend=backend) if cache else None,
        parser=MCPParser(backend=backend),
        backend=backend,
    )


def _gateway_op(gw: Any) -> Op:
    def op(i: int) -> object:
        d = gw.authorize(MESSAGE, credentials=BEARER, server="mcp-fs", time_ns=WED10 + i)
        if not d.allow:
            raise RuntimeError(f"the benchmark request was denied: {d}")
        return d

    return op


def _sark_path(stack: contextlib.ExitStack) -> tuple[Optional[Op], str]:
    """Today's SARK path, with what could run here; the label names what was left out."""
    try:
        import jwt
    except ImportError:
        skipped("SARK's path, PyJWT", BENCH_EXTRA)
        return None, ""
    from .injection import sark_style
    from .mcp import _sdk

    parse = _sdk()
    left_out = []
    if parse is None:
        skipped("SARK's pydantic parse, the MCP SDK (mcp)", BENCH_EXTRA)
        left_out.append("pydantic")
    redis_client = None
    try:
        import redis
    except ImportError:
        redis = None  # type: ignore[assignment]
        skipped("SARK's decision cache, the redis module", BENCH_EXTRA)
    if redis is not None and shutil.which("redis-server") is None:
        skipped("SARK's decision cache, redis-server", "apt-get install redis-server (Debian), or put it on PATH")
    elif redis is not None:
        from ._redis import redis_server

        port = stack.enter_context(redis_server())
        redis_client = redis.Redis(connection_pool=redis.ConnectionPool(host="127.0.0.1", port=port))
    if redis_client is None:
        left_out.append("Redis")
    from ..policy import PolicyEngine, example_bundle
    from ._opa import OPA_INSTALL, find_opa, opa_server

    server = None
    binary = find_opa()
    if binary is None:
        skipped("SARK's OPA server, an opa binary", OPA_INSTALL)
        left_out.append("OPA server")
    else:
        url = stack.enter_context(opa_server(binary))
        server = PolicyEngine(backend="python", opa_url=url, timeout=5.0)
        server.load_bundle(example_bundle())
    secret = SECRET.decode()
    token = BEARER.split(" ", 1)[1]

    def op(i: int) -> object:
        claims = jwt.decode(token, secret, algorithms=["HS256"])
        if parse is not None:
            tool, arguments = parse(MESSAGE)
        else:
            params = json.loads(MESSAGE)["params"]
            tool, arguments = params["name"], params["arguments"]
        found = [p for v in arguments.values() if isinstance(v, str) for p in sark_style(v)]
        key = f"sark:decision:{claims['sub']}:{tool}:{i}"  # distinct: a miss, as (a) is uncached
        if redis_client is not None and redis_client.get(key) is not None:
            return True
        request = {"user": {"id": claims["sub"], "roles": claims["roles"]}, "action": "gateway:tool:invoke",
                   "tool": {"name": tool}, "arguments": arguments, "context": {}, "server": "mcp-fs",
                   "injection": {"findings": found}, "time_ns": WED10}  # fmt: skip
        decision = server.evaluate(QUERY, request) if server is not None else True
        if redis_client is not None:
            redis_client.set(key, json.dumps(decision), ex=60)
        return decision

    label = "(d) SARK today: PyJWT, pydantic (MCP SDK), re loop, Redis get/set, OPA server HTTP"
    if left_out:
        label += f" (without {', '.join(left_out)})"
    return op, label


def _measure(op: Op, threads: int, seconds: float) -> tuple[float, list[float]]:
    """(calls per second, sorted latencies in us) of ``op`` from ``threads`` threads for ``seconds``."""
    op(0)
    stop = threading.Event()
    lat: list[list[float]] = [[] for _ in range(threads)]
    failures: list[BaseException] = []
    barrier = threading.Barrier(threads + 1)

    def work(t: int) -> None:
        clock, mine, i = time.perf_counter_ns, lat[t], t
        barrier.wait()
        try:
            while not stop.is_set():
                t0 = clock()
                op(i)
                mine.append((clock() - t0) / 1000.0)
                i += threads
        except BaseException as exc:  # a failing candidate must not look fast
            failures.append(exc)

    pool = [threading.Thread(target=work, args=(t,)) for t in range(threads)]
    for th in pool:
        th.start()
    barrier.wait()
    start = time.perf_counter()
    time.sleep(seconds)
    stop.set()
    for th in pool:
        th.join()
    elapsed = time.perf_counter() - start
    if failures:
        raise RuntimeError(f"benchmark operation failed: {failures[0]!r}") from failures[0]
    merged = sorted(x for xs in lat for x in xs)
    return len(merged) / elapsed, merged


def _stages(gw: Any, n: int) -> str:
    """Where (a)'s time goes: each stage's median from Decision.timings, and the crossing (the
    call's wall time minus go/gateway's total). Medians: on a shared machine a mean is ruled by
    the calls that lost their CPU."""
    names = ("parse", "authn", "scan", "anomaly", "cache", "policy")
    samples: dict[str, list[int]] = {k: [] for k in (*names, "between", "crossing", "wall")}
    for i in range(n):
        t0 = time.perf_counter_ns()
        d = gw.authorize(MESSAGE, credentials=BEARER, server="mcp-fs", time_ns=WED10 + i)
        wall = time.perf_counter_ns() - t0
        for k in names:
            samples[k].append(getattr(d.timings, k))
        samples["between"].append(d.timings.total - sum(getattr(d.timings, k) for k in names))
        samples["crossing"].append(wall - d.timings.total)
        samples["wall"].append(wall)
    labels = {"between": "go/gateway between stages", "crossing": "crossing and Python (wall - Go's total)",
              "wall": "wall, one authorize()"}  # fmt: skip
    rows = [[labels.get(k, k), f"{percentile(sorted(v), 50) / 1000:.1f}"] for k, v in samples.items()]
    return table(["(a), 1 thread: stage", "median us"], rows)


def run(quick: bool = False) -> str:
    seconds = 0.3 if quick else 2.0
    with contextlib.ExitStack() as stack:
        progress("gateway: building engines")
        uncached = _gateway("go", cache=False, anomaly=True)
        candidates: dict[str, Op] = {
            "(a) Gateway, go path, uncached (every stage, policy Wasm)": _gateway_op(uncached),
            "(b) Gateway, go path, TTLCache (no anomaly stage)": _gateway_op(_gateway("go", cache=True, anomaly=False)),
            "(c) Gateway, Python pipeline, python engines (policy: go, Wasm)": _gateway_op(
                _gateway("python", cache=False, anomaly=True)
            ),
        }
        sark, label = _sark_path(stack)
        if sark is not None:
            candidates[label] = sark
        rows = []
        rates: dict[tuple[str, int], float] = {}
        for name, op in candidates.items():
            for threads in THREADS:
                progress(f"gateway {name[:3]}: {threads} thread(s)")
                rate, lat = _measure(op, threads, seconds)
                rates[(name, threads)] = rate
                p50, p95, p99 = (percentile(lat, p) for p in (50, 95, 99))
                rows.append([name, str(threads), f"{p50:.0f}", f"{p95:.0f}", f"{p99:.0f}", f"{fmt_rate(rate)}/s"])
        out = [table(["candidate", "threads", "p50 us", "p95 us", "p99 us", "decisions/s"], rows)]
        if sark is not None:
            a = next(iter(candidates))
            ratios = ", ".join(f"{t} thread(s) {rates[(a, t)] / rates[(label, t)]:.1f}x" for t in THREADS)
            out.append(f"(a) vs (d), decisions/s: {ratios}")
        out.append(_stages(uncached, 50 if quick else 500))
        out.append(f"({seconds:.1f} s per cell; the request is allowed on every path)")
        return "\n\n".join(out)
