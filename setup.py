"""Builds the Go extension sark_accel._sarkgo with gopy, then lets setuptools package it.

Steps (see ARCHITECTURE.md): build gopy and goimports from the versions pinned as `tool`
directives in go/sarkbind/go.mod; run `gopy build -dynamic-link` on go/sarkbind in a folder
inside that module; refuse a result that links libpython; copy only the .so into the package.
The Python wrappers gopy generates are not shipped: the facade calls the extension's functions
directly, so their import-time os.chdir and gc.callbacks hook never run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
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
    return env


def run(cmd: list[str], cwd: Path, env: dict[str, str]) -> None:
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, cwd=cwd, env=env, check=True)


def needed_libraries(so: Path) -> list[str]:
    out = subprocess.run(["readelf", "-d", str(so)], capture_output=True, text=True, check=True).stdout
    return [line.split("[", 1)[1].rstrip("]") for line in out.splitlines() if "(NEEDED)" in line]


class GopyBuildExt(build_ext):
    def build_extension(self, ext: Extension) -> None:
        if ext.name != EXT_NAME:
            return super().build_extension(ext)
        go = shutil.which("go")
        if go is None:
            raise RuntimeError("sark-accel needs the Go toolchain (go 1.26+) on PATH to build its extension")
        env = go_env()
        tools = Path(self.build_temp).resolve() / "gopy-tools"
        tools.mkdir(parents=True, exist_ok=True)
        for pkg, name in (("github.com/go-python/gopy", "gopy"), ("golang.org/x/tools/cmd/goimports", "goimports")):
            run([go, "build", "-o", str(tools / name), pkg], BIND, env)
        env["PATH"] = f"{tools}{os.pathsep}{env.get('PATH', '')}"  # gopy runs `goimports` from PATH

        tag = sysconfig.get_config_var("SOABI") or f"py{sys.version_info[0]}{sys.version_info[1]}"
        out = BIND / "_gopy" / tag  # must be inside the Go module; "_" keeps it out of ./...
        shutil.rmtree(out, ignore_errors=True)
        run(
            [
                str(tools / "gopy"),
                "build",
                f"-vm={sys.executable}",
                f"-output={out}",
                "-name=sarkgo",
                "-no-make",
                "-dynamic-link",
                "-symbols=false",
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
            bad = [lib for lib in needed_libraries(so) if lib.startswith("libpython")]
            if bad:
                raise RuntimeError(f"{so.name} links {bad}: it must leave Py* symbols to the interpreter")
        dest = Path(self.get_ext_fullpath(ext.name))
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(so, dest)


setup(
    ext_modules=[Extension(EXT_NAME, sources=[])],
    cmdclass={"build_ext": GopyBuildExt},
)
