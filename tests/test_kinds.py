"""The one error-kind table (go/sarkbind/kinds.go), its generated copy, and the Python classes agree."""

from __future__ import annotations

import builtins
import importlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest

import sark_accel.anomaly.errors  # noqa: F401  (registers its kinds)
import sark_accel.authn.errors  # noqa: F401  (registers its kinds)
import sark_accel.injection.errors  # noqa: F401
import sark_accel.mcp.errors  # noqa: F401
import sark_accel.policy.errors  # noqa: F401
from sark_accel import errors
from sark_accel._kinds import KINDS

ROOT = Path(os.environ.get("SARK_REPO_ROOT", Path(__file__).resolve().parent.parent))


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_each_row_names_a_class_of_that_kind_with_its_builtin(kind: str) -> None:
    module, name, builtin = KINDS[kind]
    cls = getattr(importlib.import_module(module), name)
    assert issubclass(cls, errors.SarkAccelError)
    assert issubclass(cls, getattr(builtins, builtin))
    assert errors.kind_class(kind) is cls
    assert cls.kind == kind or kind == "panic"  # panic: a recovered Go panic raises InternalError


def test_every_registered_kind_is_a_row() -> None:
    assert set(errors._KINDS) == set(KINDS)


def test_native_errors_map_through_the_table() -> None:
    for kind, (module, name, _) in KINDS.items():
        if kind in ("policy_compile", "policy_network_disabled", "mcp"):
            continue  # their text is JSON, covered by the policy and mcp tests
        err = errors.from_native(RuntimeError(f"sark:{kind}:boom"))
        assert type(err) is getattr(importlib.import_module(module), name)
        assert str(err) == "boom"
    assert type(errors.from_native(RuntimeError("sark:no_such_kind:x"))) is errors.InternalError


@pytest.mark.skipif(shutil.which("go") is None, reason="needs the Go toolchain")
def test_generated_file_matches_the_go_table() -> None:
    generated = ROOT / "sark_accel" / "_kinds.py"
    assert generated.read_text() == Path(importlib.import_module("sark_accel._kinds").__file__ or "").read_text()
    run = subprocess.run(
        ["go", "test", "./go/sarkbind", "-run", "^TestKindTable$", "-count=1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "GOTOOLCHAIN": "local"},
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_evaluate_many_item_errors_raise_the_class_of_their_kind(native: object) -> None:
    from sark_accel.policy import PolicyEngine, PolicyEvalError

    engine = PolicyEngine(backend="go")
    engine.load_policy("p.rego", "package p\nx := 1 if input.a\nx := 2 if input.b\n")
    assert engine.evaluate_many("data.p.x", [{"a": True}]) == [1]
    with pytest.raises(PolicyEvalError, match="conflict"):
        engine.evaluate_many("data.p.x", [{"a": True}, {"a": True, "b": True}])
