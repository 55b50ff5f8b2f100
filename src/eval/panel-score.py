#!/usr/bin/env python3
"""Scores a recipient-panel round (issue 12).

Reads OUT_DIR/verdicts.jsonl (from panel-packets.py) and every OUT_DIR/reviews/*.jsonl, one line per
judgement: {"pair","reviewer","answer":"accept|maybe|no","errors":[{"kind":"factual|voice|tone|other","text"}]}.
A note counts as accepted when every reviewer of it answered accept. It prints the figures the issue asks
for: verdict agreement, notes accepted unedited, notes with a factual or voice error, and the share of the
most common closing sentence among first notes.

Usage: src/eval/panel-score.py OUT_DIR [--show]
(--show prints the most common closing sentence itself; never use it on a held-aside set.)
"""
import json, pathlib, re, sys, collections

out = pathlib.Path(sys.argv[1])
verdicts = [json.loads(l) for l in (out / "verdicts.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
reviews = collections.defaultdict(list)
for f in sorted((out / "reviews").glob("*.jsonl")):
    for line in f.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            reviews[r["pair"]].append(r)

agree = sum(v["verdict"] == v["expect"] for v in verdicts)
print(f"verdict agrees with the expected one: {agree}/{len(verdicts)}")
noted = [v for v in verdicts if v["note"]]
judged = [v for v in noted if reviews[v["pair"]]]
accepted = [v for v in judged if all(r["answer"] == "accept" for r in reviews[v["pair"]])]
at_all = [v for v in judged if all(r["answer"] in ("accept", "maybe") for r in reviews[v["pair"]])]
erroneous = [v for v in judged if any(e.get("kind") in ("factual", "voice") for r in reviews[v["pair"]] for e in r.get("errors", []))]
n = max(len(judged), 1)
print(f"notes judged: {len(judged)} (of {len(noted)} drafted)")
print(f"accepted unedited by every reviewer: {len(accepted)} ({100*len(accepted)/n:.0f} %)")
print(f"accepted or maybe: {len(at_all)} ({100*len(at_all)/n:.0f} %)")
print(f"with a factual or voice error: {len(erroneous)} ({100*len(erroneous)/n:.0f} %)")

def last_sentence(text):
    parts = [p.strip() for p in re.split(r"(?<=[.!?])\s+", text.strip()) if p.strip()]
    if not parts:
        return ""
    last = parts[-1]
    # a bare signature ("Derek") is not the closing sentence
    if len(parts) > 1 and len(last.split()) <= 2 and not re.search(r"[.!?]$", last):
        last = parts[-2]
    # "Best wishes, Darren": the valediction is the closer, not the name after it
    signed = re.match(r"^(.{2,30}?),\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?$", last)
    if signed and len(signed.group(1).split()) <= 3:
        last = signed.group(1)
    return re.sub(r"[^a-z ]", "", last.lower()).strip()

closers = collections.Counter(last_sentence(v["note"]) for v in noted)
if closers:
    top, count = closers.most_common(1)[0]
    # (the sentence itself only with --show: on a held-aside set the scores are read, never a line of a note)
    said = f"\"{top}\"" if "--show" in sys.argv else "(text not shown; --show)"
    print(f"most common closing sentence: {said} in {count}/{len(noted)} notes ({100*count/len(noted):.0f} %)")
for v in judged:
    errs = [e for r in reviews[v["pair"]] for e in r.get("errors", [])]
    answers = ",".join(r["answer"] for r in reviews[v["pair"]])
    print(f"  {v['pair']}: {answers}" + (f" — {'; '.join(e.get('kind','?')+': '+e.get('text','') for e in errs)}" if errs else ""))
