"""Tests of the ``python`` policy backend against a real OPA server (see conftest.py)."""

from __future__ import annotations

import copy
import decimal
import io
import json
import os
import pickle
import socket
import tarfile
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from sark_accel.errors import InvalidArgument, NotFound, SarkAccelError, Timeout, Unavailable, from_native
from sark_accel.policy import _python, example_bundle
from sark_accel.policy._python import OPAServerBackend
from sark_accel.policy.errors import (
    PolicyCompileError,
    PolicyError,
    PolicyEvalError,
    PolicyTimeout,
    PolicyUnavailable,
)
from sark_accel.policy.types import UNDEFINED, UndefinedType

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GATEWAY = example_bundle()  # the installed copy: the tests may run outside the source tree
EXAMPLES = os.path.join(GATEWAY, "examples")

WED_10 = 1795600800000000000  # Wednesday 2026-11-25 10:00 UTC
WED_23 = 1795647600000000000
SAT_12 = 1795867200000000000


@pytest.fixture()
def opa(opa_url: str) -> Iterator[OPAServerBackend]:
    """A backend with generous timeouts (the test machine is shared and slow)."""
    backend = OPAServerBackend(opa_url, timeout=10.0)
    yield backend
    backend.close()


@pytest.fixture()
def policy(opa: OPAServerBackend, request: pytest.FixtureRequest) -> Iterator[tuple[str, str]]:
    """A unique (policy id, package name) for the test, removed afterwards."""
    name = "t_" + request.node.name.replace("[", "_").replace("]", "").replace("-", "_")
    pid = f"tests/{name}.rego"
    yield pid, name
    if pid in opa.policies():
        opa.remove_policy(pid)


# ------------------------------------------------------------------ UNDEFINED


def test_undefined_sentinel() -> None:
    assert not UNDEFINED
    assert repr(UNDEFINED) == "UNDEFINED"
    assert UndefinedType() is UNDEFINED
    assert pickle.loads(pickle.dumps(UNDEFINED)) is UNDEFINED
    assert copy.copy(UNDEFINED) is UNDEFINED
    assert copy.deepcopy([UNDEFINED])[0] is UNDEFINED
    assert UNDEFINED is not None and UNDEFINED != None  # noqa: E711


# ----------------------------------------------------------------- errors


def test_error_hierarchy() -> None:
    assert issubclass(PolicyError, SarkAccelError)
    assert issubclass(PolicyCompileError, ValueError)
    assert issubclass(PolicyTimeout, Timeout) and issubclass(PolicyTimeout, TimeoutError)
    assert issubclass(PolicyUnavailable, Unavailable) and issubclass(PolicyUnavailable, ConnectionError)
    assert issubclass(PolicyEvalError, PolicyError)
    kinds = {c.kind for c in (PolicyError, PolicyCompileError, PolicyEvalError, PolicyTimeout, PolicyUnavailable)}
    assert kinds == {"policy", "policy_compile", "policy_eval", "policy_timeout", "policy_unavailable"}


@pytest.mark.parametrize(
    "kind, cls",
    [
        ("policy", PolicyError),
        ("policy_compile", PolicyCompileError),
        ("policy_eval", PolicyEvalError),
        ("policy_timeout", PolicyTimeout),
        ("policy_unavailable", PolicyUnavailable),
    ],
)
def test_native_kinds_map_to_classes(kind: str, cls: type) -> None:
    err = from_native(RuntimeError(f"sark:{kind}:something broke"))
    assert type(err) is cls
    assert str(err) == "something broke"


def test_native_compile_error_with_locations() -> None:
    entry = {"file": "a.rego", "row": 3, "col": 7, "message": "rego_parse_error: x"}
    text = json.dumps({"message": "1 error occurred", "errors": [entry]})
    err = from_native(RuntimeError("sark:policy_compile:" + text))
    assert isinstance(err, PolicyCompileError)
    assert (err.file, err.row, err.col) == ("a.rego", 3, 7)
    assert err.errors == [{"file": "a.rego", "row": 3, "col": 7, "message": "rego_parse_error: x"}]
    assert str(err) == "1 error occurred"
    plain = PolicyCompileError("no location")
    assert (plain.file, plain.row, plain.col, plain.errors) == ("", 0, 0, [])
    again = pickle.loads(pickle.dumps(err))
    assert type(again) is PolicyCompileError and again.errors == err.errors and again.row == 3


