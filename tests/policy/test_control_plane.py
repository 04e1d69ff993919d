"""PolicyEngine.from_config: policy from OPA's control plane, against real servers on 127.0.0.1.

The bundle server is sark_accel.bench._bundle_server.BundleServer (ETag / If-None-Match / 304,
in-process so it can publish atomically and be stopped and restarted on its port; nginx is not
installed here). Signed bundles are built by the real ``opa build --signing-key``. The python
twin is a real ``opa run --server --config-file`` with the same configuration.
"""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import tarfile
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from opa_server import OPAServer, OPAServerError, free_port, opa_binary

from sark_accel.bench import _bundle_propagation as propagation
from sark_accel.bench._bundle_server import BundleServer, bundle_tarball
from sark_accel.errors import Closed, InvalidArgument
from sark_accel.policy import DecisionLogStats, PolicyEngine, PolicyNotReady, example_bundle

QUERY = "data.gw.decision"
RESOURCE = "/bundles/gw.tar.gz"
POLICY = """package gw

default allow := false

allow if input.user in data.gw.users

decision := {"revision": data.gw.revision, "allow": allow}
"""
MASK = """package system.log

mask contains "/input/password"

drop if input.input.user == "drop-me"
"""


def gw_bundle(revision: str, users: list[str], extra: dict[str, str] | None = None) -> bytes:
    files = {"/gw.rego": POLICY, **(extra or {})}
    return bundle_tarball(revision, files, {"gw": {"revision": revision, "users": users}})


def config(url: str, **extra: Any) -> dict[str, Any]:
    cfg: dict[str, Any] = {
        "services": {"bundles": {"url": url}},
        "labels": {"app": "sark-test"},
        "bundles": {
            "gw": {
                "service": "bundles",
                "resource": RESOURCE.lstrip("/"),
                "polling": {"min_delay_seconds": 1, "max_delay_seconds": 1},
            }
        },
    }
    cfg.update(extra)
    return cfg


