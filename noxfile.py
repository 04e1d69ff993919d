"""Sessions: lint, go, rego, tests (what `nox` runs), and fuzz, wheel, bench, pins on request.

nox                      # the README's test command: lint, go, rego, tests (on every CPython in PYTHONS)
nox -s bench -- cache    # side-by-side benchmark ratios
nox -s pins              # refresh tools/requirements/*.txt (docs/dependencies.md)

Every tool a session uses is pinned in tools/requirements/*.txt and installed into that
session's own virtualenv, never into the environment nox runs from.
"""

from __future__ import annotations

import glob
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import nox

ROOT = Path(__file__).resolve().parent
REQUIREMENTS = ROOT / "tools" / "requirements"
PYTHONS = ["3.11", "3.12"]
GO_PACKAGES = "github.com/sark-accel/sark-accel/go/..."  # every module in go.work
INJECTION = "github.com/sark-accel/sark-accel/go/injection"
# Under the race detector go-re2's wasm2go RE2 (generated Go) runs ~50x slower, so with it the race
# run of go/injection is limited to the tests that run goroutines or swap the pattern library;
# every test of the package still runs without the race detector, and all of them under race
# on libre2 (re2_cgo) when the static RE2 is there.
INJECTION_RACE_WASM2GO = "Parallel|Warm|PatternManagement"
GO_TEST_TIMEOUT = "20m"  # per package; the slowest (go/injection on wasm2go) takes about 3 min

nox.options.sessions = ["lint", "go", "rego", "tests"]
os.environ.setdefault("GOTOOLCHAIN", "local")  # the installed Go; never a toolchain download
nox.options.reuse_existing_virtualenvs = False

# pyenv keeps every interpreter in its own folder; put them on PATH so `python3.12` resolves.
_pyenv_root = os.environ.get("PYENV_ROOT", os.path.expanduser("~/.pyenv"))
_extra = sorted(glob.glob(os.path.join(_pyenv_root, "versions", "3.*", "bin")), reverse=True)
os.environ["PATH"] = os.pathsep.join([*_extra, os.environ.get("PATH", "")])


def _requirements(name: str) -> str:
    return str(REQUIREMENTS / f"{name}.txt")


_re2: dict[str, str] = {}


def _native_re2(session: nox.Session) -> str:
    """The RE2 the wheel and the Go tests use: "static" when tools/build_re2.sh could build (or
    had built, in build/re2) a static libre2 from Debian's source package, else "wasm" (go-re2's
    pure-Go fallback). Decided once per nox run; the choice goes into the environment of every
    later step (PKG_CONFIG_PATH for the build, SARK_ACCEL_RE2 so a test checks the wheel got it)."""
    if "choice" in _re2:
        return _re2["choice"]
    asked = os.environ.get("SARK_ACCEL_RE2", "auto")
    if asked in ("wasm", "shared"):
        _re2["choice"] = asked
        return asked
    out = subprocess.run(["bash", str(ROOT / "tools" / "build_re2.sh")], capture_output=True, text=True)
    if out.returncode == 0:
        pc = out.stdout.strip().splitlines()[-1]
        old = os.environ.get("PKG_CONFIG_PATH")
        os.environ["PKG_CONFIG_PATH"] = os.pathsep.join([pc, old] if old else [pc])
        os.environ["SARK_ACCEL_RE2"] = "static"
        session.log(f"RE2: static libre2 from {Path(pc).parents[1]} (tools/build_re2.sh)")
        _re2["choice"] = "static"
        return "static"
    why = out.stderr.strip().splitlines()[-3:]
    if asked == "static":
        session.error("SARK_ACCEL_RE2=static, but tools/build_re2.sh failed:\n" + "\n".join(why))
    session.warn(
        "RE2: no static libre2 (tools/build_re2.sh failed: " + " / ".join(why) + "); the wheel uses go-re2's "
        "wasm2go RE2 (slower scanner) and go/injection's race run is limited to " + INJECTION_RACE_WASM2GO + ". "
        "README, 'Native RE2': deb-src entries, dpkg-dev and unicode-data let it build."
    )
    _re2["choice"] = "wasm"
    return "wasm"


