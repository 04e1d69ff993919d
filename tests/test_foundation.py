"""The foundation: loading, flags, error mapping, panics, GIL release, build hygiene."""

from __future__ import annotations

import gc
import json
import os
import shutil
import subprocess
import sys
import textwrap
import threading
from pathlib import Path
from types import ModuleType

import pytest

import sark_accel
from sark_accel import _backend
from sark_accel.errors import (
    BackendUnavailable,
    Closed,
    InternalError,
    InvalidArgument,
    NotFound,
    SarkAccelError,
    Timeout,
    from_native,
)


def run_python(
    code: str, env: dict[str, str] | None = None, cwd: str | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("SARK_ACCEL_")}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=cwd,
        timeout=120,
    )


def test_import_keeps_cwd_and_gc_callbacks(native: ModuleType, tmp_path: Path) -> None:
    # In a fresh interpreter: import and load the extension from an unrelated, then deleted, cwd.
    code = """
        import gc, os, sys, tempfile
        d = tempfile.mkdtemp(); os.chdir(d); os.rmdir(d)
        before = list(gc.callbacks)
        import sark_accel, sark_accel._native as n
        assert n.module() is not None, n.error()
        assert list(gc.callbacks) == before, gc.callbacks
        print("ok")  # gopy's wrappers would have failed: they call os.getcwd() at import
    """
    out = run_python(code, cwd=str(tmp_path))
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr
    assert gc.callbacks == [cb for cb in gc.callbacks if "gopy" not in repr(cb)]


def test_import_from_tmp_cwd_unchanged(native: ModuleType, tmp_path: Path) -> None:
    code = """
        import os
        cwd = os.getcwd()
        import sark_accel._native as n
        assert n.module() is not None
        print(os.getcwd() == cwd)
    """
    out = run_python(code, cwd=str(tmp_path))
    assert out.stdout.strip() == "True", out.stderr


def needed_libraries(so: str) -> list[str]:
    if shutil.which("readelf") is None:
        pytest.fail("readelf (binutils) is needed to check the extension's NEEDED entries")
    out = subprocess.run(["readelf", "-d", so], capture_output=True, text=True, check=True).stdout
    return [line.split("[", 1)[1].rstrip("]") for line in out.splitlines() if "(NEEDED)" in line]


def test_extension_does_not_link_libpython(native: ModuleType) -> None:
    needed = needed_libraries(native.__file__)
    assert needed
    assert not [lib for lib in needed if lib.startswith("libpython")], needed


RE2_BACKENDS = {"static": "libre2 (cgo, static)", "shared": "libre2 (cgo, shared)", "wasm": "wasm2go"}


def test_extension_reports_the_re2_it_was_built_with(native: ModuleType) -> None:
    # SARK_ACCEL_RE2 (static/shared/wasm) chose the RE2 at build time (setup.py); CI sets it
    # for the build and the tests alike. Only a shared build may need libre2 at run time.
    re2 = sark_accel.info()["re2"]
    assert re2 in RE2_BACKENDS.values()
    wanted = os.environ.get("SARK_ACCEL_RE2", "auto")
    if wanted != "auto":
        assert re2 == RE2_BACKENDS[wanted]
    libre2 = [lib for lib in needed_libraries(native.__file__) if lib.startswith("libre2")]
    assert bool(libre2) == (re2 == RE2_BACKENDS["shared"]), (re2, libre2)


def test_re2_license_ships_with_the_package() -> None:
    # Every build contains RE2 (linked in, or compiled to Wasm inside go-re2): BSD-3, whose
    # notice must travel with the binary.
    text = (Path(sark_accel.__file__).parent / "licenses" / "RE2.txt").read_text()
    assert "The RE2 Authors" in text and "Redistribution and use in source and binary forms" in text


def test_extension_is_built_without_fast_math(native: ModuleType) -> None:
    # Compiled in the same cgo build as gopy's C, under the same CGO_CFLAGS.
    assert native.sarkbind_BuiltWithFastMath() is False