def wait_for(what: str, cond: Callable[[], bool], timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        time.sleep(0.05)


@pytest.fixture
def server() -> Iterator[BundleServer]:
    srv = BundleServer()
    srv.publish(RESOURCE, gw_bundle("r1", ["alice"]))
    srv.start()
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture
def engines() -> Iterator[list[PolicyEngine]]:
    made: list[PolicyEngine] = []
    yield made
    for e in made:
        e.close()


def make(engines: list[PolicyEngine], cfg: Any, **kw: Any) -> PolicyEngine:
    e = PolicyEngine.from_config(cfg, backend=kw.pop("backend", "go"), timeout=5.0, **kw)
    engines.append(e)
    return e


def test_activates_each_new_bundle(native: ModuleType, server: BundleServer, engines: list[PolicyEngine]) -> None:
    e = make(engines, config(server.url), decision_cache=100, wasm_queries=[QUERY])
    assert e.wait_ready(20)
    assert e.evaluate(QUERY, {"user": "alice"}) == {"revision": "r1", "allow": True}
    assert e.wasm_status() == {QUERY: "wasm"}
    (st,) = e.status()
    assert (st.name, st.revision, st.activations, st.last_error) == ("gw", "r1", 1, "")
    assert st.last_successful_download is not None and st.last_successful_activation is not None
    wait_for("a 304 answer to a poll", lambda: server.counts.get(304, 0) >= 1)
    assert e.status()[0].activations == 1  # unchanged bundle: nothing activated again

    server.publish(RESOURCE, gw_bundle("r2", ["bob"]))
    wait_for("r2", lambda: e.status()[0].revision == "r2")
    assert e.evaluate(QUERY, {"user": "alice"}) == {"revision": "r2", "allow": False}  # not the cached r1 answer
    assert e.is_allowed(QUERY, {"user": "bob"})
    assert e.status()[0].activations == 2


def test_yaml_config_and_refused_changes(native: ModuleType, server: BundleServer, engines: list[PolicyEngine]) -> None:
    yaml = (
        f"services:\n  bundles:\n    url: {server.url}\n"
        f"bundles:\n  gw:\n    service: bundles\n    resource: {RESOURCE.lstrip('/')}\n"
    )
    e = make(engines, yaml)
    assert e.wait_ready(20)
    assert e.is_allowed(QUERY, {"user": "alice"})
    with pytest.raises(InvalidArgument):
        e.set_data("gw/users", ["mallory"])
    with pytest.raises(InvalidArgument):
        e.load_policy("x.rego", "package x\n")
    assert not e.is_allowed(QUERY, {"user": "mallory"})
    with pytest.raises(InvalidArgument):
        PolicyEngine.from_config({"bundles": {}}, backend="go")
    with pytest.raises(TypeError):
        PolicyEngine.from_config(42, backend="go")  # type: ignore[arg-type]


def test_server_down_at_start_fails_closed(native: ModuleType, engines: list[PolicyEngine]) -> None:
    srv = BundleServer()
    srv.port = free_port()  # nothing listens there yet
    srv.publish(RESOURCE, gw_bundle("r1", ["alice"]))
    e = make(engines, config(srv.url))
    assert not e.wait_ready(1.5)
    with pytest.raises(PolicyNotReady) as info:
        e.evaluate(QUERY, {"user": "alice"})
    assert isinstance(info.value, ConnectionError)
    assert not e.is_allowed(QUERY, {"user": "alice"})
    assert e.denied_on_error["PolicyNotReady"] == 1
    wait_for("the download error", lambda: e.status()[0].last_error != "")
    assert e.status()[0].activations == 0
    srv.start()
    try:
        assert e.wait_ready(20)
        assert e.is_allowed(QUERY, {"user": "alice"})
    finally:
        srv.stop()


def opa_build(tmp: Path, revision: str, users: list[str], key: str | None) -> bytes:
    """A bundle built (and signed with the HS256 secret key) by the real opa binary."""
    src = tmp / f"src-{revision}"
    src.mkdir()
    (src / "gw.rego").write_text(POLICY)
    (src / "data.json").write_text(json.dumps({"gw": {"revision": revision, "users": users}}))
    out = tmp / f"{revision}.tar.gz"
    cmd = [opa_binary(), "build", "-b", str(src), "-o", str(out), "-r", revision]
    if key is not None:
        cmd += ["--signing-key", key, "--signing-alg", "HS256"]
    subprocess.run(cmd, check=True, capture_output=True, timeout=60)
    return out.read_bytes()


def test_refused_bundles_keep_the_last_good_one(
    native: ModuleType, server: BundleServer, engines: list[PolicyEngine], tmp_path: Path
) -> None:
    try:
        good = opa_build(tmp_path, "r1", ["alice"], "right-secret")
    except (OPAServerError, OSError, subprocess.SubprocessError) as exc:
        pytest.fail(f"opa build: {exc}")
    server.publish(RESOURCE, good)
    cfg = config(server.url, keys={"k1": {"algorithm": "HS256", "key": "right-secret"}})
    cfg["bundles"]["gw"]["signing"] = {"keyid": "k1"}
    e = make(engines, cfg)
    assert e.wait_ready(20)
    bad = {
        "corrupt": b"\x1f\x8b not a bundle",
        "unsigned": opa_build(tmp_path, "r2", ["mallory"], None),
        "wrongly signed": opa_build(tmp_path, "r3", ["mallory"], "wrong-secret"),
    }
    for name, body in bad.items():
        before = e.status()[0].activations
        server.publish(RESOURCE, body)
        wait_for(f"{name} reported", lambda: e.status()[0].last_error != "")
        st = e.status()[0]
        assert (st.revision, st.activations) == ("r1", before), name
        assert e.evaluate(QUERY, {"user": "alice"}) == {"revision": "r1", "allow": True}, name
        assert not e.is_allowed(QUERY, {"user": "mallory"}), name
        server.publish(RESOURCE, good)
        wait_for(f"{name} cleared", lambda: e.status()[0].last_error == "")
    server.stop()  # the bundle server goes down later: the old bundle serves
    wait_for("the outage reported", lambda: e.status()[0].last_error != "")
    assert e.evaluate(QUERY, {"user": "alice"}) == {"revision": "r1", "allow": True}


class LogReceiver:
    """OPA's decision-log API on 127.0.0.1: gzipped JSON arrays POSTed to /logs; 500 while down."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.down = False
        self.refused = 0
        self.events: list[dict[str, Any]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                with receiver.lock:
                    if receiver.down:
                        receiver.refused += 1
                        self.send_response(500)
                    else:
                        receiver.events.extend(json.load(gzip.GzipFile(fileobj=io.BytesIO(body))))
                        self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def count(self) -> int:
        with self.lock:
            return len(self.events)


def test_decision_logs_exactly_once_and_masked(
    native: ModuleType, server: BundleServer, engines: list[PolicyEngine]
) -> None:
    server.publish(RESOURCE, gw_bundle("r1", ["alice"], {"/log.rego": MASK}))
    receiver = LogReceiver()
    try:
        cfg = config(server.url)
        cfg["services"]["logs"] = {"url": receiver.url}
        cfg["decision_logs"] = {"service": "logs", "reporting": {"min_delay_seconds": 1, "max_delay_seconds": 1}}
        e = make(engines, cfg)
        assert e.wait_ready(20)
        sent = 0

        def decide(n: int) -> None:
            nonlocal sent
            for _ in range(n):
                assert e.is_allowed(QUERY, {"user": "alice", "password": f"pw{sent}", "n": sent})
                sent += 1
                e.evaluate(QUERY, {"user": "drop-me"})  # dropped by the drop rule

        decide(10)
        wait_for("the first upload", lambda: receiver.count() > 0)
        with receiver.lock:
            receiver.down = True
        decide(10)
        time.sleep(2.5)  # a few upload periods refused
        with receiver.lock:
            receiver.down = False
        decide(10)
        wait_for("every decision", lambda: receiver.count() >= sent)
        e.close()
        with receiver.lock:
            events = list(receiver.events)
            assert receiver.refused > 0, "no upload was refused: the outage tested nothing"
        ids = [ev["decision_id"] for ev in events]
        assert len(ids) == len(set(ids)) == sent
        assert sorted(ev["input"]["n"] for ev in events) == list(range(sent))
        for ev in events:
            assert "password" not in ev["input"] and ev["erased"] == ["/input/password"]
            assert ev["path"] == "gw/decision" and ev["result"] == {"revision": "r1", "allow": True}
            assert ev["labels"]["app"] == "sark-test" and ev["bundles"] == {"gw": {"revision": "r1"}}
            assert "timestamp" in ev and "timer_rego_query_eval_ns" in ev["metrics"]
    finally:
        receiver.httpd.shutdown()
        receiver.httpd.server_close()


def test_new_bundle_reaches_spawned_processes(native: ModuleType) -> None:
    result = propagation.measure(2, updates=2, timeout=120)
    delays = result["propagation_s"]["each"]
    assert len(delays) == 4  # every process saw every update
    # Polling bound: one period, plus a generous margin for the download and a loaded machine.
    assert all(0 <= d <= propagation.POLL_SECONDS + 10 for d in delays), result
    assert result["bundle_requests"].get(200, 0) >= 2 * 3, result  # each process downloaded each bundle


def gateway_tarball() -> bytes:
    """The shipped gateway bundle (its own .manifest and roots) as a .tar.gz."""
    raw = io.BytesIO()
    root = Path(example_bundle())
    with tarfile.open(fileobj=raw, mode="w:gz") as tar:
        for name in (".manifest", "data.json", "gateway.rego"):
            tar.add(root / name, arcname="/" + name)
    return raw.getvalue()


def test_parity_bundle_fed_load_bundle_and_opa_server(
    native: ModuleType, server: BundleServer, engines: list[PolicyEngine], tmp_path: Path, opa_url: str
) -> None:
    tarball = gateway_tarball()
    server.publish(RESOURCE, tarball)
    (tmp_path / "gw.tar.gz").write_bytes(tarball)
    cfg = config(server.url)
    fed = make(engines, cfg)
    assert fed.wait_ready(20)
    loaded = PolicyEngine(backend="go", timeout=5.0)
    engines.append(loaded)
    loaded.load_bundle(tmp_path / "gw.tar.gz")
    (tmp_path / "opa.json").write_text(json.dumps(cfg))
    opa = OPAServer(opa_binary(), extra_args=["--config-file", str(tmp_path / "opa.json")])
    url = opa.start()
    try:
        twin = make(engines, cfg, backend="python", opa_url=url)
        assert twin.wait_ready(20)
        query = "data.sark.gateway.decision"
        lines = (Path(example_bundle()) / "examples" / "requests.jsonl").read_text().splitlines()[:200]
        for line in lines:
            request = json.loads(line)
            want = loaded.evaluate(query, request)
            assert fed.evaluate(query, request) == want, line
            assert twin.evaluate(query, request) == want, line
    finally:
        opa.stop()


def test_python_twin_fails_closed_until_ready(engines: list[PolicyEngine], opa_url: str, tmp_path: Path) -> None:
    port = free_port()  # no bundle server: the OPA server never activates
    cfg = config(f"http://127.0.0.1:{port}")
    (tmp_path / "opa.json").write_text(json.dumps(cfg))
    opa = OPAServer(opa_binary(), extra_args=["--config-file", str(tmp_path / "opa.json")])
    url = opa.start()
    try:
        twin = make(engines, cfg, backend="python", opa_url=url)
        assert not twin.wait_ready(1.0)
        with pytest.raises(PolicyNotReady):
            twin.evaluate(QUERY, {"user": "alice"})
        assert not twin.is_allowed(QUERY, {"user": "alice"})
        with pytest.raises(InvalidArgument):
            twin.status()
        with pytest.raises(InvalidArgument):
            twin.decision_log_stats()
    finally:
        opa.stop()


def test_status_of_other_engines(native: ModuleType) -> None:
    with PolicyEngine(backend="go") as e:
        assert e.status() == [] and e.wait_ready(0)
        assert e.decision_log_stats() is None


def test_decision_log_drops_are_counted(native: ModuleType, server: BundleServer, engines: list[PolicyEngine]) -> None:
    server.publish(RESOURCE, gw_bundle("r1", ["alice"]))
    receiver = LogReceiver()
    try:
        plain = make(engines, config(server.url))
        assert plain.wait_ready(20) and plain.decision_log_stats() is None  # no decision_logs: nothing to count
        cfg = config(server.url)
        cfg["services"]["logs"] = {"url": receiver.url}
        cfg["decision_logs"] = {
            "service": "logs",
            "reporting": {"min_delay_seconds": 60, "max_delay_seconds": 60, "max_decisions_per_second": 1},
        }
        e = make(engines, cfg)
        assert e.wait_ready(20)
        assert e.decision_log_stats() == DecisionLogStats("size", 0, 0, 0, 0)
        for n in range(20):  # well within a second: all but OPA's burst go over the limit
            assert e.is_allowed(QUERY, {"user": "alice", "n": n})
        st = e.decision_log_stats()
        assert st is not None and st.buffer_type == "size"
        assert 10 <= st.dropped_rate_limit < 20, st
        # buffered may still be 0: the one accepted entry can wait in the encoder, not yet a chunk
        assert st.buffered >= 0 and st.dropped_buffer_full == st.dropped_encoding == 0, st
        e.close()
        with pytest.raises(Closed):
            e.decision_log_stats()
    finally:
        receiver.httpd.shutdown()
        receiver.httpd.server_close()


def test_gateway_go_path_fails_closed_then_logs_its_decisions(native: ModuleType, engines: list[PolicyEngine]) -> None:
    from sark_accel.gateway import Gateway

    srv = BundleServer()
    srv.port = free_port()  # down at start
    srv.publish(RESOURCE, bundle_tarball("g1", {"/t.rego": 'package t\n\ndecision := {"allow": true}\n'}))
    receiver = LogReceiver()
    cfg = config(srv.url)
    cfg["services"]["logs"] = {"url": receiver.url}
    cfg["decision_logs"] = {"service": "logs", "reporting": {"min_delay_seconds": 1, "max_delay_seconds": 1}}
    e = make(engines, cfg)
    gw = Gateway(policy=e, query="data.t.decision", backend="go")
    call = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": {"name": "fs.read_file"}})
    try:
        d = gw.authorize(call, principal={"id": "alice", "roles": ["developer"]})
        assert not d.allow and d.reasons == ("error:policy",), d  # not ready: fail closed
        srv.start()
        assert e.wait_ready(20)
        d = gw.authorize(call, principal={"id": "alice", "roles": ["developer"]})
        assert d.allow and d.stage == "policy", d
        wait_for("the gateway's decision in the log", lambda: receiver.count() >= 2)
        with receiver.lock:
            logged = [ev for ev in receiver.events if ev["path"] == "t/decision"]
        assert any(ev.get("result") == {"allow": True} for ev in logged), logged
        assert any("error" in ev for ev in logged), logged  # the refused one is logged with its error
    finally:
        gw.close()
        srv.stop()
        receiver.httpd.shutdown()
        receiver.httpd.server_close()


def test_revision_moves_with_each_activation(
    native: ModuleType, server: BundleServer, engines: list[PolicyEngine]
) -> None:
    e = make(engines, config(server.url))
    assert e.wait_ready(20)
    first = e.revision
    assert e.revision == first  # no activation, no change
    server.publish(RESOURCE, gw_bundle("r2", ["bob"]))
    wait_for("r2", lambda: e.status()[0].revision == "r2")
    assert e.revision != first


def test_python_gateway_cache_never_serves_an_old_bundles_decision(
    native: ModuleType, server: BundleServer, engines: list[PolicyEngine]
) -> None:
    from sark_accel.cache import TTLCache
    from sark_accel.gateway import Gateway

    policy = "package gwt\n\ndefault allow := false\n\nallow if input.user.id in data.gwt.users\n\n"
    policy += 'decision := {"allow": allow}\n'

    def bundle(revision: str, users: list[str]) -> bytes:
        return bundle_tarball(revision, {"/gwt.rego": policy}, {"gwt": {"users": users}})

    server.publish(RESOURCE, bundle("g1", ["alice"]))
    e = make(engines, config(server.url))
    assert e.wait_ready(20)
    cache = TTLCache(100, 300.0, backend="python")
    gw = Gateway(policy=e, query="data.gwt.decision", cache=cache, backend="python")
    call = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": {"name": "fs.read_file"}})
    try:
        assert gw.authorize(call, principal={"id": "alice"}).allow  # r1 lets alice in
        assert gw.authorize(call, principal={"id": "alice"}).cache_hit  # and remembers it
        server.publish(RESOURCE, bundle("g2", ["bob"]))
        wait_for("g2", lambda: e.status()[0].revision == "g2")
        d = gw.authorize(call, principal={"id": "alice"})
        assert not d.allow and not d.cache_hit, d
    finally:
        gw.close()
        cache.close()
