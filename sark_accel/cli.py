"""The sark-accel command: demo, bench, info."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Optional, Sequence


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(
        prog="sark-accel",
        description="Go engines for an MCP gateway's hot path (cache, OPA policy, injection scanning, MCP "
        "parsing), each with a pure-Python twin: replay example traffic, benchmark, or show what is installed.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    demo = sub.add_parser("demo", help="a real MCP client and server through `sark-accel proxy`, both transports")
    demo.add_argument("--backend", choices=["go", "python"], help="engines' backend (default: go when built)")
    bench = sub.add_parser("bench", help="benchmark components and print side-by-side ratios")
    bench.add_argument(
        "component",
        nargs="?",
        default="all",
        help="cache, injection, mcp, policy, threads, anomaly, authn, gateway, fleet, proxy, or all (default)",
    )
    bench.add_argument("--quick", action="store_true", help="fewer iterations (a smoke run)")
    sub.add_parser("info", help="versions, native extension status and active backends (JSON)")
    sub.add_parser("proxy", help="an authorizing MCP proxy (stdio or streamable HTTP); proxy --help", add_help=False)
    args, rest = parser.parse_known_args(argv)
    if args.command == "proxy":
        from .proxy import main as proxy

        return proxy(rest)
    if rest:
        parser.error(f"unrecognized arguments: {' '.join(rest)}")

    if args.command == "info":
        from . import info

        print(json.dumps(info(), indent=2))
        return 0
    if args.command == "demo":
        from .demo import main as run_demo

        return run_demo(args.backend)
    from .bench import run

    return run(args.component, quick=args.quick)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