def test_info_reports_everything(native: ModuleType) -> None:
    info = sark_accel.info()
    assert info["version"] == sark_accel.__version__
    assert info["native"] is True and info["native_error"] is None
    assert str(info["go_version"]).startswith("go1.")
    assert set(info["backends"]) == set(_backend.COMPONENTS)
    json.dumps(info)


@pytest.mark.parametrize("gogc, want", [(None, 400), ("150", 150)])
def test_go_gc_percent_default_and_override(native: ModuleType, gogc: str | None, want: int) -> None:
    # The extension sets GOGC=400 for its runtime unless the environment sets GOGC.
    env = {k: v for k, v in os.environ.items() if k != "GOGC"}
    if gogc is not None:
        env["GOGC"] = gogc
    code = "import json, sark_accel; print(json.dumps(sark_accel.info()['go_gc_percent']))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert json.loads(out.stdout) == want


@pytest.mark.parametrize("gomaxprocs, want", [(None, max(16, os.cpu_count() or 1)), ("3", 3)])
def test_go_maxprocs_default_and_override(native: ModuleType, gomaxprocs: str | None, want: int) -> None:
    # At least 16 Ps (go/sarkbind/procs.go: each Python thread calling in must find one) unless
    # the environment sets GOMAXPROCS. (The default assumes no cgroup limit below the CPU count.)
    env = {k: v for k, v in os.environ.items() if k != "GOMAXPROCS"}
    if gomaxprocs is not None:
        env["GOMAXPROCS"] = gomaxprocs
    code = "import json, sark_accel; print(json.dumps(sark_accel.info()['go_maxprocs']))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert json.loads(out.stdout) == want


def test_cli_info(native: ModuleType) -> None:
    out = subprocess.run([sys.executable, "-m", "sark_accel", "info"], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout)["native"] is True


@pytest.mark.parametrize(
    "env, arg, want",
    [
        ({}, None, "go"),
        ({"SARK_ACCEL_BACKEND": "python"}, None, "python"),
        ({"SARK_ACCEL_BACKEND": "python", "SARK_ACCEL_CACHE_BACKEND": "go"}, None, "go"),
        ({"SARK_ACCEL_BACKEND": "go", "SARK_ACCEL_CACHE_BACKEND": "python"}, None, "python"),
        ({"SARK_ACCEL_CACHE_BACKEND": "python"}, "go", "go"),
        ({"SARK_ACCEL_BACKEND": " GO "}, None, "go"),
    ],
)
def test_backend_precedence(
    native: ModuleType, monkeypatch: pytest.MonkeyPatch, env: dict[str, str], arg: str | None, want: str
) -> None:
    for k in ("SARK_ACCEL_BACKEND", "SARK_ACCEL_CACHE_BACKEND"):
        monkeypatch.delenv(k, raising=False)
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    assert _backend.resolve("cache", arg) == want
    from sark_accel.cache import TTLCache

    assert TTLCache(10, backend=arg).backend == want