@pytest.mark.parametrize(
    "status, body, cls",
    [
        (404, {"code": "resource_not_found", "message": "nope"}, NotFound),
        (400, {"code": "invalid_parameter", "message": "body contains malformed input document"}, InvalidArgument),
        (
            400,
            {"code": "invalid_parameter", "message": "1 error occurred: p1:2: rego_compile_error: conflict"},
            PolicyCompileError,
        ),
        (500, {"code": "internal_error", "message": "error(s) occurred while evaluating query"}, PolicyEvalError),
        (502, None, PolicyUnavailable),
        (503, {"code": "x", "message": "down"}, PolicyUnavailable),
        (418, {"code": "teapot", "message": "?"}, PolicyUnavailable),
        (401, {"code": "unauthorized", "message": "no"}, PolicyUnavailable),
        (500, {"code": "x", "message": "?"}, PolicyUnavailable),
        (200, [1, 2], PolicyUnavailable),
    ],
)
def test_answer_mapping(status: int, body: Any, cls: type) -> None:
    raw = b"<html>bad gateway</html>" if body is None else json.dumps(body).encode()
    with pytest.raises(cls) as info:
        _python._decode_answer(status, raw, "POST", "/v1/data/x")
    assert type(info.value) is cls


def test_invalid_json_answer() -> None:
    for raw in (b"{not json", b'{"result": NaN}'):
        with pytest.raises(PolicyUnavailable) as info:
            _python._decode_answer(200, raw, "POST", "/v1/data/x")
        assert type(info.value) is PolicyUnavailable and isinstance(info.value, ConnectionError)


# ----------------------------------------------------------- constructor/args


def test_constructor_validation() -> None:
    with pytest.raises(InvalidArgument):
        OPAServerBackend("ftp://host")
    with pytest.raises(InvalidArgument):
        OPAServerBackend("http://127.0.0.1:1", timeout=0)
    with pytest.raises(InvalidArgument):
        OPAServerBackend("http://127.0.0.1:1", timeout=float("nan"))
    b = OPAServerBackend("http://127.0.0.1:8181/")
    assert b.url == "http://127.0.0.1:8181" and b.timeout == 0.1


@pytest.mark.parametrize("query", ["", "input.x", "data..x", "data.x[1]", "datax", "data.x y", "x.data"])
def test_bad_queries(query: str) -> None:
    b = OPAServerBackend("http://127.0.0.1:1")
    with pytest.raises(InvalidArgument):
        b.evaluate(query)


def test_query_paths() -> None:
    assert _python._query_path("data") == []
    assert _python._query_path("data.a.b_c") == ["a", "b_c"]
    assert _python._query_path('data.a["b-c"]["\\u00e9 x"].d') == ["a", "b-c", "é x", "d"]


def test_unserialisable_input() -> None:
    b = OPAServerBackend("http://127.0.0.1:1")  # never contacted: encoding fails first
    with pytest.raises(TypeError):
        b.evaluate("data.x", {"s": {1, 2}})
    with pytest.raises(TypeError):
        b.evaluate("data.x", {"b": b"bytes"})
    loop: list[Any] = []
    loop.append(loop)
    with pytest.raises(TypeError):
        b.evaluate("data.x", loop)
    for bad in (float("nan"), float("inf"), -float("inf")):
        with pytest.raises(InvalidArgument):
            b.evaluate("data.x", {"v": [bad]})
        with pytest.raises(ValueError):
            b.set_data("x", bad)
    with pytest.raises(TypeError):
        b.load_policy("p", b"package x")  # type: ignore[arg-type]
    with pytest.raises(InvalidArgument):
        b.load_policy("", "package x")


# ----------------------------------------------------------------- policies


def test_load_evaluate_remove(opa: OPAServerBackend, policy: tuple[str, str]) -> None:
    pid, pkg = policy
    opa.load_policy(pid, f'package {pkg}\n\nallow if input.user == "alice"\n\ngreeting := "héllo ☃"\n')
    assert pid in opa.policies()
    assert opa.evaluate(f"data.{pkg}.allow", {"user": "alice"}) is True
    assert opa.evaluate(f"data.{pkg}.allow", {"user": "bob"}) is UNDEFINED
    assert opa.evaluate(f"data.{pkg}.allow") is UNDEFINED
    assert opa.evaluate(f"data.{pkg}.greeting") == "héllo ☃"
    assert opa.evaluate(f"data.{pkg}") == {"greeting": "héllo ☃"}
    assert opa.evaluate(f"data.{pkg}", {"user": "alice"}) == {"allow": True, "greeting": "héllo ☃"}
    # Replacing keeps the id.
    opa.load_policy(pid, f"package {pkg}\n\nallow := false\n")
    assert opa.evaluate(f"data.{pkg}.allow", {"user": "alice"}) is False
    opa.remove_policy(pid)
    assert pid not in opa.policies()
    assert opa.evaluate(f"data.{pkg}.allow") is UNDEFINED