def _build_wheel(session: nox.Session, out: Path) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    session.run("python", "-m", "pip", "wheel", str(ROOT), "--no-deps", "-w", str(out), silent=False)
    wheels = sorted(out.glob("sark_accel-*.whl"), key=os.path.getmtime)
    if not wheels:
        session.error("no wheel was built")
    return wheels[-1]


def _opa_binary(session: nox.Session) -> str:
    """Build (once) the opa CLI of the same OPA version as go/policy; return its path."""
    out = subprocess.run(["bash", str(ROOT / "tools" / "build_opa.sh")], capture_output=True, text=True)
    if out.returncode != 0:
        session.error(f"tools/build_opa.sh failed:\n{out.stderr[-3000:]}")
    return out.stdout.strip().splitlines()[-1]


def _check_needed(session: nox.Session, wheel: Path) -> None:
    """The extension must not link libpython (auditwheel does not check this)."""
    session.run(sys.executable, str(ROOT / "tools" / "check_no_libpython.py"), str(wheel), external=True)


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """Build the wheel, install it in a fresh venv, run pytest from a copy of tests/ elsewhere."""
    _native_re2(session)
    tmp = Path(session.create_tmp())
    wheel = _build_wheel(session, tmp / "wheelhouse")
    _check_needed(session, wheel)
    session.install(str(wheel), "-r", _requirements("test"))
    work = tmp / "run"
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(ROOT / "tests", work / "tests")
    env = {"SARK_REPO_ROOT": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1", "SARK_OPA_BIN": _opa_binary(session)}
    session.chdir(work)
    session.run(
        "python", "-c", "import sark_accel, sys; assert 'site-packages' in sark_accel.__file__, sark_accel.__file__"
    )
    session.run("python", "-m", "pytest", "-p", "no:cacheprovider", "-q", "tests", *session.posargs, env=env)


@nox.session(python=False)
def go(session: nox.Session) -> None:
    """gofmt, go vet, then over every Go module in go.work: go test -race -short, and go test (the
    full randomized rounds); go/injection on both RE2s (wasm2go, and libre2 when built)."""
    unformatted = subprocess.run(["gofmt", "-l", "go"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    if unformatted.strip():
        session.error(f"gofmt would change:\n{unformatted}")
    native = _native_re2(session) == "static"
    session.run("go", "vet", GO_PACKAGES, external=True)
    # go/mcp's TestDifferential replays inputs judged by the Python reference (same seed each run).
    diff_file = str(Path(session.create_tmp()).resolve() / "mcp_differential.jsonl")  # go test runs in the package
    gen = str(ROOT / "tests" / "mcp" / "gen_differential.py")
    session.run(sys.executable, gen, diff_file, "20000", "1", silent=True, external=True)
    env = {"MCP_DIFF_FILE": diff_file}
    test = ["go", "test", "-count=1", f"-timeout={GO_TEST_TIMEOUT}"]
    others = [p for p in _go_list(GO_PACKAGES) if p != INJECTION]
    # The race detector slows go-re2's and wazero's generated code tens of times: under it, the
    # randomized equivalence tests run their short form (-short); the full rounds run without it.
    session.run(*test, "-race", "-short", *others, *session.posargs, env=env, external=True)
    session.run(*test, "-race", "-short", "-run", INJECTION_RACE_WASM2GO, INJECTION, *session.posargs, external=True)
    session.run(*test, GO_PACKAGES, *session.posargs, env=env, external=True)
    if native:
        # The scanner once more on libre2 through cgo, as setup.py links it.
        tags = ["-tags", "re2_cgo"]
        session.run("go", "vet", "-tags", "re2_cgo,sark_re2_static", INJECTION, "./go/sarkbind", external=True)
        session.run(*test, "-race", "-short", *tags, INJECTION, *session.posargs, external=True)
        session.run(*test, *tags, INJECTION, *session.posargs, external=True)


def _go_list(pattern: str) -> list[str]:
    return subprocess.run(["go", "list", pattern], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()


@nox.session(python=False)
def rego(session: nox.Session) -> None:
    """The shipped policies' Rego unit tests and strict checks, with the opa CLI of go/policy's version."""
    opa = _opa_binary(session)
    session.run(opa, "check", "--strict", "sark_accel/policies/gateway", external=True)
    session.run(opa, "test", "-v", "sark_accel/policies/gateway", external=True)


@nox.session(python=False)
def fuzz(session: nox.Session) -> None:
    """Run every Go fuzz target briefly (FUZZTIME, default 10s each)."""
    fuzztime = os.environ.get("FUZZTIME", "10s")
    native = _native_re2(session) == "static"
    for pkg in _go_list(GO_PACKAGES):
        listed = subprocess.run(
            ["go", "test", "-list", "^Fuzz", pkg], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout
        for name in [n for n in listed.split() if n.startswith("Fuzz")]:
            _fuzz_target(session, pkg, name, fuzztime)
            if pkg == INJECTION and name == "FuzzScanText" and native:
                _fuzz_target(session, pkg, name, fuzztime, ["-tags", "re2_cgo"])


def _fuzz_target(session: nox.Session, pkg: str, name: str, fuzztime: str, tags: list[str] | None = None) -> None:
    """One fuzz target. Go's fuzzing coordinator (before Go 1.27, golang/go#75804) can fail a run
    with only "context deadline exceeded" when -fuzztime ends: a race in its own shutdown, with
    no failing input. Such a run is repeated once. A real failure names the failing input
    (written under testdata/fuzz) and fails at once."""
    cmd = ["go", "test", *(tags or []), "-run", "^$", "-fuzz", f"^{name}$", "-fuzztime", fuzztime, pkg]
    for attempt in (1, 2):
        session.log(" ".join(cmd))
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        print(proc.stdout + proc.stderr, end="", flush=True)
        if proc.returncode == 0:
            return
        out = proc.stdout + proc.stderr
        if attempt == 1 and "context deadline exceeded" in out and "Failing input written" not in out:
            session.log(f"{name}: Go's fuzzing shutdown race (golang/go#75804), no failing input: once more")
            continue
        session.error(f"{name} failed")


@nox.session(python=PYTHONS[-1])
def lint(session: nox.Session) -> None:
    """Static checks: ruff and mypy --strict (Python), with the pinned tools and the optional
    dependencies installed, so mypy sees the same modules everywhere. gofmt and vet: `go`."""
    session.install("-r", _requirements("lint"), "-r", _requirements("test"))
    session.run("ruff", "check", "sark_accel", "tools", "noxfile.py", "setup.py")
    session.run("ruff", "format", "--check", "sark_accel", "tests", "tools", "noxfile.py", "setup.py")
    session.run("mypy", "sark_accel")


@nox.session(python=PYTHONS[0])
def wheel(session: nox.Session) -> None:
    """Build the wheel and the sdist, build a second wheel from the sdist, check both."""
    out = ROOT / "dist"
    session.install("build", "auditwheel")
    session.run("python", "-m", "build", "--sdist", "--outdir", str(out), str(ROOT))
    sdist = sorted(out.glob("sark_accel-*.tar.gz"), key=os.path.getmtime)[-1]
    session.run("python", "-m", "pip", "wheel", str(sdist), "--no-deps", "-w", str(out))
    wheel_path = sorted(out.glob("sark_accel-*.whl"), key=os.path.getmtime)[-1]
    _check_needed(session, wheel_path)
    session.run("auditwheel", "show", str(wheel_path))  # the manylinux tag the .so allows
    session.log(f"built {sdist.name} and {wheel_path.name}")


RELEASE_PYTHONS = ["3.10", "3.11", "3.12", "3.13", "3.14"]  # tools/build_wheels.sh builds a wheel for each
NO_TOOLCHAIN = ["go", "gofmt", "cc", "gcc", "g++", "c++", "clang", "zig", "ld", "as"]
ALLOWED_TOOLS = ["sh", "bash", "env", "cat", "uname", "readelf", "redis-server", "git"]  # what tests/ runs


@nox.session(python=RELEASE_PYTHONS)
def wheel_test(session: nox.Session) -> None:
    """The x86_64 release wheel for this CPython (tools/build_wheels.sh, in dist/ or $WHEEL_DIR),
    installed and tested where neither Go nor a C compiler is on PATH: PATH holds only this
    virtualenv and links to ALLOWED_TOOLS; pip may install wheels only; tests/ run from a copy."""
    v = session.python if isinstance(session.python, str) else PYTHONS[-1]
    tag = "cp" + v.replace(".", "")
    dist = Path(os.environ.get("WHEEL_DIR", ROOT / "dist"))
    wheels = sorted(dist.glob(f"sark_accel-*-{tag}-{tag}-manylinux_2_28_x86_64.whl"))
    if len(wheels) != 1:
        session.error(f"want one {tag} manylinux_2_28_x86_64 wheel in {dist}, found {wheels}: tools/build_wheels.sh")
    tmp = Path(session.create_tmp()).resolve()  # absolute: PATH must still hold after the chdir below
    allowed = tmp / "allowed-tools"
    shutil.rmtree(allowed, ignore_errors=True)
    allowed.mkdir()
    for tool in ALLOWED_TOOLS:
        if found := shutil.which(tool):
            (allowed / tool).symlink_to(found)
    env = {"PATH": os.pathsep.join([str(Path(session.bin).resolve()), str(allowed)]), "SARK_ACCEL_RE2": "static"}
    no_toolchain = f"import shutil, sys; on = [t for t in {NO_TOOLCHAIN!r} if shutil.which(t)]; sys.exit(on or 0)"
    session.run("python", "-c", no_toolchain, env=env)
    # The pinned test tools need CPython 3.11+ (cachetools 8): 3.10 gets the `test` extra's ranges.
    deps = [f"{wheels[0]}[test]"] if v == "3.10" else [str(wheels[0]), "-r", _requirements("test")]
    session.run("python", "-m", "pip", "install", "-q", "--only-binary=:all:", *deps, env=env)
    work = tmp / "run"
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(ROOT / "tests", work / "tests")
    env |= {"SARK_REPO_ROOT": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1", "SARK_OPA_BIN": _opa_binary(session)}
    session.chdir(work)
    session.run("python", "-c", "import sark_accel; assert sark_accel.info()['re2'] == 'libre2 (cgo, static)'", env=env)
    # posargs: the test paths (default all of tests/); CI passes a subset to stay within its time.
    session.run("python", "-m", "pytest", "-p", "no:cacheprovider", "-q", *(session.posargs or ["tests"]), env=env)


@nox.session(python=PYTHONS[0])
def bench(session: nox.Session) -> None:
    """Install the wheel and print side-by-side benchmark ratios: nox -s bench -- [component] [--quick]."""
    _native_re2(session)
    wheel_path = _build_wheel(session, Path(session.create_tmp()) / "wheelhouse")
    session.install(str(wheel_path), "-r", _requirements("test"))
    session.chdir(session.create_tmp())
    session.run("sark-accel", "bench", *(session.posargs or ["all"]))


@nox.session(python=PYTHONS[0])
def pins(session: nox.Session) -> None:
    """Re-pin tools/requirements/NAME.txt from NAME.in: the newest versions the .in allows, resolved
    in a fresh virtualenv (docs/dependencies.md says when and how to review the result)."""
    for source in sorted(REQUIREMENTS.glob("*.in")):
        venv = Path(session.create_tmp()) / f"pin-{source.stem}"
        shutil.rmtree(venv, ignore_errors=True)
        session.run("python", "-m", "venv", str(venv))
        pip = str(venv / "bin" / "pip")
        session.run(pip, "install", "-q", "--disable-pip-version-check", "-r", str(source), external=True)
        frozen = str(session.run(pip, "freeze", "--disable-pip-version-check", external=True, silent=True))
        if source.stem in HASHED:
            frozen = _with_hashes(session, pip, frozen, venv / "downloads")
        header = f"# Pinned from {source.name} by `nox -s pins` (docs/dependencies.md); do not edit by hand.\n"
        source.with_suffix(".txt").write_text(header + frozen)
        session.log(f"wrote {source.with_suffix('.txt').relative_to(ROOT)}")


HASHED = {"release"}  # requirement sets installed with --require-hashes (zig is a compiler we run)


def _with_hashes(session: nox.Session, pip: str, frozen: str, downloads: Path) -> str:
    """Add the sha256 of this platform's distribution of each pin (pip download, --no-deps)."""
    lines = []
    for pin in frozen.split():
        shutil.rmtree(downloads, ignore_errors=True)
        session.run(pip, "download", "-q", "--no-deps", "-d", str(downloads), pin, external=True, silent=True)
        (dist,) = downloads.iterdir()
        lines.append(f"{pin} \\\n    --hash=sha256:{hashlib.sha256(dist.read_bytes()).hexdigest()}")
    return "\n".join(lines) + "\n"
