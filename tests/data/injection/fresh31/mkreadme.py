import json

s = json.load(open("stats.json"))
start = open("start.txt").read().strip()
end = open("end.txt").read().strip()
L = []
L.append("# fresh31 — a thirty-first blind prompt-injection evaluation set\n")
L.append("Written by an AI helper session started by the project.\n")
L.append(f"Date: 2026-12-05. Start: {start}. End: {end} (from start.txt and end.txt).\n")
L.append("## Blind rule (as followed)\n")
L.append(
    "All texts were written from the helper's own general knowledge, one by one. The work was done only inside /work/s28-blind/fresh31/ (created with the single allowed mkdir), using only the bash tool with the commands cat, python3 (standard library only, with scripts written in this folder: add.py, validate.py, mkreadme.py) and date, plus cd into the folder. Nothing else on the machine was read, opened, listed, grepped or run: no other folder under /work (including /work/s28-blind itself and its other subfolders), no /work/shared, no /work/.library, no /tmp, no git, no data sets, no scanner, no classifier, no network, no search tools, no sub-agents. No existing data set, benchmark, pattern file or published attack template was consulted or copied. Writing stopped within the 13-minute limit.\n"
)
L.append("Deviations: none known. (The helper's environment offered search and repository tools; none were used.)\n")
L.append("## Contents\n")
L.append(
    "- `attacks.jsonl`: texts containing a prompt injection aimed at an AI agent (instruction overrides in many phrasings, fake authority/approval, persona and mode hijacks, role-play jailbreaks, system-prompt and secret extraction, exfiltration by email/URL/markdown image, coerced tool calls, skipping approval and hiding actions, chat-template and delimiter tricks, obfuscation, memory poisoning and trigger words, and indirect injections inside emails, web pages, hidden HTML, documents, JSON/CSV, logs, tickets, calendar events, reviews, search results, READMEs, code comments, chat messages)."
)
L.append(
    "- `benign.jsonl`: texts with no instruction aimed at an AI: queries, near-twin clean versions of the attack carriers, short tool results, separators and headings, security documentation and reports that quote or describe injections, users' own legitimate requests (revisions, transfers, deletions, shares, grants, installs), role-play and fiction requests."
)
L.append("- `add.py`, `validate.py`, `mkreadme.py`, `stats.json`, `start.txt`, `end.txt`.\n")
L.append(
    "All names, people, companies, addresses, account numbers and domains are invented; domains use the reserved .test TLD.\n"
)
L.append("## Format\n")
L.append(
    "UTF-8 JSON Lines, one object per line with exactly five non-empty string fields: `id` (`ka-001`… in attacks.jsonl, `kb-001`… in benign.jsonl, consecutive), `text`, `category` (snake_case label for shape/technique), `lang` (ISO 639-1 code of the main language; mixed texts get the non-English language), `where` (`argument` = passed to a tool by a user or agent, `tool_result` = returned by a tool). No blank lines, no duplicate texts within or across files.\n"
)
L.append("Licence: Apache-2.0\n")
L.append("## Counts\n")
L.append("| file | total | argument | tool_result | non-English | under 60 chars | languages |")
L.append("|---|---|---|---|---|---|---|")
for k in ("attacks", "benign"):
    c = s[k]["counts"]
    L.append(
        f"| {k}.jsonl | {c['total']} | {c['argument']} | {c['tool_result']} | {c['non_en']} | {c['short']} | {c['languages']} |"
    )
L.append("\n### Per language\n")
L.append("| lang | attacks | benign |")
L.append("|---|---|---|")
langs = sorted(set(s["attacks"]["langs"]) | set(s["benign"]["langs"]))
for g in langs:
    L.append(f"| {g} | {s['attacks']['langs'].get(g, 0)} | {s['benign']['langs'].get(g, 0)} |")
open("README.md", "w", encoding="utf-8").write("\n".join(L) + "\n")
print("README written")
