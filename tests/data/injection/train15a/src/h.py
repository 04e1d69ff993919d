import json
def J(x): return json.dumps(x, ensure_ascii=False, indent=1)
def em(frm, subj, date, body, to="me", mid=None, **kw):
    d = {"id": mid or ("msg_" + str(abs(hash(subj)) % 10**10)), "from": frm, "to": to, "subject": subj, "date": date, "body": body}
    d.update(kw); return d
def inbox(*msgs): return J({"messages": list(msgs), "resultSizeEstimate": len(msgs)})
def ev(title, start, end, desc="", attendees=(), loc="", eid=None):
    d = {"id": eid or ("evt_" + str(abs(hash(title)) % 10**8)), "summary": title, "start": start, "end": end}
    if loc: d["location"] = loc
    if attendees: d["attendees"] = list(attendees)
    if desc: d["description"] = desc
    return d
def cal(*evs): return J({"items": list(evs)})
def fl(name, modified, owner, content=None, mime="application/vnd.google-apps.document", fid=None, **kw):
    d = {"id": fid or ("1" + format(abs(hash(name)) % 16**12, "x")), "name": name, "mimeType": mime, "modifiedTime": modified, "owner": owner}
    d.update(kw)
    if content is not None: d["content"] = content
    return d
def files(*fs): return J({"files": list(fs)})
def yem(frm, subj, date, body):
    b = "\n".join("  " + l for l in body.split("\n"))
    return f"from: {frm}\nsubject: {subj}\ndate: {date}\nbody: |\n{b}\n"
def txtmail(frm, subj, date, body, to="me"):
    return f"From: {frm}\nTo: {to}\nDate: {date}\nSubject: {subj}\n\n{body}"
A = []; B = []
def a(cat, lang, text, where="tool_result"): A.append((cat, lang, where, text))
def b(cat, lang, text, where="tool_result"): B.append((cat, lang, where, text))
