"""SARK's own policy-cache keys, values and TTLs, for a gateway sharing SARK's keyspace.

The Python path's twin of go/gateway/sarkcache.go (go/gateway/README.md, "SARK keyspace"):
the same key, the same bytes, the same refusals. SARK's behaviour is that of
src/sark/services/policy/cache.py (PolicyCache) and opa_client.py (OPAClient) in SARK.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Optional

from ..mcp import MCPParser

KEY_PREFIX = "policy:decision:"
ACTION = "tool:invoke"  # OPAClient.check_tool_access's action
REVISION_MEMBER = "sark_accel_revision"
#: PolicyCache.OPTIMIZED_TTL by sensitivity; any other name gets its "default", 120 s.
TTLS = {"critical": 60.0, "confidential": 120.0, "internal": 180.0, "public": 300.0}
DEFAULT_TTL = 120.0


def key(principal_id: str, method: str, tool: str, context: str) -> Optional[str]:
    """PolicyCache._generate_cache_key for a tool invocation, or None where SARK's key would be
    ambiguous or cannot be held (see go/gateway/sarkcache.go's sarkKey)."""
    if method != "tools/call" or not principal_id or not tool or ":" in principal_id:
        return None
    if ":" in tool or "/" in tool or "\0" in principal_id + tool:
        return None
    try:
        (principal_id + tool).encode("utf-8")
    except UnicodeEncodeError:
        return None
    ctx = "none"
    if context != "{}":
        text = json.dumps(json.loads(context), sort_keys=True)
        ctx = hashlib.sha256(text.encode()).hexdigest()[:16]
    return f"{KEY_PREFIX}{principal_id}:{ACTION}:tool_{tool}:{ctx}"


def ttl(sensitivity: Optional[str]) -> float:
    return TTLS.get(sensitivity or "", DEFAULT_TTL)


def value(allow: bool, reasons: list[str], revision: str) -> str:
    """json.dumps of SARK's AuthorizationDecision.model_dump(), plus our revision."""
    decision = {"allow": allow, "reason": "; ".join(reasons), "filtered_parameters": None, "audit_id": None}
    decision[REVISION_MEMBER] = revision
    return json.dumps(decision)


def read(parser: MCPParser, raw: bytes, revision: str) -> Optional[tuple[bool, list[str]]]:
    """(allow, reasons) of an entry in SARK's decision shape, else None (a miss, never an allow)."""
    try:
        doc: Any = json.loads(parser.canonicalize(raw.decode("utf-8")))
    except Exception:  # not UTF-8, not strict JSON (go/mcp's parser): not a decision
        return None
    if not isinstance(doc, dict):
        return None
    allow, reason = doc.get("allow"), doc.get("reason")
    if type(allow) is not bool or type(reason) is not str:
        return None
    if doc.get("filtered_parameters") is not None:
        return None
    if doc.get("audit_id") is not None and type(doc["audit_id"]) is not str:
        return None
    if REVISION_MEMBER in doc and doc[REVISION_MEMBER] != revision:
        return None
    return allow, [reason] if reason else []