def test_policies_sorted(opa: OPAServerBackend) -> None:
    ids = ["tests/sort/b.rego", "tests/sort/a.rego", "tests/sort/c d.rego"]
    try:
        for i, pid in enumerate(ids):
            opa.load_policy(pid, f"package t_sort_{i}\n\nx := {i}\n")
        got = [p for p in opa.policies() if p.startswith("tests/sort/")]
        assert got == sorted(ids)
        assert opa.policies() == sorted(opa.policies())
    finally:
        for pid in ids:
            opa.remove_policy(pid)


def test_remove_unknown_policy(opa: OPAServerBackend) -> None:
    with pytest.raises(NotFound) as info:
        opa.remove_policy("tests/does-not-exist.rego")
    assert isinstance(info.value, KeyError)
    assert "does-not-exist" in str(info.value)


def test_parse_error(opa: OPAServerBackend, policy: tuple[str, str]) -> None:
    pid, pkg = policy
    with pytest.raises(PolicyCompileError) as info:
        opa.load_policy(pid, f"package {pkg}\n\nx := \ny = [1\n")
    err = info.value
    assert isinstance(err, ValueError)
    assert (err.file, err.row) == (pid, 4)
    assert err.col > 0
    assert err.errors[0]["message"].startswith("rego_parse_error")
    assert set(err.errors[0]) == {"file", "row", "col", "message"}
    assert pid not in opa.policies()


def test_rego_v0_syntax_is_rejected(opa: OPAServerBackend, policy: tuple[str, str]) -> None:
    pid, pkg = policy
    with pytest.raises(PolicyCompileError) as info:
        opa.load_policy(pid, f"package {pkg}\n\np {{ true }}\n")
    assert info.value.row == 3


def test_type_error_lists_every_problem(opa: OPAServerBackend, policy: tuple[str, str]) -> None:
    pid, pkg = policy
    with pytest.raises(PolicyCompileError) as info:
        opa.load_policy(pid, f"package {pkg}\n\nx := count(1)\n\ny := upper(2)\n")
    rows = sorted(e["row"] for e in info.value.errors)
    assert rows == [3, 5]
    assert all(e["file"] == pid for e in info.value.errors)
    assert "rego_type_error" in str(info.value)


def test_remove_policy_with_dependents(opa: OPAServerBackend) -> None:
    opa.load_policy("tests/dep/lib.rego", "package t_dep_lib\n\nf(x) := x + 1\n")
    opa.load_policy("tests/dep/user.rego", "package t_dep_user\n\ny := data.t_dep_lib.f(1)\n")
    try:
        assert opa.evaluate("data.t_dep_user.y") == 2
        with pytest.raises(PolicyCompileError) as info:
            opa.remove_policy("tests/dep/lib.rego")
        assert info.value.file == "tests/dep/user.rego"
    finally:
        opa.remove_policy("tests/dep/user.rego")
        opa.remove_policy("tests/dep/lib.rego")


def test_eval_conflict(opa: OPAServerBackend, policy: tuple[str, str]) -> None:
    pid, pkg = policy
    opa.load_policy(pid, f"package {pkg}\n\nx := 1 if input.a\n\nx := 2 if input.b\n")
    assert opa.evaluate(f"data.{pkg}.x", {"a": True}) == 1
    with pytest.raises(PolicyEvalError) as info:
        opa.evaluate(f"data.{pkg}.x", {"a": True, "b": True})
    assert "eval_conflict_error" in str(info.value)
    # The connection stays usable after an error answer.
    assert opa.evaluate(f"data.{pkg}.x", {"b": True}) == 2


def test_builtin_error_is_undefined_by_default(opa: OPAServerBackend, policy: tuple[str, str]) -> None:
    # OPA's default (non-strict) builtin errors make the expression undefined.
    pid, pkg = policy
    opa.load_policy(pid, f"package {pkg}\n\nd := input.a / input.b\n")
    assert opa.evaluate(f"data.{pkg}.d", {"a": 1, "b": 0}) is UNDEFINED
    assert opa.evaluate(f"data.{pkg}.d", {"a": 1, "b": 4}) == 0.25


