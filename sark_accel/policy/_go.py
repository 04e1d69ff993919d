"""The Go backend of PolicyEngine: go/policy (embedded OPA) behind the extension."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from datetime import datetime, timezone
from typing import Any, Optional

from .._handle import NativeHandle
from ..errors import InvalidArgument, SarkAccelError, from_native, native_error
from ._json import dumps_str, explain, has_lone_surrogate, loads
from ._types import BundleStatus, DecisionLogStats, Result
from .types import UNDEFINED


def _text(value: str, what: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{what} must be a str, not {type(value).__name__}")
    return value


class GoPolicyBackend(NativeHandle):
    """Same methods and semantics as OPAServerBackend, evaluated in-process."""

    def __init__(self, config: dict[str, Any], opa_config: Optional[str] = None) -> None:
        if opa_config is None:
            super().__init__("sarkbind_PolicyNew", "sarkbind_PolicyClose", config)
        else:  # fed by OPA's control plane: go/policy.FromConfig
            super().__init__("sarkbind_PolicyFromConfig", "sarkbind_PolicyClose", config, opa_config)
        self._evaluate = self._m.sarkbind_PolicyEvaluate
        self._max_depth: int = config["max_input_depth"]  # named by errors for inputs too deep to encode

    def _call(self, name: str, *args: Any) -> Any:
        try:
            return super()._call(name, *args)
        except (ValueError, UnicodeEncodeError) as exc:  # NUL / lone surrogates cannot cross
            if isinstance(exc, SarkAccelError):
                raise
            raise InvalidArgument(f"text with NUL or lone surrogates cannot be passed to the engine: {exc}") from None

    def load_policy(self, policy_id: str, source: str) -> None:
        self._call("sarkbind_PolicyLoad", _text(policy_id, "policy_id"), _text(source, "source"))

    def remove_policy(self, policy_id: str) -> None:
        self._call("sarkbind_PolicyRemove", _text(policy_id, "policy_id"))

    def policies(self) -> list[str]:
        return json.loads(self._call("sarkbind_PolicyList"))  # type: ignore[no-any-return]

    def load_bundle(self, path: str) -> None:
        self._call("sarkbind_PolicyLoadBundle", os.fspath(path))

    def set_data(self, path: str, value: object) -> None:
        self._call("sarkbind_PolicySetData", _text(path, "path"), dumps_str(value))

    def evaluate(self, query: str, input: object = None) -> Result:
        doc = "" if input is None else dumps_str(input, "input", self._max_depth)
        try:
            out = self._evaluate(self._h, query, doc)  # the hot path: no helper frames
        except RuntimeError as exc:
            raise from_native(exc) from None
        except (TypeError, ValueError):
            if has_lone_surrogate(doc):  # name where in the input it is
                raise explain(input, "input", self._max_depth) from None
            out = self._call("sarkbind_PolicyEvaluate", _text(query, "query"), doc)  # raises the right error
        return loads(out) if out else UNDEFINED

    def evaluate_json(self, query: str, input_json: str) -> Optional[str]:
        try:
            out = self._evaluate(self._h, query, input_json)
        except RuntimeError as exc:
            raise from_native(exc) from None
        except (TypeError, ValueError):
            out = self._call("sarkbind_PolicyEvaluate", _text(query, "query"), _text(input_json, "input_json"))
        return str(out) if out else None

    def evaluate_many(self, query: str, inputs: Sequence[object]) -> list[Result]:
        inputs = list(inputs)
        if any(i is None for i in inputs):  # "no input" has no JSON form: one call each
            return [self.evaluate(query, i) for i in inputs]
        doc = "[" + ",".join(dumps_str(i, f"inputs[{n}]", self._max_depth) for n, i in enumerate(inputs)) + "]"
        results: list[Result] = []
        for item in loads(self._call("sarkbind_PolicyEvaluateMany", _text(query, "query"), doc)):
            if "error" in item:
                raise native_error(item["error"])  # "sark:<kind>:<text>", as a lone error crosses
            results.append(item["result"] if "result" in item else UNDEFINED)
        return results

    def wasm_status(self) -> dict[str, str]:
        return json.loads(self._call("sarkbind_PolicyWasmStatus"))  # type: ignore[no-any-return]

    def take_print_output(self) -> str:
        return str(self._call("sarkbind_PolicyTakePrint"))

    def status(self) -> list[BundleStatus]:
        return [
            BundleStatus(
                name=row["name"],
                revision=row["revision"],
                last_successful_download=_utc(row["last_successful_download_ns"]),
                last_successful_activation=_utc(row["last_successful_activation_ns"]),
                last_error=row["last_error"],
                activations=row["activations"],
            )
            for row in json.loads(self._call("sarkbind_PolicyStatus"))
        ]

    def decision_log_stats(self) -> Optional[DecisionLogStats]:
        row = json.loads(self._call("sarkbind_PolicyDecisionLogStats"))
        return None if row is None else DecisionLogStats(**row)

    def live_revision(self) -> Optional[int]:
        return int(self._call("sarkbind_PolicyRevision"))

    def wait_ready(self, timeout: float) -> bool:
        return bool(self._call("sarkbind_PolicyWaitReady", int(timeout * 1e9)))


def _utc(ns: int) -> Optional[datetime]:
    return None if ns == 0 else datetime.fromtimestamp(ns / 1e9, tz=timezone.utc)
