"""Benign breadth for the injection classifier: ordinary text that is not short chat.

Long documents, code, READMEs, multilingual messages and JSON tool results, taken from the
sources of pinned, permissively licensed packages (``tools/injection_data.py`` downloads and
verifies the wheels; DATA.md lists versions and licences):

* READMEs: a wheel's ``METADATA`` description, cut into chunks of whole paragraphs;
* docstrings and function source code of the package's modules (``ast``);
* Sphinx's message catalogues (``locale/*/LC_MESSAGES/sphinx.po``): translated user-interface
  sentences in 60+ languages, several consecutive ones per text;
* Faker's lorem word lists, per locale, drawn into sentences (multilingual filler text);
* JSON tool results written here: records (tickets, files, search hits, emails) whose fields
  hold the texts above.

Everything is drawn with the caller's seeded ``random.Random``, so the rows are reproducible.
"""

from __future__ import annotations

import ast
import json
import random
import re
import zipfile
from collections.abc import Iterator

MIN_CHARS, MAX_CHARS = 80, 3000


def _text(z: zipfile.ZipFile, path: str) -> str:
    return z.read(path).decode("utf-8", errors="replace")


def readme_chunks(z: zipfile.ZipFile, rng: random.Random) -> Iterator[str]:
    """The package description, as chunks of consecutive paragraphs of varied length."""
    meta = next(n for n in z.namelist() if n.endswith(".dist-info/METADATA"))
    body = _text(z, meta).split("\n\n", 1)[-1]
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]
    chunk: list[str] = []
    target = rng.randrange(300, MAX_CHARS)
    for p in paragraphs:
        chunk.append(p)
        if sum(len(c) for c in chunk) >= target:
            yield "\n\n".join(chunk)[:MAX_CHARS]
            chunk, target = [], rng.randrange(300, MAX_CHARS)
    if chunk and sum(len(c) for c in chunk) >= MIN_CHARS:
        yield "\n\n".join(chunk)


def python_sources(z: zipfile.ZipFile) -> Iterator[tuple[str, str]]:
    """("docstring" | "code", text) for the modules of a wheel."""
    for path in sorted(n for n in z.namelist() if n.endswith(".py")):
        source = _text(z, path)
        try:
            tree = ast.parse(source)
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
                doc = ast.get_docstring(node)
                if doc and len(doc) >= MIN_CHARS:
                    yield "docstring", doc[:MAX_CHARS]
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                code = ast.get_source_segment(source, node)
                if code and MIN_CHARS * 2 <= len(code) <= MAX_CHARS:
                    yield "code", code


def po_messages(z: zipfile.ZipFile, rng: random.Random) -> Iterator[tuple[str, str]]:
    """(language, text): a few consecutive translated messages of one catalogue per text."""
    for path in sorted(n for n in z.namelist() if n.endswith("LC_MESSAGES/sphinx.po")):
        lang = path.split("/")[-3]
        strings = []
        for m in re.finditer(r'msgstr "(.*)"\n((?:".*"\n)*)', _text(z, path)):
            s = m.group(1) + "".join(line[1:-1] for line in m.group(2).splitlines())
            s = s.replace('\\"', '"').replace("\\n", "\n")
            if len(s) >= 12 and "%" not in s and "{" not in s:
                strings.append(s)
        i = 0
        while i < len(strings):
            k = rng.randrange(2, 9)
            text = " ".join(strings[i : i + k])
            if len(text) >= MIN_CHARS // 2:
                yield lang, text
            i += k


def lorem(z: zipfile.ZipFile, rng: random.Random, per_locale: int) -> Iterator[tuple[str, str]]:
    """(locale, paragraph) drawn from each locale's lorem word list."""
    base = "faker/providers/lorem/"
    for path in sorted(n for n in z.namelist() if n.startswith(base) and n.endswith("/__init__.py")):
        locale = path[len(base) :].split("/")[0]
        if locale in ("__init__.py", "en_US", "la") or "/" not in path[len(base) :]:
            continue
        words: list[str] = []
        for node in ast.walk(ast.parse(_text(z, path))):
            if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "word_list":
                if isinstance(node.value, (ast.Tuple, ast.List)):
                    words = [
                        e.value for e in node.value.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)
                    ]
        if len(words) < 50:
            continue
        for _ in range(per_locale):
            sentences = []
            for _ in range(rng.randrange(2, 9)):
                s = " ".join(rng.choice(words) for _ in range(rng.randrange(4, 14)))
                sentences.append(s[:1].upper() + s[1:] + ".")
            yield locale, " ".join(sentences)


_RECORD_KINDS = ("ticket", "file", "search", "email", "issue_comment")


def tool_result(rng: random.Random, pool: list[str]) -> str:
    """A JSON tool result (written here) whose text fields are drawn from ``pool``."""
    kind = rng.choice(_RECORD_KINDS)
    n = rng.randrange(1, 4)
    items: list[dict[str, object]] = []
    for i in range(n):
        body = rng.choice(pool)
        if kind == "ticket":
            items.append(
                {
                    "id": f"T-{rng.randrange(1000, 99999)}",
                    "status": rng.choice(["open", "closed", "pending"]),
                    "assignee": rng.choice(["maria", "j.chen", "ops-bot", None]),
                    "description": body,
                }
            )
        elif kind == "file":
            items.append(
                {"path": f"docs/{rng.choice(['guide', 'notes', 'spec'])}_{i}.md", "size": len(body), "content": body}
            )
        elif kind == "search":
            items.append(
                {
                    "rank": i + 1,
                    "title": body.split("\n")[0][:80],
                    "snippet": body[:400],
                    "url": f"https://example.org/{rng.randrange(10**6)}",
                }
            )
        elif kind == "email":
            items.append(
                {
                    "from": f"user{rng.randrange(100)}@example.com",
                    "subject": body.split("\n")[0][:60],
                    "body": body,
                    "unread": rng.random() < 0.5,
                }
            )
        else:
            items.append(
                {
                    "author": f"dev{rng.randrange(50)}",
                    "created_at": f"2026-11-{rng.randrange(1, 29):02d}T10:00:00Z",
                    "body": body,
                }
            )
    result = {"result": items, "count": n} if rng.random() < 0.7 else items
    return json.dumps(result, ensure_ascii=rng.random() < 0.5, indent=rng.choice([None, 2]))


def plant(rng: random.Random, carrier: str, attack: str) -> str:
    """``attack`` inserted between two paragraphs or sentences of ``carrier`` (indirect injection)."""
    parts = re.split(r"(?<=\n\n)|(?<=\. )", carrier)
    cut = rng.randrange(len(parts) + 1)
    return "".join(parts[:cut]) + attack + ("\n\n" if rng.random() < 0.5 else " ") + "".join(parts[cut:])
