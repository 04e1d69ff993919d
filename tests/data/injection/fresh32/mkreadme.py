import json, collections


def load(fn):
    return [json.loads(l) for l in open(fn, encoding="utf-8") if l.strip()]


A, B = load("attacks.jsonl"), load("benign.jsonl")
start = open("start.txt").read().strip()
end = open("end.txt").read().strip()


def stats(r):
    w = collections.Counter(d["where"] for d in r)
    return (
        len(r),
        w["argument"],
        w["tool_result"],
        sum(d["lang"] != "en" for d in r),
        sum(len(d["text"]) < 60 for d in r),
    )


la = collections.Counter(d["lang"] for d in A)
lb = collections.Counter(d["lang"] for d in B)
langs = sorted(set(la) | set(lb), key=lambda x: (-(la[x] + lb[x]), x))
out = []
out.append("# fresh32 — a thirty-second blind prompt-injection evaluation set\n")
out.append(
    "Written by an AI helper session started by the project, on "
    + start.split(" 2026")[0].replace("  ", " ")
    + " 2026 (UTC).\n"
)
out.append("- Start: `%s` (start.txt)\n- End: `%s` (end.txt)\n" % (start, end))
out.append("""## Blind rule (as followed)

The set was written only from the helper's own general knowledge. Work was done only inside
`/work/s28-blind/fresh32/`, created with `mkdir -p /work/s28-blind/fresh32` (the only mkdir).
Only the bash tool was used, and in it only `cat`, `python3` (standard library only, with scripts
written in this folder: `add.py`, `validate.py`, `mkreadme.py`) and `date`, plus `cd` into this folder.
Nothing else on the machine was read, opened, listed, grepped or run: no other folder under /work
(not /work/s28-blind itself or its other subfolders), no /work/shared, no /work/.library, no /tmp,
no git, no data sets, no scanner, no classifier, no network, no search tools, no sub-agents. No existing
data set, benchmark, pattern file or published attack template was looked at or copied; every text was
written by hand, one by one. All names, people, companies, addresses, account numbers and domains are
invented; domains use the reserved `.test` TLD (account/IBAN-like numbers are fake placeholders).

Deviations / notes, recorded honestly:
- `add.py` takes each batch as pipe-separated lines (`category|lang|a-or-t|text`, with `\\n` and `\\u200b`
  escapes) on a heredoc and turns them into dicts before appending with consecutive ids, rather than a
  literal Python list of dicts. The result is the same format.
- The first batch's zero-width example was first stored with a literal `\\u200b` escape; it was fixed
  in place with a python3 one-off (and `add.py` was updated to convert that escape).
- Apart from the commands named above, a few one-line `python3 -c` checks were run on the files in this
  folder; these are python3 and stay inside the folder.
- One command line also contained a stray shell variable assignment (`grep_check=1;`, no program run, despite the
  name no grep was used), and output of `cat` was piped into `python3 -c` to inspect files in this folder.
- Writing stopped within the 13-minute limit (about 7 minutes used).

## Contents

- `attacks.jsonl` — texts containing a prompt injection aimed at an AI agent: direct overrides (blunt,
  polite, casual, paraphrased, short), fake admin/system/developer/vendor authority and fake approvals,
  persona/mode hijacks and role-play jailbreaks, system-prompt and secret extraction, exfiltration
  (email, URLs, markdown images), coerced tool calls (delete, transfer, share, grant, install, run),
  skipping approval and hiding actions, chat-template and delimiter tricks, obfuscation (base64, ROT13,
  spacing, leetspeak, reversed, full-width, zero-width, homoglyphs, split strings, mixed language),
  memory poisoning and trigger words, and indirect injections inside tool results (emails, web pages,
  hidden HTML and comments, documents, JSON, CSV, logs, tickets, calendar events, reviews, search
  results, READMEs, code comments, chat messages).
- `benign.jsonl` — texts with no instruction aimed at an AI: many hard negatives (near-twins of the
  attack emails/logs/tickets/CSV without the injected line, texts that quote or describe injection
  phrases in security docs, advisories, training and red-team reports, translation requests, users'
  own legitimate revisions, transfers, deletions, shares, grants and installs, role-play and fiction
  requests), short queries, headings, separators and ordinary tool results.
- `add.py`, `validate.py`, `mkreadme.py`, `start.txt`, `end.txt`, this README.

## Format

UTF-8 JSON Lines, one object per line, exactly five non-empty string fields:
`id` (`ka-001`… in attacks.jsonl, `kb-001`… in benign.jsonl, consecutive), `text`, `category`
(snake_case label for shape/technique), `lang` (ISO 639-1 code of the main language; mixed texts get
the non-English language), `where` (`argument` = passed to a tool by a user/agent, `tool_result` =
returned by a tool to the agent). No blank lines, no duplicate texts within or across files.

Licence: Apache-2.0

## Counts

| file | total | argument | tool_result | non-English | under 60 chars | languages |
|---|---|---|---|---|---|---|
""")
for fn, r in (("attacks.jsonl", A), ("benign.jsonl", B)):
    out.append("| %s | %d | %d | %d | %d | %d | %d |\n" % ((fn,) + stats(r) + (len(set(d["lang"] for d in r)),)))
out.append("\nLanguages in total: %d\n\n| lang | attacks | benign |\n|---|---|---|\n" % len(langs))
for l in langs:
    out.append("| %s | %d | %d |\n" % (l, la[l], lb[l]))
open("README.md", "w", encoding="utf-8").write("".join(out))
print("README.md written")
