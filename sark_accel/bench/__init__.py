"""Benchmarks behind ``sark-accel bench [component]``: each prints a Markdown table of ratios."""

from __future__ import annotations

import platform
import sys
import time
from importlib import import_module

COMPONENTS = ("cache", "injection", "mcp", "policy", "threads", "anomaly", "authn", "gateway", "fleet", "proxy")


def run(component: str = "all", quick: bool = False) -> int:
    from .. import info

    wanted = COMPONENTS if component == "all" else (component,)
    unknown = [c for c in wanted if c not in COMPONENTS]
    if unknown:
        print(f"unknown component {unknown[0]!r}; choose from: all, {', '.join(COMPONENTS)}", file=sys.stderr)
        return 2
    meta = info()
    print(
        f"sark-accel {meta['version']} | Python {meta['python']} | {meta['go_version']} | native={meta['native']} | "
        f"{platform.machine()} {platform.processor() or ''} | quick={quick}"
    )
    if not meta["native"]:
        print(f"native extension unavailable ({meta['native_error']}): nothing to compare", file=sys.stderr)
        return 1
    for name in wanted:
        print(f"\n## {name}\n", flush=True)
        start = time.perf_counter()
        print(import_module(f".{name}", __name__).run(quick=quick))
        print(f"\n({name}: {time.perf_counter() - start:.0f} s)", flush=True)
    return 0