# -------------------------------------------------------------------- data


def test_set_data(opa: OPAServerBackend, policy: tuple[str, str]) -> None:
    pid, pkg = policy
    opa.set_data(f"tests_data/{pkg}", {"limits": {"alice": 3}, "ünï": "cödé"})
    opa.load_policy(pid, f"package {pkg}\n\nlimit := data.tests_data.{pkg}.limits[input.user]\n")
    assert opa.evaluate(f"data.{pkg}.limit", {"user": "alice"}) == 3
    assert opa.evaluate(f"data.{pkg}.limit", {"user": "bob"}) is UNDEFINED
    opa.set_data(f"/tests_data/{pkg}/limits/bob/", 5)
    assert opa.evaluate(f"data.{pkg}.limit", {"user": "bob"}) == 5
    assert opa.evaluate(f'data.tests_data.{pkg}["ünï"]') == "cödé"
    opa.set_data(f"tests_data/{pkg}", None)
    assert opa.evaluate(f"data.tests_data.{pkg}") is None
    with pytest.raises(InvalidArgument):
        opa.set_data("tests_data/../x", 1)


def test_data_conflicting_with_rule(opa: OPAServerBackend, policy: tuple[str, str]) -> None:
    pid, pkg = policy
    opa.load_policy(pid, f"package {pkg}\n\nx := 1\n")
    with pytest.raises(PolicyCompileError) as info:
        opa.set_data(f"{pkg}/x", 2)
    assert info.value.file == pid and info.value.row == 3


# ---------------------------------------------------------- values and input


def test_numbers_keep_their_type(opa: OPAServerBackend, policy: tuple[str, str]) -> None:
    pid, pkg = policy
    opa.load_policy(
        pid,
        f"package {pkg}\n\necho := input\n\none := 1\n\none_f := 1.0\n\nbig := 123456789012345678901234567890\n"
        "\nsum := input.a + input.b\n",
    )
    values = [1, 1.0, -0.0, 0, 2**53 + 1, -(2**64), 10**30, 1.5, 1e-7, 1.7976931348623157e308]
    got = opa.evaluate(f"data.{pkg}.echo", values)
    assert got == values
    assert [type(v) for v in got] == [type(v) for v in values]
    assert got[4] == 2**53 + 1 and got[6] == 10**30
    one = opa.evaluate(f"data.{pkg}.one")
    one_f = opa.evaluate(f"data.{pkg}.one_f")
    assert (one, type(one)) == (1, int)
    assert (one_f, type(one_f)) == (1.0, float)
    big = opa.evaluate(f"data.{pkg}.big")
    assert big == 123456789012345678901234567890 and type(big) is int
    assert opa.evaluate(f"data.{pkg}.sum", {"a": 2**62, "b": 2**62}) == 2**63


def test_numbers_beyond_float_range(opa: OPAServerBackend, policy: tuple[str, str]) -> None:
    pid, pkg = policy
    opa.load_policy(pid, f"package {pkg}\n\nhuge := 1e400\n\nthird := 0.1 + 0.2\n")
    huge = opa.evaluate(f"data.{pkg}.huge")
    assert isinstance(huge, decimal.Decimal) and huge == decimal.Decimal("1e400")
    assert opa.evaluate(f"data.{pkg}.third") == 0.3  # OPA computes in decimal


def test_json_kinds_roundtrip(opa: OPAServerBackend, policy: tuple[str, str]) -> None:
    pid, pkg = policy
    opa.load_policy(pid, f"package {pkg}\n\necho := input\n")
    doc = {
        "null": None,
        "bools": [True, False],
        "nested": {"a": [{"b": []}, {}]},
        "unicode": 'é ☃ 🤖 \u200b \u2028 e\u0301 \x00 "quoted" \\',
        "ключ": "значение",
        "emoji🔑": "v",
        "": "empty key",
    }
    assert opa.evaluate(f"data.{pkg}.echo", doc) == doc
    assert opa.evaluate(f"data.{pkg}.echo", "plain string") == "plain string"
    assert opa.evaluate(f"data.{pkg}.echo", False) is False
    assert opa.evaluate(f"data.{pkg}.echo", []) == []
    # None means "no input": input is undefined.
    assert opa.evaluate(f"data.{pkg}.echo", None) is UNDEFINED
    assert opa.evaluate(f"data.{pkg}.echo") is UNDEFINED


