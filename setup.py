"""Builds the Go extension sark_accel._sarkgo with gopy, then lets setuptools package it.

Steps (see ARCHITECTURE.md): build gopy and goimports from the versions pinned as `tool`
directives in go/sarkbind/go.mod (goimports behind a shim that keeps the GIL in the wrappers of
short functions, tools/gopy_hold_gil.py); pick the RE2 for the injection scanner (choose_re2); run
`gopy build -dynamic-link` on go/sarkbind in a folder inside that module; refuse a result that
links libpython or a shared libre2; copy only the .so into the package.
A release build (tools/build_wheels.sh) sets SARK_ACCEL_PLATFORM and compiles for that platform
instead of this machine (CrossTarget).
The Python wrappers gopy generates are not shipped: the facade calls the extension's functions
directly, so their import-time os.chdir and gc.callbacks hook never run.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import sysconfig
from dataclasses import dataclass, field
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent
BIND = ROOT / "go" / "sarkbind"
EXT_NAME = "sark_accel._sarkgo"


def go_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GOPY_")}  # GOPY_PYLIB re-adds -lpython
    env.update(
        CGO_ENABLED="1",
        GOWORK="off",  # gopy runs `go build -mod=mod`, which workspace mode refuses
        GOTOOLCHAIN=env.get("GOTOOLCHAIN", "local"),
        GOFLAGS="-buildvcs=false -trimpath -modcacherw",
        CGO_CFLAGS="-O2 -fno-fast-math",  # appended after gopy's -ffast-math, so it wins
        CGO_LDFLAGS_ALLOW="-fwrapv",  # Debian's python puts -fwrapv in LDSHARED
    )
    if debug_symbols():
        env["CGO_CFLAGS"] += " -g"  # C debug info for gdb and core dumps
    return env


def debug_symbols() -> bool:
    """SARK_ACCEL_DEBUG_SYMBOLS=1: keep Go's symbol table and DWARF (gopy -symbols=true, no
    `-s -w`) and C debug info, for backtraces through the extension. Not for release wheels."""
    return os.environ.get("SARK_ACCEL_DEBUG_SYMBOLS") == "1"


GOARCH = {"x86_64": "amd64", "aarch64": "arm64"}


@dataclass
class CrossTarget:
    """SARK_ACCEL_PLATFORM=manylinux_2_28_<arch>: a release wheel for that platform. The caller
    (tools/build_wheels.sh) sets CC and CXX to compilers for it (zig cc for glibc 2.28) and
    SARK_ACCEL_PYTHON_INCLUDE to the target CPython's headers (pyconfig.h differs per arch);
    gopy and pybindgen still run on this interpreter, of the same CPython version."""

    platform: str
    arch: str
    include: Path

    @property
    def ext_suffix(self) -> str:
        return f".{sys.implementation.cache_tag}-{self.arch}-linux-gnu.so"

    def vm(self, tools: Path) -> Path:
        """gopy takes the include directory from its -vm's answer; GOPY_INCLUDE makes that answer
        the target's. Set only for this python (gopy itself would add -l$GOPY_PYLIB to the link)."""
        vm = tools / "python-for-target"
        vm.write_text(
            f'#!/bin/sh\nGOPY_INCLUDE="{self.include}" GOPY_LIBDIR=/nonexistent GOPY_PYLIB=unused '
            f'exec "{sys.executable}" "$@"\n'
        )
        vm.chmod(0o755)
        return vm


def cross_target() -> CrossTarget | None:
    platform = os.environ.get("SARK_ACCEL_PLATFORM")
    if not platform:
        return None
    arch = platform.removeprefix("manylinux_2_28_")
    include = Path(os.environ.get("SARK_ACCEL_PYTHON_INCLUDE", "/nonexistent"))
    if arch not in GOARCH:
        raise RuntimeError(f"SARK_ACCEL_PLATFORM must be manylinux_2_28_x86_64 or _aarch64, not {platform!r}")
    if not (include / "Python.h").is_file() or not (include / "pyconfig.h").is_file():
        raise RuntimeError(f"SARK_ACCEL_PYTHON_INCLUDE={include} holds no Python.h and pyconfig.h")
    if not os.environ.get("CC") or not os.environ.get("CXX"):
        raise RuntimeError(f"SARK_ACCEL_PLATFORM={platform} needs CC and CXX that compile for it")
    return CrossTarget(platform, arch, include)


def run(cmd: list[str], cwd: Path, env: dict[str, str]) -> None:
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, cwd=cwd, env=env, check=True)


def needed_libraries(so: Path) -> list[str]:
    out = subprocess.run(["readelf", "-d", str(so)], capture_output=True, text=True, check=True).stdout
    return [line.split("[", 1)[1].rstrip("]") for line in out.splitlines() if "(NEEDED)" in line]