def test_invalid_backend_values_name_their_source(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SARK_ACCEL_CACHE_BACKEND", "rust")
    with pytest.raises(ValueError, match="SARK_ACCEL_CACHE_BACKEND"):
        _backend.resolve("cache")
    monkeypatch.delenv("SARK_ACCEL_CACHE_BACKEND")
    monkeypatch.setenv("SARK_ACCEL_BACKEND", "fast")
    with pytest.raises(ValueError, match="SARK_ACCEL_BACKEND"):
        _backend.resolve("cache")
    with pytest.raises(ValueError, match="backend"):
        _backend.resolve("cache", "c++")
    with pytest.raises(TypeError):
        _backend.resolve("cache", 1)  # type: ignore[arg-type]
    assert "error:" in sark_accel.info()["backends"]["cache"]


def test_missing_extension_falls_back_with_one_warning() -> None:
    code = """
        import warnings
        warnings.simplefilter("always")
        with warnings.catch_warnings(record=True) as caught:
            from sark_accel.cache import TTLCache
            a = TTLCache(10); b = TTLCache(10)
        import sark_accel
        print(a.backend, b.backend, len(caught), caught[0].category.__name__, sark_accel.info()["native"])
        print(caught[0].message)
    """
    out = run_python(code, env={"SARK_ACCEL_DISABLE_NATIVE": "1"})
    assert out.returncode == 0, out.stderr
    first, message = out.stdout.splitlines()[:2]
    assert first == "python python 1 NativeUnavailableWarning False"
    assert "SARK_ACCEL_DISABLE_NATIVE" in message


def test_explicit_go_without_extension_raises() -> None:
    code = """
        from sark_accel.cache import TTLCache
        from sark_accel.errors import BackendUnavailable
        for kwargs in ({"backend": "go"}, {}):
            try:
                TTLCache(10, **kwargs)
            except BackendUnavailable as e:
                print("raised", "unavailable" in str(e))
    """
    out = run_python(code, env={"SARK_ACCEL_DISABLE_NATIVE": "1", "SARK_ACCEL_BACKEND": "go"})
    assert out.stdout.split() == ["raised", "True", "raised", "True"], out.stderr


def test_go_panic_becomes_exception(native: ModuleType) -> None:
    with pytest.raises(InternalError, match="go panic: deliberate") as info:
        try:
            native.sarkbind_SelfTestPanic("deliberate")
        except RuntimeError as exc:
            raise from_native(exc) from None
    assert isinstance(info.value, RuntimeError)
    # The interpreter is alive and the extension still works afterwards.
    assert native.sarkbind_GoVersion().startswith("go")


def test_gil_released_during_go_calls(native: ModuleType) -> None:
    # Two threads meet inside one Go function; if the GIL were held, each would time out alone.
    results: list[object] = []

    def meet() -> None:
        try:
            results.append(native.sarkbind_SelfTestRendezvous(5000))
        except RuntimeError as exc:
            results.append(from_native(exc))

    threads = [threading.Thread(target=meet) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [True, True]


def test_rendezvous_alone_times_out(native: ModuleType) -> None:
    with pytest.raises(RuntimeError) as info:
        native.sarkbind_SelfTestRendezvous(20)
    assert isinstance(from_native(info.value), Timeout)


@pytest.mark.parametrize(
    "message, cls, builtin",
    [
        ("sark:invalid_argument:bad", InvalidArgument, ValueError),
        ("sark:not_found:x", NotFound, KeyError),
        ("sark:timeout:slow", Timeout, TimeoutError),
        ("sark:closed:gone", Closed, ValueError),
        ("sark:backend_unavailable:no", BackendUnavailable, RuntimeError),
        ("sark:unknown_kind:?", InternalError, RuntimeError),
        ("no kind at all", InternalError, RuntimeError),
    ],
)
def test_error_mapping(message: str, cls: type, builtin: type) -> None:
    err = from_native(RuntimeError(message))
    assert type(err) is cls and isinstance(err, builtin) and isinstance(err, SarkAccelError)
    assert str(err) == message.split(":", 2)[-1] if message.startswith("sark:") else message


def test_stub_matches_extension(native: ModuleType) -> None:
    stub = Path(native.__file__).with_name("_sarkgo.pyi")
    assert stub.exists(), "the .pyi stub must ship next to the extension"
    declared = {line.split("(")[0][4:] for line in stub.read_text().splitlines() if line.startswith("def ")}
    exported = {name for name in dir(native) if name.startswith("sarkbind_")}
    assert declared == exported


def test_stub_is_current() -> None:
    root = os.environ.get("SARK_REPO_ROOT") or str(Path(__file__).resolve().parent.parent)
    tool = Path(root, "tools", "gen_pyi.py")
    if not tool.exists():
        pytest.skip("source tree not available (set SARK_REPO_ROOT)")
    out = subprocess.run([sys.executable, str(tool), "--check"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