def test_unicode_paths(opa: OPAServerBackend, policy: tuple[str, str]) -> None:
    _, pkg = policy
    opa.set_data(f"tests_data/{pkg}/ключ/a b", {"é": 1})
    assert opa.evaluate(f'data.tests_data.{pkg}["ключ"]["a b"]') == {"é": 1}
    assert opa.evaluate(f'data.tests_data.{pkg}["ключ"]["a b"]["é"]') == 1
    assert opa.evaluate(f'data.tests_data.{pkg}["missing/slash"]') is UNDEFINED


def test_evaluate_many(opa: OPAServerBackend, policy: tuple[str, str]) -> None:
    pid, pkg = policy
    opa.load_policy(pid, f"package {pkg}\n\ndouble := input.n * 2 if is_number(input.n)\n")
    inputs: list[Any] = [{"n": 1}, {"n": "x"}, None, {"n": 2.5}, {"n": 10**20}]
    assert opa.evaluate_many(f"data.{pkg}.double", inputs) == [2, UNDEFINED, UNDEFINED, 5.0, 2 * 10**20]
    assert opa.evaluate_many(f"data.{pkg}.double", []) == []
    with pytest.raises(InvalidArgument):
        opa.evaluate_many(f"data.{pkg}.double", [{"n": 1}, {"n": float("nan")}])


def test_threads_share_a_backend(opa: OPAServerBackend, policy: tuple[str, str]) -> None:
    pid, pkg = policy
    opa.load_policy(pid, f"package {pkg}\n\nsq := input * input\n")
    errors: list[BaseException] = []
    results: dict[int, list[Any]] = {}

    def work(t: int) -> None:
        try:
            results[t] = [opa.evaluate(f"data.{pkg}.sq", t * 100 + i) for i in range(25)]
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(t,)) for t in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(timeout=60)
    assert not errors
    for t in range(4):
        assert results[t] == [(t * 100 + i) ** 2 for i in range(25)]
    assert len(opa._conns) == 5  # one keep-alive connection per thread (4 workers + this one)
    opa.close()
    assert not opa._conns
    assert opa.evaluate(f"data.{pkg}.sq", 3) == 9  # reconnects after close()


def test_reconnects_after_server_closed_idle_connection(opa: OPAServerBackend, policy: tuple[str, str]) -> None:
    pid, pkg = policy
    opa.load_policy(pid, f"package {pkg}\n\nx := 1\n")
    assert opa.evaluate(f"data.{pkg}.x") == 1
    # Simulate the server dropping the keep-alive connection.
    conn = opa._local.conn
    conn.sock.shutdown(socket.SHUT_RDWR)
    assert opa.evaluate(f"data.{pkg}.x") == 1


# ----------------------------------------------------- timeouts, unavailable


def _listener() -> socket.socket:
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("127.0.0.1", 0))
    s.listen(8)
    return s


def test_timeout_when_server_does_not_answer() -> None:
    with _listener() as srv:
        port = srv.getsockname()[1]
        b = OPAServerBackend(f"http://127.0.0.1:{port}", timeout=0.2)
        with pytest.raises(PolicyTimeout) as info:
            b.evaluate("data.x")
        assert isinstance(info.value, TimeoutError)
        with pytest.raises(PolicyTimeout):  # a fresh connection times out again, no hang
            b.evaluate("data.x")


def test_unavailable_when_nothing_listens() -> None:
    with _listener() as srv:
        port = srv.getsockname()[1]
    b = OPAServerBackend(f"http://127.0.0.1:{port}", timeout=1.0)
    with pytest.raises(PolicyUnavailable) as info:
        b.evaluate("data.x")
    assert isinstance(info.value, ConnectionError)
    with pytest.raises(PolicyUnavailable):
        b.load_policy("p", "package p")


def test_unavailable_when_server_closes_without_answer() -> None:
    with _listener() as srv:
        port = srv.getsockname()[1]
        stop = threading.Event()

        def serve() -> None:
            while not stop.is_set():
                try:
                    c, _ = srv.accept()
                except OSError:
                    return
                c.recv(65536)
                c.close()

        th = threading.Thread(target=serve, daemon=True)
        th.start()
        b = OPAServerBackend(f"http://127.0.0.1:{port}", timeout=2.0)
        with pytest.raises(PolicyUnavailable):
            b.evaluate("data.x", {"a": 1})
        stop.set()
        srv.shutdown(socket.SHUT_RDWR)


# ------------------------------------------------------------------ bundles