@dataclass
class RE2Choice:
    summary: str  # the one line the build prints
    tags: list[str] = field(default_factory=list)  # Go build tags
    env: dict[str, str] = field(default_factory=dict)


def pkg_config(*args: str) -> str | None:
    out = subprocess.run(["pkg-config", *args, "re2"], capture_output=True, text=True)
    return out.stdout.strip() if out.returncode == 0 else None


def links_into_shared_object(archive: Path, workdir: Path) -> bool:
    """Only position-independent code can go into the extension (Debian's libre2.a is not)."""
    cxx = os.environ.get("CXX", "g++")
    out = workdir / "re2-pic-check.so"
    cmd = [cxx, "-shared", "-o", str(out), "-Wl,--whole-archive", str(archive), "-Wl,--no-whole-archive"]
    return subprocess.run([*cmd, "-lstdc++", "-pthread"], capture_output=True).returncode == 0


def cache_key(what: str) -> dict[str, str]:
    """Go's build cache does not key on pkg-config's output: a define naming the libre2 to link
    makes the cgo packages (and the link) rebuild when it changes."""
    stamp = hashlib.sha1(what.encode()).hexdigest()[:16]
    return {"CGO_CPPFLAGS": f"{os.environ.get('CGO_CPPFLAGS', '')} -DSARK_ACCEL_RE2={stamp}".strip()}


def choose_re2(mode: str, workdir: Path) -> RE2Choice:
    """SARK_ACCEL_RE2=auto (default) | static | shared | wasm: the RE2 go-re2 runs in the extension.

    static (auto's first choice): go-re2's `#cgo pkg-config: re2` finds a generated re2.pc
    whose Libs name libre2.a itself, so the extension needs no libre2.so at run time (gopy's
    version script keeps RE2's symbols local to it). The archive must be position-independent
    and need nothing else (RE2 up to 2022, before Abseil): tools/build_re2.sh builds one.
    shared: links the libre2.so pkg-config names, which must then be there at run time.
    wasm (auto's fallback): RE2 compiled to Wasm and then to Go, inside go-re2.
    """
    if mode not in ("auto", "static", "shared", "wasm"):
        raise RuntimeError(f"SARK_ACCEL_RE2 must be auto, static, shared or wasm, not {mode!r}")
    if mode == "wasm":
        return RE2Choice("wasm2go (SARK_ACCEL_RE2=wasm)")
    libdir = pkg_config("--variable=libdir") if shutil.which("pkg-config") else None
    archive = Path(libdir or "/nonexistent") / "libre2.a"
    if libdir is None:
        why = "pkg-config finds no re2"
    elif mode == "shared":
        flags = pkg_config("--cflags", "--libs") or ""
        return RE2Choice(
            f"libre2 (cgo, shared) from {libdir}: libre2.so is needed at run time", ["re2_cgo"], cache_key(flags)
        )
    elif not archive.is_file():
        why = f"no {archive}"
    elif requires := pkg_config("--print-requires"):
        why = f"libre2 needs {requires.split()} (Abseil) too"
    elif not links_into_shared_object(archive, workdir):
        why = f"{archive} does not link into a shared object (not position-independent code?)"
    else:
        (workdir / "re2.pc").write_text(
            "Name: re2\nDescription: RE2, linked statically into sark-accel\nVersion: "
            f"{pkg_config('--modversion')}\nCflags: {pkg_config('--cflags')}\n"
            f"Libs: {archive} -lstdc++ -lm -pthread\n"
        )
        path = os.pathsep.join(p for p in (str(workdir), os.environ.get("PKG_CONFIG_PATH")) if p)
        st = archive.stat()
        return RE2Choice(
            f"libre2 (cgo, static) from {archive}",
            ["re2_cgo", "sark_re2_static"],
            {"PKG_CONFIG_PATH": path, **cache_key(f"{archive}:{st.st_size}:{st.st_mtime_ns}")},
        )
    hint = "PKG_CONFIG_PATH=$(tools/build_re2.sh) builds a static libre2 (see README)"
    if mode != "auto":
        raise RuntimeError(f"SARK_ACCEL_RE2={mode}, but {why}; {hint}")
    return RE2Choice(f"wasm2go ({why}; {hint})")


def write_goimports_shim(tools: Path) -> None:
    """gopy runs `goimports -w sarkgo.go` on the code it generates: this `goimports` first puts
    the generated functions in name order (tools/gopy_stable_order.py: gopy writes them in Go map
    order, so builds differed), then lets tools/gopy_hold_gil.py keep the GIL in the wrappers of
    functions marked //sark:holdgil."""
    shim = tools / "goimports"
    order = ROOT / "tools" / "gopy_stable_order.py"
    script = ROOT / "tools" / "gopy_hold_gil.py"
    shim.write_text(
        f'#!/bin/sh\n"{sys.executable}" "{order}" "$@" || exit 1\n'
        f'exec "{sys.executable}" "{script}" "{BIND}" "{tools / "goimports-real"}" "$@"\n'
    )
    shim.chmod(0o755)


