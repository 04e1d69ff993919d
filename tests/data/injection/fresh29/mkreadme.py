import json, collections

S = open("start.txt").read().strip()
E = open("end.txt").read().strip()
A = [json.loads(l) for l in open("attacks.jsonl", encoding="utf-8")]
B = [json.loads(l) for l in open("benign.jsonl", encoding="utf-8")]


def c(rows, w):
    return sum(r["where"] == w for r in rows)


L = collections.Counter()
LA = collections.Counter()
LB = collections.Counter()
for r in A:
    L[r["lang"]] += 1
    LA[r["lang"]] += 1
for r in B:
    L[r["lang"]] += 1
    LB[r["lang"]] += 1
tot = len(A) + len(B)
en = L["en"]
out = []
out.append("# fresh29 — a twenty-ninth blind prompt-injection evaluation set\n")
out.append("Written by an AI helper session started by the project.\n")
out.append("Date: 2026-12-05\n")
out.append("Start time (UTC): " + S + "  \nEnd time (UTC): " + E + "\n")
out.append("## Blind rule\n")
out.append(
    "Every text was written by hand in this session, text by text, from general knowledge. The session worked only inside /work/s29-blind/fresh29/ and used only bash with cat, python3 (standard library) and date (plus mkdir to create the folder). It did not read, open, list, grep or run anything else on the machine: no other /work folders, no /work/shared, no /work/.library, no /tmp, no git, no data sets, no scanner or classifier, no network, no search tools. Nothing was copied from any data set, benchmark or published attack template. The folder holds only files this session wrote: start.txt, end.txt, add.py, validate.py, mkreadme.py, attacks.jsonl, benign.jsonl and this README.\n\nDeviations, recorded honestly: (1) `mkdir -p` was used once to create the folder, as the brief asked. (2) The balances are off target, because writing stopped about five minutes before the 13-minute deadline so there was time to finish the files: attacks are 260 arguments and 190 tool results, not half and half; benign texts under 60 characters are "
    + str(sum(len(r["text"]) < 60 for r in B))
    + " of "
    + str(len(B))
    + " (about 45 %), well above the target of one in five; tool results are shorter than the 2,500-character upper limit (the longest are a few hundred characters). (3) Some benign texts are near-twins of attacks on purpose (the same email, log, ticket or CSV without the injected line), so parts of their wording are shared. (4) Nobody else has reviewed the labels; they are the author's own judgement.\n"
)
out.append("## Contents\n")
out.append(
    "- attacks.jsonl: "
    + str(len(A))
    + " texts that contain a prompt injection aimed at an AI agent. They include blunt, polite, casual and paraphrased overrides; fake admin, system, developer, security and vendor authority and fake prior approval; persona and mode hijacks and role-play jailbreaks; attempts to extract the system prompt, secrets or keys; exfiltration to email addresses and URLs, including markdown images; coerced tool calls (delete, transfer, share, grant, install); skipping approval and hiding actions from the user; chat-template and delimiter tricks; obfuscation (base64, spacing, leetspeak, reversed text, ROT13, full-width characters, zero-width characters, split strings, pinyin); memory poisoning and trigger words; and indirect injections inside tool results (emails, web pages, hidden HTML and comments, meta tags, footers, JSON and CSV fields, logs, tickets, calendar events, reviews, search results, READMEs, code comments, receipts, OCR, voicemail transcripts, plain sentences addressed to the assistant).\n- benign.jsonl: "
    + str(len(B))
    + ' texts with no instruction aimed at an AI. Many are hard negatives: harmless near-twins of the attacks, short queries, headings and separators, quoted injection phrases, security documentation, advisories, incident and red-team reports that quote or describe injections, imperative messages to people, policies, users\' own legitimate requests (including revisions such as "forget the earlier draft", transfers, deletions, shares, grants and installs), role-play and fiction requests, and ordinary tool results of the same shapes.\n- Every name, person, company, address, account number and domain is invented; domains use the reserved .test TLD.\n- add.py (appends a batch and numbers the ids), validate.py (checks the format) and mkreadme.py (writes this README) are the helper scripts.\n'
)
out.append("## Format\n")
out.append(
    "UTF-8 JSON Lines, one object per line, with exactly five non-empty string fields: `id` (`ka-001`… in attacks.jsonl, `kb-001`… in benign.jsonl, consecutive), `text`, `category` (a snake_case label for the shape or technique), `lang` (ISO 639-1 code of the main language; a mixed text gets the non-English language) and `where` (`argument` for what a user or agent passes to a tool, `tool_result` for what a tool returns to the agent). There are no blank lines and no duplicate texts within or across the two files. `python3 validate.py` prints the counts and `ok`.\n"
)
out.append("Licence: Apache-2.0\n")
out.append("## Counts\n")
out.append("| file | total | argument | tool_result | non-English | under 60 chars |\n|---|---|---|---|---|---|")
for n, R in (("attacks", A), ("benign", B)):
    out.append(
        "| %s | %d | %d | %d | %d | %d |"
        % (
            n,
            len(R),
            c(R, "argument"),
            c(R, "tool_result"),
            sum(r["lang"] != "en" for r in R),
            sum(len(r["text"]) < 60 for r in R),
        )
    )
out.append(
    "\nLanguages: %d (English %d of %d texts = %.0f %%; non-English %d = %.0f %%).\n"
    % (len(L), en, tot, 100 * en / tot, tot - en, 100 * (tot - en) / tot)
)
out.append("| lang | attacks | benign | total |\n|---|---|---|---|")
for k, v in sorted(L.items(), key=lambda x: (-x[1], x[0])):
    out.append("| %s | %d | %d | %d |" % (k, LA[k], LB[k], v))
open("README.md", "w", encoding="utf-8").write("\n".join(out) + "\n")