def _tar(path: str, members: dict[str, bytes | None], links: dict[str, str] | None = None) -> str:
    with tarfile.open(path, "w:gz") as tar:
        for name, content in members.items():
            info = tarfile.TarInfo(name)
            if content is None:
                info.type = tarfile.DIRTYPE
                tar.addfile(info)
                continue
            info.size = len(content)
            tar.addfile(info, io.BytesIO(content))
        for name, target in (links or {}).items():
            info = tarfile.TarInfo(name)
            info.type = tarfile.SYMTYPE
            info.linkname = target
            tar.addfile(info)
    return path


def _bundle_members(pkg: str) -> dict[str, bytes | None]:
    return {
        "/.manifest": json.dumps({"revision": "r1", "roots": [f"tbundle/{pkg}"]}).encode(),
        "/data.json": json.dumps({"tbundle": {pkg: {"cfg": {"limit": 3}}}}).encode(),
        f"/tbundle/{pkg}/extra/": None,
        f"/tbundle/{pkg}/extra/data.json": json.dumps({"names": ["é", "x"]}).encode(),
        f"/tbundle/{pkg}/policy.rego": (
            f"package tbundle.{pkg}\n\nok if input.n <= data.tbundle.{pkg}.cfg.limit\n"
            f"\nnames := data.tbundle.{pkg}.extra.names\n"
        ).encode(),
        "/README.md": b"ignored",
    }


def test_bundle_tar_gz(opa: OPAServerBackend, tmp_path: Any, policy: tuple[str, str]) -> None:
    _, pkg = policy
    path = _tar(str(tmp_path / "b.tar.gz"), _bundle_members(pkg))
    opa.load_bundle(path)
    pid = os.path.abspath(path).strip("/") + f"/tbundle/{pkg}/policy.rego"
    try:
        assert pid in opa.policies()
        assert opa.evaluate(f"data.tbundle.{pkg}.ok", {"n": 3}) is True
        assert opa.evaluate(f"data.tbundle.{pkg}.ok", {"n": 4}) is UNDEFINED
        assert opa.evaluate(f"data.tbundle.{pkg}.names") == ["é", "x"]
        opa.load_bundle(path)  # loading again replaces, no error
    finally:
        opa.remove_policy(pid)


def test_bundle_directory(opa: OPAServerBackend, tmp_path: Any, policy: tuple[str, str]) -> None:
    _, pkg = policy
    root = tmp_path / "bundle"
    for name, content in _bundle_members(pkg).items():
        target = root / name.lstrip("/")
        if content is None:
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    opa.load_bundle(str(root))
    pid = os.path.abspath(root).strip("/") + f"/tbundle/{pkg}/policy.rego"
    try:
        assert opa.evaluate(f"data.tbundle.{pkg}.ok", {"n": 1}) is True
    finally:
        opa.remove_policy(pid)


def test_bundle_without_manifest(opa: OPAServerBackend, tmp_path: Any, policy: tuple[str, str]) -> None:
    _, pkg = policy
    path = _tar(
        str(tmp_path / "nomanifest.tgz"),
        {
            "x/data.json": json.dumps({"v": 1}).encode(),
            "p.rego": f"package {pkg}\n\nv := data.x.v\n".encode(),
        },
    )
    opa.load_bundle(path)
    try:
        assert opa.evaluate(f"data.{pkg}.v") == 1
    finally:
        opa.remove_policy(os.path.abspath(path).strip("/") + "/p.rego")


def test_bundle_compile_error(opa: OPAServerBackend, tmp_path: Any) -> None:
    path = _tar(str(tmp_path / "bad.tar.gz"), {"bad/bad.rego": b"package tbad\n\nx := [\n"})
    with pytest.raises(PolicyCompileError) as info:
        opa.load_bundle(path)
    assert info.value.file == os.path.abspath(path).strip("/") + "/bad/bad.rego"