def write_go_shim(tools: Path, go: str) -> None:
    """gopy runs `go` from PATH: this `go` first declares in the generated module init, if it is
    there yet, that the extension needs no GIL on a free-threaded CPython
    (tools/gopy_free_threaded.py), then gives the final link's linker version script a path that
    is the same in every build (tools/gopy_stable_link.py: gopy's random temporary path went
    into the extension's build ID)."""
    shim = tools / "go"
    shim.write_text(
        f'#!/bin/sh\n"{sys.executable}" "{ROOT / "tools" / "gopy_free_threaded.py"}" sarkgo.c || exit 1\n'
        f'exec "{sys.executable}" "{ROOT / "tools" / "gopy_stable_link.py"}" "{go}" "$@"\n'
    )
    shim.chmod(0o755)


class GopyBuildExt(build_ext):
    def get_ext_filename(self, fullname: str) -> str:
        # fullname is "sark_accel._sarkgo", or only "_sarkgo" when get_ext_fullpath asks
        target = cross_target()
        if fullname not in (EXT_NAME, EXT_NAME.rpartition(".")[2]) or target is None:
            return str(super().get_ext_filename(fullname))
        return fullname.replace(".", os.sep) + target.ext_suffix

    def build_extension(self, ext: Extension) -> None:
        if ext.name != EXT_NAME:
            return super().build_extension(ext)
        go = shutil.which("go")
        if go is None:
            raise RuntimeError("sark-accel needs the Go toolchain (go 1.26+) on PATH to build its extension")
        env = go_env()
        target = cross_target()
        tools = Path(self.build_temp).resolve() / "gopy-tools"
        tools.mkdir(parents=True, exist_ok=True)
        host = {k: v for k, v in env.items() if k not in ("CC", "CXX", "GOARCH")}  # the tools run here
        for pkg, name in (
            ("github.com/go-python/gopy", "gopy"),
            ("golang.org/x/tools/cmd/goimports", "goimports-real"),
        ):
            run([go, "build", "-o", str(tools / name), pkg], BIND, host)
        vm = Path(sys.executable)
        if target is not None:
            env["GOARCH"] = GOARCH[target.arch]
            vm = target.vm(tools)
            print(f"sark-accel: building for {target.platform} with CC={env['CC']}", flush=True)
        write_goimports_shim(tools)
        write_go_shim(tools, go)
        env["PATH"] = f"{tools}{os.pathsep}{env.get('PATH', '')}"  # gopy runs `goimports` and `go` from PATH
        re2 = choose_re2(os.environ.get("SARK_ACCEL_RE2", "auto"), tools)
        print(f"sark-accel: RE2 for the injection scanner: {re2.summary}", flush=True)
        env.update(re2.env)

        tag = sysconfig.get_config_var("SOABI") or f"py{sys.version_info[0]}{sys.version_info[1]}"
        if target is not None:
            tag = f"{sys.implementation.cache_tag}-{target.arch}"
        out = BIND / "_gopy" / tag  # must be inside the Go module; "_" keeps it out of ./...
        shutil.rmtree(out, ignore_errors=True)
        run(
            [
                str(tools / "gopy"),
                "build",
                f"-vm={vm}",
                f"-output={out}",
                "-name=sarkgo",
                "-no-make",
                "-dynamic-link",
                f"-symbols={'true' if debug_symbols() else 'false'}",
                # gopy's first `go build` quotes these wrongly, so it checks the package without
                # them: harmless, the binding's API is the same under every tag.
                f"-build-tags={','.join(re2.tags)}",
                ".",
            ],
            BIND,
            env,
        )
        suffix = sysconfig.get_config_var("EXT_SUFFIX")
        so = out / f"_sarkgo{suffix}"
        if not so.exists():
            raise RuntimeError(f"gopy did not produce {so.name}; files: {sorted(p.name for p in out.iterdir())}")
        if shutil.which("readelf"):
            libs = needed_libraries(so)
            bad = [lib for lib in libs if lib.startswith("libpython")]
            if bad:
                raise RuntimeError(f"{so.name} links {bad}: it must leave Py* symbols to the interpreter")
            if "sark_re2_static" in re2.tags and [lib for lib in libs if lib.startswith("libre2")]:
                raise RuntimeError(f"{so.name} links a shared libre2 ({libs}): it must be static")
        dest = Path(self.get_ext_fullpath(ext.name))
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(so, dest)


_target = cross_target()
setup(
    ext_modules=[Extension(EXT_NAME, sources=[])],
    cmdclass={"build_ext": GopyBuildExt},
    options={"bdist_wheel": {"plat_name": _target.platform}} if _target else {},
)
