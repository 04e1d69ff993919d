#!/usr/bin/env python3
"""Write tests/data/mcp/revisions.jsonl: MCP messages of every revision, judged by the SDK's own models.

    python tools/gen_mcp_revisions.py [--check]

Reads the pinned SDK (``mcp_types``, a test dependency) and writes one JSON object per line:

    {"case": "tools/call@2026-07-28:minimal", "method": ..., "revision": ..., "message": {...},
     "protocol_version": <what the message claims, or null>, "sdk": "accepts" | "rejects",
     "sdk_2025_11_25": "accepts" | "rejects" | null}

The (method, revision) pairs are the SDK's surface maps (``mcp_types.methods``: what a client
or a server may send in each revision) plus the methods the 2025-11-25 schema defines that the
SDK leaves out of them (``tasks/*``). For each pair: a message with the required params only,
one with every params field, for the handshake revisions one that also names its revision in
``_meta``, then one per required field left out and one per required field of the wrong JSON
type (judged by the pair's model), and for each revision that lacks the method, a message that
claims that revision (the SDK refuses it at its version gate). ``sdk`` is what the model says
when the message is validated, never assumed; ``sdk_2025_11_25``, for a 2026-07-28 message
whose method the handshake revisions have too, is the 2025-11-25 model's verdict on the same
message (which is what a message that does not name its revision is taken for). ``--check``
fails when the committed file is stale.
The Go (go/mcp revisions_test.go) and Python (tests/mcp/test_revisions.py) tests replay it.
"""

from __future__ import annotations

import json
import sys
import types as pytypes
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import mcp_types._v2025_11_25 as v2025
from mcp_types import methods
from mcp_types.version import KNOWN_PROTOCOL_VERSIONS, MODERN_PROTOCOL_VERSIONS
from pydantic import BaseModel, RootModel, ValidationError

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "mcp" / "revisions.jsonl"
META_VERSION = "io.modelcontextprotocol/protocolVersion"


def surface() -> dict[tuple[str, str], type[BaseModel]]:
    """(method, revision) -> the model of the whole message, for every pair some revision defines."""
    out: dict[tuple[str, str], type[BaseModel]] = {}
    for table in (
        methods.CLIENT_REQUESTS,
        methods.CLIENT_NOTIFICATIONS,
        methods.SERVER_REQUESTS,
        methods.SERVER_NOTIFICATIONS,
    ):
        out.update(table)
    # Defined by the 2025-11-25 schema, left out of the SDK's maps ("tasks/* deliberately absent").
    for name in dir(v2025):
        model = getattr(v2025, name)
        if isinstance(model, type) and issubclass(model, BaseModel) and "method" in model.model_fields:
            (method,) = typing.get_args(model.model_fields["method"].annotation) or (None,)
            if isinstance(method, str) and "tasks" in method.split("/")[:-1]:
                out.setdefault((method, "2025-11-25"), model)
    return out


def arms(ann: Any) -> list[Any]:
    """The alternatives of a union annotation without None, or [ann]."""
    if typing.get_origin(ann) in (typing.Union, pytypes.UnionType):
        return [a for a in typing.get_args(ann) if a is not type(None)]
    return [ann]


def value(ann: Any, full: bool) -> Any:
    """A value the annotation accepts: required fields only, or every field when full."""
    ann = arms(ann)[0]
    origin = typing.get_origin(ann)
    if origin is typing.Annotated:
        return value(typing.get_args(ann)[0], full)
    if origin is typing.Literal:
        # Not get_args()[0]: before 3.14, typing caches unions by equality, and Literals with the
        # same values in another order are equal, so `Literal[...] | None` can hold another
        # module's spelling (the SDK writes includeContext's values in two orders).
        return min(typing.get_args(ann), key=repr)
    if origin in (list, tuple, set, frozenset):
        return []
    if origin is dict or ann is dict:
        return {}
    if isinstance(ann, type) and issubclass(ann, RootModel):
        return value(ann.model_fields["root"].annotation, full)
    if isinstance(ann, type) and issubclass(ann, BaseModel):
        return model_value(ann, full)
    return {str: "x", int: 1, float: 0.5, bool: True}.get(ann, "x")


def model_value(model: type[BaseModel], full: bool) -> dict[str, Any]:
    return {
        f.alias or name: value(f.annotation, full)
        for name, f in model.model_fields.items()
        if f.is_required() or (full and name != "meta")
    }


def wrong(v: Any) -> Any:
    """A value of another JSON type (an array for a string: a string-or-integer field takes 12345)."""
    return [] if isinstance(v, str) else "x"


def params_models(model: type[BaseModel]) -> list[type[BaseModel] | None]:
    """The params model of each arm of a message model's params (None: params is optional)."""
    f = model.model_fields.get("params")
    if f is None:
        return [None]
    return [a for a in arms(f.annotation) if isinstance(a, type) and issubclass(a, BaseModel)]