@pytest.mark.parametrize(
    "members, links",
    [
        ({"../evil.rego": b"package evil\n"}, None),
        ({"a/../../evil.rego": b"package evil\n"}, None),
        ({"ok.rego": b"package ok\n"}, {"link.rego": "/etc/passwd"}),
        ({".manifest": b"not json"}, None),
        ({".manifest": b'{"roots": "x"}'}, None),
        ({".manifest": b'{"roots": ["x"], "rego_version": 0}'}, None),
        ({".manifest": b'{"roots": ["x"]}', "y.rego": b"package y\n"}, None),
        ({".manifest": b'{"roots": ["x"]}', "y/data.json": b"{}"}, None),
        ({".manifest": b'{"roots": ["x"]}', "data.json": b'{"y": 1}'}, None),
        ({"patch.json": b"{}"}, None),
        ({"policy.wasm": b"\x00asm"}, None),
        ({"data.json": b"[1, 2]"}, None),
        ({"data.json": b"{bad"}, None),
        ({"a/data.json": b'{"b": 1}', "data.json": b'{"a": {"b": 2}}'}, None),
        ({"p.rego": b"\xff\xfe"}, None),
    ],
)
def test_bundle_rejected(tmp_path: Any, members: dict[str, bytes], links: dict[str, str] | None) -> None:
    b = OPAServerBackend("http://127.0.0.1:1")  # rejected before any request
    path = _tar(str(tmp_path / "r.tar.gz"), members, links)
    with pytest.raises(InvalidArgument):
        b.load_bundle(path)


def test_bundle_oversized_member(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_python, "MAX_BUNDLE_FILE_BYTES", 100)
    b = OPAServerBackend("http://127.0.0.1:1")
    path = _tar(str(tmp_path / "big.tar.gz"), {"data.json": b'{"x": "' + b"a" * 200 + b'"}'})
    with pytest.raises(InvalidArgument, match="larger"):
        b.load_bundle(path)
    d = tmp_path / "bigdir"
    d.mkdir()
    (d / "data.json").write_bytes(b'{"x": "' + b"a" * 200 + b'"}')
    with pytest.raises(InvalidArgument, match="larger"):
        b.load_bundle(str(d))
    monkeypatch.setattr(_python, "MAX_BUNDLE_FILE_BYTES", 10_000)
    monkeypatch.setattr(_python, "MAX_BUNDLE_TOTAL_BYTES", 300)
    path = _tar(str(tmp_path / "total.tar.gz"), {f"d{i}/data.json": b'{"x": "' + b"a" * 100 + b'"}' for i in range(4)})
    with pytest.raises(InvalidArgument, match="larger"):
        b.load_bundle(path)


def test_bundle_symlink_in_directory(tmp_path: Any) -> None:
    d = tmp_path / "linked"
    d.mkdir()
    (tmp_path / "outside.rego").write_text("package outside\n")
    os.symlink(tmp_path / "outside.rego", d / "inside.rego")
    b = OPAServerBackend("http://127.0.0.1:1")
    with pytest.raises(InvalidArgument, match="regular file"):
        b.load_bundle(str(d))


def test_bundle_missing_or_unsupported(tmp_path: Any) -> None:
    b = OPAServerBackend("http://127.0.0.1:1")
    with pytest.raises(NotFound):
        b.load_bundle(str(tmp_path / "nope.tar.gz"))
    (tmp_path / "b.zip").write_bytes(b"PK")
    with pytest.raises(InvalidArgument):
        b.load_bundle(str(tmp_path / "b.zip"))
    (tmp_path / "c.tar.gz").write_bytes(b"not gzip")
    with pytest.raises(InvalidArgument):
        b.load_bundle(str(tmp_path / "c.tar.gz"))


# ------------------------------------------------- the example gateway policy


@pytest.fixture()
def gateway(opa: OPAServerBackend) -> OPAServerBackend:
    opa.load_bundle(GATEWAY)
    return opa


def _req(user: str, roles: list[str], tool: str, args: Any, t: int, mfa: bool = False) -> dict[str, Any]:
    return {
        "user": {"id": user, "roles": roles, "mfa": mfa},
        "action": "tool:invoke",
        "tool": {"name": tool},
        "arguments": args,
        "time_ns": t,
    }


def test_gateway_bundle_ids(gateway: OPAServerBackend) -> None:
    ids = gateway.policies()
    for name in ("gateway.rego", "gateway_test.rego"):
        assert any(i.endswith("/gateway/" + name) and not i.startswith("/") for i in ids), ids


def test_gateway_allows_developer_read(gateway: OPAServerBackend) -> None:
    d = gateway.evaluate(
        "data.sark.gateway.decision", _req("alice", ["developer"], "fs.read_file", {"path": "/workspace/a.py"}, WED_10)
    )
    assert d == {
        "allow": True,
        "reasons": [],
        "filtered_parameters": [],
        "cache_ttl": 180,
        "sensitivity": "internal",
        "tool": "fs.read_file",
        "user": "alice",
        "roles": ["developer"],
        "policy_version": "2026-11-26",
    }


