#!/usr/bin/env python3
"""Print one of the README's two commands, exactly as a newcomer copies it.

Usage: readme_commands.py install|test
  install: the first command of the README's "Two commands" block (install, run the main job)
  test:    the second (run the tests)
CI runs `test` through this script, and a test runs `install` in a fresh clone and virtualenv,
so the README's commands are the ones checked, not copies of them.
"""

from __future__ import annotations

import sys
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"


def commands(readme: str) -> dict[str, str]:
    """The shell lines of the first ```bash block after '## Two commands', by their order."""
    section = readme.split("\n## Two commands\n", 1)[1]
    block = section.split("```bash\n", 1)[1].split("```", 1)[0]
    lines = [line for line in block.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    if len(lines) != 2:
        raise SystemExit(f"README.md: expected two commands in the 'Two commands' block, found {lines}")
    return {"install": lines[0], "test": lines[1]}


def main() -> int:
    if len(sys.argv) != 2 or sys.argv[1] not in ("install", "test"):
        print(__doc__, file=sys.stderr)
        return 2
    print(commands(README.read_text())[sys.argv[1]])
    return 0


if __name__ == "__main__":
    sys.exit(main())