def verdict(model: type[BaseModel], message: dict[str, Any]) -> str:
    """What the model says of the whole message."""
    try:
        model.model_validate(message, by_name=False)
    except ValidationError:
        return "rejects"
    return "accepts"


def frame(method: str, model: type[BaseModel], params: dict[str, Any] | None) -> dict[str, Any]:
    m: dict[str, Any] = {"jsonrpc": "2.0"}
    if "id" in model.model_fields:
        m["id"] = 1
    m["method"] = method
    if params is not None:
        m["params"] = params
    return m


def claimed(method: str, params: dict[str, Any] | None) -> str | None:
    """The revision a message built here names (it names it on purpose, in these places only)."""
    if params is None:
        return None
    meta = params.get("_meta")
    if isinstance(meta, dict) and isinstance(meta.get(META_VERSION), str):
        return meta[META_VERSION]  # type: ignore[no-any-return]
    if method == "initialize" and isinstance(params.get("protocolVersion"), str):
        return params["protocolVersion"]  # type: ignore[no-any-return]
    return None


def with_revision(method: str, revision: str, params: dict[str, Any] | None) -> dict[str, Any] | None:
    """The params, naming the revision where a message of that revision names it."""
    if params is None:
        return None
    params = json.loads(json.dumps(params))
    if method == "initialize":
        params["protocolVersion"] = revision
    meta = params.get("_meta")
    if isinstance(meta, dict) and META_VERSION in meta:
        meta[META_VERSION] = revision
    return params


def cases_of(method: str, revision: str, model: type[BaseModel]) -> Iterator[tuple[str, dict[str, Any] | None]]:
    """(name, params or None) of the messages judged by the model."""
    f = model.model_fields.get("params")
    if f is None or not f.is_required():
        yield "no-params", None
    for i, pm in enumerate(params_models(model)):
        arm = f"arm{i}:" if len(params_models(model)) > 1 else ""
        if pm is None:
            continue
        minimal = with_revision(method, revision, model_value(pm, False))
        assert minimal is not None
        yield arm + "minimal", minimal
        yield arm + "full", with_revision(method, revision, model_value(pm, True)) or {}
        if revision not in MODERN_PROTOCOL_VERSIONS and method != "initialize":
            yield arm + "claims", {**minimal, "_meta": {**minimal.get("_meta", {}), META_VERSION: revision}}
        for key, v in minimal.items():
            yield f"{arm}drop:{key}", {k: x for k, x in minimal.items() if k != key}
            yield f"{arm}type:{key}", {**minimal, key: wrong(v)}
            if key == "_meta" and isinstance(v, dict):
                for sub, sv in v.items():
                    yield f"{arm}drop:_meta.{sub}", {**minimal, key: {k: x for k, x in v.items() if k != sub}}
                    yield f"{arm}type:_meta.{sub}", {**minimal, key: {**v, sub: wrong(sv)}}


def records() -> list[dict[str, Any]]:
    pairs = surface()
    out: list[dict[str, Any]] = []
    for (method, revision), model in sorted(pairs.items()):
        handshake = pairs.get((method, "2025-11-25")) if revision in MODERN_PROTOCOL_VERSIONS else None
        for name, p in cases_of(method, revision, model):
            message = frame(method, model, p)
            out.append(
                {
                    "case": f"{method}@{revision}:{name}",
                    "method": method,
                    "revision": revision,
                    "message": message,
                    "protocol_version": claimed(method, p),
                    "sdk": verdict(model, message),
                    "sdk_2025_11_25": None if handshake is None else verdict(handshake, message),
                }
            )
    # The version gate: a message that claims a revision lacking its method.
    defined = {m for m, _ in pairs}
    for method in sorted(defined):
        revs = [r for r in KNOWN_PROTOCOL_VERSIONS if (method, r) in pairs]
        model = pairs[(method, revs[-1])]
        base = model_value(params_models(model)[0], False) if params_models(model)[0] else {}
        for revision in KNOWN_PROTOCOL_VERSIONS:
            if revision in revs:
                continue
            params = {**base, "_meta": {**base.get("_meta", {}), META_VERSION: revision}}
            out.append(
                {
                    "case": f"{method}@{revision}:not-in-revision",
                    "method": method,
                    "revision": revision,
                    "message": frame(method, model, params),
                    "protocol_version": revision,
                    "sdk": "rejects",  # (method, revision) is in no surface map: the SDK's version gate
                    "sdk_2025_11_25": None,
                }
            )
    return out


def render() -> str:
    return "".join(json.dumps(r, sort_keys=True) + "\n" for r in records())


def main() -> int:
    text = render()
    if "--check" in sys.argv[1:]:
        if OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT} is stale: run python tools/gen_mcp_revisions.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10))} messages to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