def test_gateway_denies_with_sorted_reasons(gateway: OPAServerBackend) -> None:
    d = gateway.evaluate(
        "data.sark.gateway.decision", _req("vic", ["viewer"], "shell.exec", {"command": "rm -rf /"}, SAT_12)
    )
    assert d["allow"] is False
    assert d["reasons"] == [
        "argument_forbidden_pattern: command (recursive_delete)",
        "mfa_required: shell.exec",
        "sensitivity_exceeds_clearance: critical > public",
        "tool_not_permitted: shell.exec",
        "tool_restricted_to_business_hours: shell.exec",
    ]
    assert d["cache_ttl"] == 60


def test_gateway_time_windows(gateway: OPAServerBackend) -> None:
    q = "data.sark.gateway.decision"
    day = gateway.evaluate(q, _req("ana", ["analyst"], "metrics.query", {"expr": "up"}, WED_10))
    night = gateway.evaluate(q, _req("ana", ["analyst"], "metrics.query", {"expr": "up"}, WED_23))
    assert day["allow"] is True and day["cache_ttl"] == 300
    assert night["reasons"] == ["outside_business_hours"]


def test_gateway_filtered_parameters(gateway: OPAServerBackend) -> None:
    d = gateway.evaluate(
        "data.sark.gateway.decision",
        _req(
            "sue",
            ["support"],
            "crm.lookup_customer",
            {"customer_id": "C123456", "include_ssn": True, "include_payment_methods": True, "token": "x"},
            WED_10,
        ),
    )
    assert d["filtered_parameters"] == ["include_ssn", "token"]
    assert d["reasons"] == ["sensitivity_exceeds_clearance: confidential > internal"]
    assert d["cache_ttl"] == 120


def test_gateway_malformed_input_is_denied(gateway: OPAServerBackend) -> None:
    for bad in ({}, "text", [1, 2], {"user": 5, "tool": None}):
        d = gateway.evaluate("data.sark.gateway.decision", bad)
        assert d["allow"] is False and d["reasons"]
    assert gateway.evaluate("data.sark.gateway.decision")["allow"] is False


def test_gateway_example_traffic_matches_reference(gateway: OPAServerBackend) -> None:
    with open(os.path.join(EXAMPLES, "requests.jsonl"), encoding="utf-8") as fh:
        requests = [json.loads(line) for line in fh]
    with open(os.path.join(EXAMPLES, "decisions.jsonl"), encoding="utf-8") as fh:
        expected = [json.loads(line) for line in fh]
    assert len(requests) >= 200 and len(requests) == len(expected)
    got = gateway.evaluate_many("data.sark.gateway.decision", requests)
    for i, (g, e) in enumerate(zip(got, expected, strict=True)):
        assert g == e, f"line {i + 1}: {requests[i]}"
    allowed = sum(1 for d in got if d["allow"])
    assert 0.2 < allowed / len(got) < 0.8  # both outcomes are well represented


def test_gateway_bundle_built_by_opa(opa: OPAServerBackend, tmp_path: Any) -> None:
    """A tarball from `opa build -b` (leading "/" member names) loads and decides the same."""
    import subprocess

    from opa_server import opa_binary

    out = tmp_path / "gateway.tar.gz"
    package_dir = os.path.dirname(os.path.dirname(GATEWAY))  # sark_accel/
    prefix = os.path.relpath(GATEWAY, package_dir).replace(os.sep, "/")
    subprocess.run(
        [opa_binary(), "build", "-b", prefix, "-o", str(out)], check=True, capture_output=True, cwd=package_dir
    )
    base = os.path.abspath(out).strip("/")
    ids = [f"{base}/{prefix}/gateway.rego", f"{base}/{prefix}/gateway_test.rego"]
    # The same package under two ids would conflict: take the directory bundle's copy out first.
    gateway_dir = os.path.abspath(GATEWAY).strip("/")
    for pid in (f"{gateway_dir}/gateway.rego", f"{gateway_dir}/gateway_test.rego"):
        if pid in opa.policies():
            opa.remove_policy(pid)
    try:
        opa.load_bundle(str(out))
        assert set(ids) <= set(opa.policies())
        d = opa.evaluate(
            "data.sark.gateway.decision", _req("ana", ["analyst"], "db.query", {"sql": "DROP TABLE x"}, WED_10)
        )
        assert d["reasons"] == ["argument_forbidden_pattern: sql (ddl)"]
    finally:
        for pid in ids:
            if pid in opa.policies():
                opa.remove_policy(pid)
