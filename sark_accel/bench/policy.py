"""Policy benchmark: the shipped MCP gateway policy over its example traffic (253 requests).

Candidates: embedded OPA (go backend) uncached; the same with decision-cache hits; a real
`opa run --server` through the python backend (SARK's path today); regorus' Python binding
when it is installed. Latency p50/p99 from one thread, decisions/s from 1 and 2 threads.
"""

from __future__ import annotations

import contextlib
import json
import threading
from pathlib import Path
from typing import Any, Callable, Optional

from ._opa import OPA_INSTALL
from ._timing import fmt_rate, latencies_us, ops_per_second, percentile, progress, skipped, table

QUERY = "data.sark.gateway.decision"


def _regorus(bundle: Path) -> Optional[Callable[[Any], Any]]:
    try:
        import regorus
    except ImportError:
        return None

    def new_engine() -> Any:
        engine = regorus.Engine()
        engine.add_policy_from_file(str(bundle / "gateway.rego"))
        engine.add_data_json((bundle / "data.json").read_text())
        return engine

    # A regorus Engine holds its input and may not cross threads (not even to be cloned):
    # each thread builds its own.
    local = threading.local()

    def evaluate(request: Any) -> Any:
        engine = getattr(local, "engine", None)
        if engine is None:
            engine = local.engine = new_engine()
        engine.set_input_json(json.dumps(request))
        try:
            return json.loads(engine.eval_rule_as_json(QUERY))
        except RuntimeError:  # regorus raises where OPA answers (one malformed example input)
            return None

    return evaluate


def _cycling(fn: Callable[[Any], Any], requests: list[Any]) -> Callable[[int], Any]:
    return lambda i: fn(requests[i % len(requests)])


def run(quick: bool = False) -> str:
    from ..policy import PolicyEngine, example_bundle
    from ._opa import find_opa, opa_server

    bundle = Path(example_bundle())
    requests = [json.loads(line) for line in (bundle / "examples" / "requests.jsonl").read_text().splitlines()]
    rounds = 2 if quick else 8
    n_lat = len(requests) * rounds

    cands: dict[str, Callable[[Any], Any]] = {}
    go = PolicyEngine(backend="go", timeout=5.0)
    go.load_bundle(bundle)
    cands["go embedded (uncached)"] = lambda r: go.evaluate(QUERY, r)
    wasm = PolicyEngine(backend="go", timeout=5.0, wasm_queries=[QUERY])
    wasm.load_bundle(bundle)
    cands["go embedded, Wasm (uncached)"] = lambda r: wasm.evaluate(QUERY, r)
    cached = PolicyEngine(backend="go", timeout=5.0, decision_cache=10_000, decision_cache_ttl=3600.0)
    cached.load_bundle(bundle)
    for r in requests:
        cached.evaluate(QUERY, r)
    # evaluate() hits are answered by the facade's cache in Python; evaluate_json hits by Go's.
    cands["go, evaluate() cache hits"] = lambda r: cached.evaluate(QUERY, r)
    texts = {id(r): json.dumps(r) for r in requests}  # a gateway holding the request as JSON text
    cands["go, evaluate_json cache hits (in Go)"] = lambda r: json.loads(
        cached.evaluate_json(QUERY, texts[id(r)]) or "null"
    )

    with contextlib.ExitStack() as stack:
        opa = find_opa()
        if opa is None:
            skipped("the OPA server, an opa binary", OPA_INSTALL)
        else:
            url = stack.enter_context(opa_server(opa))
            server = PolicyEngine(backend="python", opa_url=url, timeout=5.0)
            server.load_bundle(bundle)
            cands["OPA server over HTTP"] = lambda r: server.evaluate(QUERY, r)
            server_cached = PolicyEngine(backend="python", opa_url=url, timeout=5.0, decision_cache=10_000)
            for r in requests:
                server_cached.evaluate(QUERY, r)
            cands["OPA server, evaluate() cache hits"] = lambda r: server_cached.evaluate(QUERY, r)
        reg = _regorus(bundle)
        if reg is None:
            skipped("regorus, the module", "pip install regorus")
        else:
            cands["regorus (Python binding)"] = reg

        results: dict[str, dict[str, float]] = {}
        expected = [go.evaluate(QUERY, r) for r in requests]
        notes = []
        for name, fn in cands.items():
            differ = sum(fn(r) != want for r, want in zip(requests, expected, strict=True))
            if differ:
                notes.append(f"{name}: {differ} of {len(requests)} decisions differ from OPA's")
            progress(f"policy {name}: latency")
            op = _cycling(fn, requests)
            lat = latencies_us(op, n_lat)
            row = {"p50": percentile(lat, 50), "p99": percentile(lat, 99)}
            for threads in (1, 2):
                progress(f"policy {name}: {threads} thread(s)")
                n = n_lat  # rounds of ~0.2-2 s: shorter ones swing with the host
                row[f"t{threads}"] = ops_per_second(op, n, threads, repeat=3)
            results[name] = row
        progress("policy go evaluate_many")
        batch_rate = ops_per_second(lambda i: go.evaluate_many(QUERY, requests), max(2, rounds), 1, len(requests))
        progress("policy go evaluate_many, Wasm")
        wasm_batch = ops_per_second(lambda i: wasm.evaluate_many(QUERY, requests), max(2, rounds), 1, len(requests))

    base = results.get("OPA server over HTTP", {}).get("p50")
    rows = []
    for name, row in results.items():
        ratio = f"{base / row['p50']:.1f}x" if base else "-"
        rows.append(
            [
                name,
                f"{row['p50']:.0f}",
                f"{row['p99']:.0f}",
                fmt_rate(row["t1"]),
                fmt_rate(row["t2"]),
                f"{row['t2'] / row['t1']:.2f}",
                ratio,
            ]
        )
    rows.append(["go evaluate_many (253 per call)", "-", "-", fmt_rate(batch_rate), "-", "-", "-"])
    rows.append(["go evaluate_many, Wasm (253 per call)", "-", "-", fmt_rate(wasm_batch), "-", "-", "-"])
    headers = [
        "backend",
        "p50 us",
        "p99 us",
        "decisions/s 1 thread",
        "decisions/s 2 threads",
        "2t/1t",
        "p50 vs OPA server",
    ]
    return "\n".join([table(headers, rows), *(f"\nnote: {n}" for n in notes)])
