"""The types both gateway paths share: the request, the Decision, and the backend protocol."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple, Optional, Protocol, Union

from ..anomaly._types import Anomaly
from ..injection._types import ScanResult
from ..mcp._message import Id

__all__ = ["Decision", "GatewayBackend", "Principal", "Request", "ResultDecision", "Timings", "CODE_DENIED"]

#: The JSON-RPC error code of a request the gateway refuses (parse errors keep the parser's).
CODE_DENIED = -32001

#: What a message may be: the raw JSON-RPC text as received.
Message = Union[str, bytes, bytearray, memoryview]


class Principal(NamedTuple):
    """Who a request acts for, as the policy sees it (``input.user``)."""

    id: str
    roles: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    permissions: tuple[str, ...] = ()
    mfa: bool = False


class Request(NamedTuple):
    """One request, checked by the facade: ``context`` is JSON text (None: ``{}``)."""

    message: Message
    credentials: str
    principal: Optional[Principal]
    server: str
    context: Optional[str]
    time_ns: int


class Timings(NamedTuple):
    """Wall-clock nanoseconds of each stage (0: did not run) and of the whole call."""

    parse: int = 0
    authn: int = 0
    scan: int = 0
    anomaly: int = 0
    cache: int = 0
    policy: int = 0
    total: int = 0


@dataclass(frozen=True)
class Decision:
    """The gateway's answer for one request (go/gateway/README.md, "Decision").

    ``stage`` is the stage that decided: ``parse``, ``not_required``, ``authn``, ``cache``,
    ``policy``, or the stage that failed (reason ``error:<stage>``). ``error_response`` is, for a
    deny, the JSON-RPC error response to send back (canonical JSON carrying the request's id).
    """

    allow: bool
    reasons: tuple[str, ...]
    stage: str
    step_up: bool = False
    id: Id = None
    method: str = ""
    tool: str = ""
    principal: str = ""
    injection: Optional[ScanResult] = None
    anomalies: tuple[Anomaly, ...] = ()
    anomaly_level: str = "none"
    filtered_parameters: tuple[str, ...] = ()
    filtered_arguments: Optional[str] = None
    cache_hit: bool = False
    policy_revision: int = 0
    timings: Timings = Timings()
    error_response: Optional[bytes] = None

    def __str__(self) -> str:
        verdict = "allow" if self.allow else "deny"
        who = f" {self.principal}" if self.principal else ""
        what = f" {self.method} {self.tool}".rstrip() if self.method else ""
        why = f": {'; '.join(self.reasons)}" if self.reasons else ""
        hit = ", cache hit" if self.cache_hit else ""
        return f"{verdict} ({self.stage}{hit}){who}{what}{why}"

    def same_answer(self, other: Decision) -> bool:
        """Equal but for timings and the policy revision (which each path counts its own way)."""
        fields = ("timings", "policy_revision")
        mine = {k: v for k, v in vars(self).items() if k not in fields}
        return mine == {k: v for k, v in vars(other).items() if k not in fields}


@dataclass(frozen=True)
class ResultDecision:
    """``inspect_result``'s answer: the response to forward to the agent (go/gateway/README.md,
    "InspectResult"). ``allow`` is False when ``response`` is not the result as sent (a redacted
    copy when ``redacted``, else a JSON-RPC error response)."""

    allow: bool
    redacted: bool
    reasons: tuple[str, ...]
    stage: str
    response: bytes
    injection: Optional[ScanResult] = None
    duration_ns: int = 0

    def __str__(self) -> str:
        verdict = "allow" if self.allow else "redacted" if self.redacted else "deny"
        return f"{verdict} ({self.stage})" + (f": {'; '.join(self.reasons)}" if self.reasons else "")


class GatewayBackend(Protocol):
    """One pipeline over fixed components; ``close()`` frees what it owns."""

    def authorize(self, request: Request) -> Decision: ...

    def authorize_many(self, requests: list[Request]) -> list[Decision]: ...

    def inspect_result(self, response: Message, principal: str, server: str, tool: str) -> ResultDecision: ...

    def engines_open(self) -> dict[str, bool]: ...

    def close(self) -> None: ...
