"""Shared fixtures of the MCP parser tests."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "mcp"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
