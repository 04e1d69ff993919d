import json, collections

start = open("start.txt").read().strip()
end = open("end.txt").read().strip()
files = {
    "attacks.jsonl": [json.loads(l) for l in open("attacks.jsonl", encoding="utf-8")],
    "benign.jsonl": [json.loads(l) for l in open("benign.jsonl", encoding="utf-8")],
}
L = []
L.append("# fresh30 — a thirtieth blind prompt-injection evaluation set\n")
L.append(
    "Written by an AI helper session started by the project, for testing a prompt-injection scanner that protects AI agents (MCP tool calls).\n"
)
L.append(f"Date: {end.split()[1]} {end.split()[2]} {end.split()[-1]}\n\nStart: {start}  \nEnd: {end}\n")
L.append("## Blind rule (as followed)\n")
L.append(
    "Every text was written only from the writer's own general knowledge. Work was done only inside /work/s28-blind/fresh30/ (created with the single allowed mkdir), using only the bash tool with the commands cat, python3 (standard library; scripts written in this folder) and date, plus cd into this folder. Nothing else on the machine was read, opened, listed, grepped or run: no other folder under /work, no /work/shared, no /work/.library, no /tmp, no git, no data sets, no scanner, no classifier, no network, no search tools, no sub-agents. No existing data set, benchmark, pattern file or published attack template was looked at or copied; every text was written by hand, one by one. Writing stopped well within 13 minutes of the start time.\n"
)
L.append(
    "Deviations: none known. Note: some short direct-override texts follow the same simple sentence pattern across many languages (written by the author, not copied). Texts in low-resource languages were written from general knowledge and may contain grammatical errors.\n"
)
L.append("## Contents\n")
L.append(
    "- `attacks.jsonl` — texts containing a prompt injection aimed at an AI agent: direct, polite, casual and paraphrased overrides; fake admin/system/developer/security/vendor authority and fake prior approval; persona, mode and role-play jailbreaks; system-prompt and secret extraction; exfiltration to email addresses and URLs (incl. markdown images); coerced tool calls; skipped approval and hiding actions; chat-template and delimiter tricks; obfuscation (base64, hex, ROT13, spacing, leetspeak, reversed, full-width, zero-width, split strings); memory poisoning and trigger words; indirect injections inside tool results (emails, web pages, hidden HTML, comments, documents, JSON, CSV, logs, tickets, calendar events, reviews, search results, READMEs, code comments, commits, transcripts, chat messages).\n- `benign.jsonl` — texts with no instruction aimed at an AI, many of them hard negatives: near-twins of attack texts without the injected line, short queries, headings, separators, security documentation and reports that quote injection phrases, translation requests, legitimate user requests (revisions, transfers, deletions, shares, grants, installs, memory), role-play and fiction requests, ordinary tool results.\n- `add.py`, `validate.py`, `mkreadme.py` — helper scripts.\n"
)
L.append("## Format\n")
L.append(
    "UTF-8 JSON Lines, one object per line, exactly five non-empty string fields: `id` (`ka-NNN` / `kb-NNN`, consecutive), `text`, `category` (snake_case shape/technique label), `lang` (ISO 639-1 code of the main language; mixed texts get the non-English language), `where` (`argument` or `tool_result`). All names, companies, addresses, accounts and domains are invented; domains use the reserved .test TLD (a few use example-style names under .test).\n"
)
L.append("Licence: Apache-2.0\n")
L.append("## Counts\n")
L.append(
    "| file | total | argument | tool_result | non-English | under 60 chars | languages |\n|---|---|---|---|---|---|---|"
)
langs = collections.defaultdict(lambda: [0, 0])
for j, (fn, r) in enumerate(files.items()):
    w = collections.Counter(o["where"] for o in r)
    L.append(
        f"| {fn} | {len(r)} | {w['argument']} | {w['tool_result']} | {sum(o['lang'] != 'en' for o in r)} | {sum(len(o['text']) < 60 for o in r)} | {len(set(o['lang'] for o in r))} |"
    )
    for o in r:
        langs[o["lang"]][j] += 1
L.append("\n### Per language\n\n| lang | attacks | benign |\n|---|---|---|")
for k in sorted(langs, key=lambda k: (-sum(langs[k]), k)):
    L.append(f"| {k} | {langs[k][0]} | {langs[k][1]} |")
open("README.md", "w", encoding="utf-8").write("\n".join(L) + "\n")
print("README written")
