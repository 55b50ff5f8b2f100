#!/usr/bin/env python3
"""Checks the corpus: every line parses, labels come from the fixed sets, ids are unique, details
are exact substrings, every source has one split, no text is in two splits (lowercase, spaces
squeezed, end punctuation dropped), the test split and notes-real-2 still have the digests recorded when
they were frozen, notes-real shares no sentence with train/dev. Prints counts.
With --overlap, also rejects texts found in src/test/resources/{eval,dev,panel}, examples/ or
/work/shared/reference/ (the material the current rules were written from). Exit 1 on any problem.
Run: python3 check.py [--markdown] [--overlap]
"""
import collections
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
INTENTS = {"reconnect", "met-in-person", "referral", "shared-group", "hiring", "job-seeking", "advice",
           "collaboration", "topic-interest", "selling", "lead-generation", "networking"}
NOTE_LABELS = {"pitch", "lead-gen", "meeting-ask", "no-reason", "flattery", "me-centric",
               "personal-channel"}
VERDICTS = {"send", "revise", "do-not-send"}
SPLITS = ("train", "dev", "test")
DETAIL_KEYS = {"event", "when", "topic", "referrer", "role", "project", "question"}
problems = []
# The frozen parts: every test-split item (id, text, labels) of reasons.jsonl and note-sentences.jsonl,
# and every line of notes-real-2.jsonl. Changing any of them changes its digest and fails this check.
FROZEN_TEST_DIGEST = "e95eeba2ca6c4438ad88668467dcd8d96318495b23375fc38c52218083b7953f"
FROZEN_REAL2_DIGEST = "c5d020a47e915f6c83128f8fc4db9e999803d080d2816a2540f9e6723d673226"


def norm(text):
    text = re.sub(r"\s+", " ", text.lower()).strip()
    return re.sub(r"[\s.!?…]+$", "", text)


def load(name):
    items = []
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                problems.append(f"{name}:{n}: empty line")
                continue
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as e:
                problems.append(f"{name}:{n}: not JSON ({e})")
    return items


def check_common(name, items, label_key, allowed):
    for it in items:
        for key in ("id", "text", label_key, "source"):
            if key not in it:
                problems.append(f"{name} {it.get('id')}: missing {key}")
        if not isinstance(it.get("text"), str) or not it.get("text", "").strip():
            problems.append(f"{name} {it.get('id')}: empty text")
        labels = it.get(label_key, [])
        if not isinstance(labels, list) or len(set(labels)) != len(labels):
            problems.append(f"{name} {it.get('id')}: {label_key} must be a list without repeats")
        for lab in labels:
            if lab not in allowed:
                problems.append(f"{name} {it.get('id')}: unknown label '{lab}'")


def main():
    reasons = load("reasons.jsonl")
    sentences = load("note-sentences.jsonl")
    real = load("notes-real.jsonl")
    real2 = load("notes-real-2.jsonl")
    realdev = load("notes-real-dev.jsonl")
    check_common("reasons", reasons, "intents", INTENTS)
    check_common("note-sentences", sentences, "labels", NOTE_LABELS)
    check_common("notes-real", real, "problems", NOTE_LABELS)
    check_common("notes-real-2", real2, "problems", NOTE_LABELS)
    check_common("notes-real-dev", realdev, "problems", NOTE_LABELS)
    check_frozen(reasons, sentences, real2)
    for it in reasons:
        if not it.get("intents"):
            problems.append(f"reasons {it['id']}: no intent")
        if "networking" in it.get("intents", []) and len(it["intents"]) > 1:
            problems.append(f"reasons {it['id']}: networking means no other purpose, yet has others")
        for key, value in it.get("details", {}).items():
            if key not in DETAIL_KEYS:
                problems.append(f"reasons {it['id']}: unknown detail {key}")
            elif value not in it["text"]:
                problems.append(f"reasons {it['id']}: detail {key}={value!r} not in text")
    for it in real + real2 + realdev:
        if it.get("verdict") not in VERDICTS:
            problems.append(f"notes-real {it['id']}: bad verdict {it.get('verdict')}")
        if it.get("verdict") == "send" and it.get("problems"):
            problems.append(f"notes-real {it['id']}: send with problems")
    ids = collections.Counter(it["id"] for it in reasons + sentences + real + real2 + realdev)
    for i, c in ids.items():
        if c > 1:
            problems.append(f"id {i} used {c} times")
    source_split = {}
    text_split = collections.defaultdict(set)
    for it in reasons + sentences:
        if it.get("split") not in SPLITS:
            problems.append(f"{it['id']}: bad split {it.get('split')}")
        prev = source_split.setdefault(it["source"], it["split"])
        if prev != it["split"]:
            problems.append(f"source {it['source']} in two splits")
        text_split[norm(it["text"])].add(it["split"])
    for t, s in text_split.items():
        if len(s) > 1:
            problems.append(f"text in splits {sorted(s)}: {t}")
    near_duplicates(reasons + sentences)
    trained = {norm(it["text"]) for it in sentences + reasons if it["split"] != "test"}
    trained_words = [(it["id"], words(it["text"])) for it in sentences + reasons if it["split"] != "test"]
    trained_sources = {it["source"] for it in sentences + reasons}
    for it in real2:
        if it["source"] in trained_sources or it["source"] in {r["source"] for r in real}:
            problems.append(f"notes-real-2 {it['id']}: its page is also a source of another file")
    held_pages = {r["source"] for r in real + real2}
    for it in realdev:  # the development set: never a page of the held sets
        if it["source"] in held_pages:
            problems.append(f"notes-real-dev {it['id']}: its page is a source of a held real-notes set")
    for it in real + real2:
        for part in re.split(r"(?<=[.!?])\s+", it["text"]):
            if norm(part) in trained and len(words(part)) > 3:  # stock closes ("Happy to connect.") may recur
                problems.append(f"notes-real {it['id']}: sentence also in train/dev: {part}")
            w = words(part)
            if len(w) >= 5:
                for other, ow in trained_words:
                    if len(w & ow) / len(w | ow) >= 0.8:
                        problems.append(f"notes-real {it['id']}: sentence near-duplicates train/dev {other}")
    if "--overlap" in sys.argv:
        overlap(reasons + sentences + real + real2)
    report(reasons, sentences, real, "--markdown" in sys.argv)
    v2 = collections.Counter(it["verdict"] for it in real2)
    print(f"notes-real-2: {len(real2)} notes; " + ", ".join(f"{k} {v2[k]}" for k in sorted(v2)))
    vd = collections.Counter(it["verdict"] for it in realdev)
    print(f"notes-real-dev: {len(realdev)} notes; " + ", ".join(f"{k} {vd[k]}" for k in sorted(vd)))
    if problems:
        print("\n".join(problems[:200]), file=sys.stderr)
        print(f"{len(problems)} problem(s)", file=sys.stderr)
        sys.exit(1)


def digest(rows):
    h = hashlib.sha256()
    for row in rows:
        h.update(json.dumps(row, ensure_ascii=False, sort_keys=True).encode("utf-8") + b"\n")
    return h.hexdigest()


def check_frozen(reasons, sentences, real2):
    """The test split and notes-real-2 are frozen: no item added, removed or edited."""
    test = sorted([it["id"], it["text"], sorted(it.get("intents", it.get("labels", [])))]
                  for it in reasons + sentences if it.get("split") == "test")
    real = sorted([it["id"], it["text"], it["verdict"], sorted(it["problems"])] for it in real2)
    found = {"test split": (digest(test), FROZEN_TEST_DIGEST),
             "notes-real-2": (digest(real), FROZEN_REAL2_DIGEST)}
    for name, (now, frozen) in found.items():
        if "--digests" in sys.argv:
            print(f"{name} digest: {now}")
        elif now != frozen:
            problems.append(f"the frozen {name} changed (digest {now[:12]}, frozen {frozen[:12]})")


def overlap(items):
    """Texts of 25+ characters found verbatim in the project's rule sources or its other test data."""
    root = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
    places = [os.path.join(root, "src", "test", "resources", d) for d in ("eval", "dev", "panel")]
    places += [os.path.join(root, "examples"), "/work/shared/reference"]
    texts = []
    for place in places:
        for dirpath, _, files in os.walk(place):
            for f in files:
                try:
                    with open(os.path.join(dirpath, f), encoding="utf-8") as fh:
                        texts.append(re.sub(r"\s+", " ", fh.read().lower()))
                except (UnicodeDecodeError, OSError):
                    pass
    known = {"n01-001", "s06-014"}
    for it in items:
        t = norm(it["text"])
        drafted = it["source"].startswith("drafted:")  # the drafter's own notes, taken on purpose as warm negatives
        if len(t) >= 25 and it["id"] not in known and not drafted and any(t in x for x in texts):
            problems.append(f"{it['id']}: text also appears in the project's rule sources or test data")


def words(text):
    return set(re.findall(r"[a-z0-9']+", text.lower()))


def near_duplicates(items):
    """Texts of five words or more in different splits sharing >= 80 % of their words."""
    by_split = collections.defaultdict(list)
    for it in items:
        w = words(it["text"])
        if len(w) >= 5:
            by_split[it["split"]].append((it["id"], w))
    for a, b in (("train", "dev"), ("train", "test"), ("dev", "test")):
        for ida, wa in by_split[a]:
            for idb, wb in by_split[b]:
                if len(wa & wb) / len(wa | wb) >= 0.8:
                    problems.append(f"near-duplicate across {a}/{b}: {ida} ~ {idb}")


def table(items, key, labels, title):
    counts = {s: collections.Counter() for s in SPLITS}
    totals = collections.Counter(it["split"] for it in items)
    for it in items:
        for lab in it[key] or ["(none)"]:
            counts[it["split"]][lab] += 1
    rows = [f"| {title} | " + " | ".join(SPLITS) + " | all |", "|---|" + "---:|" * 4]
    for lab in list(labels) + ["(none)"]:
        vals = [counts[s][lab] for s in SPLITS]
        if sum(vals):
            rows.append(f"| {lab} | " + " | ".join(map(str, vals)) + f" | {sum(vals)} |")
    rows.append("| **items** | " + " | ".join(str(totals[s]) for s in SPLITS) + f" | {len(items)} |")
    return "\n".join(rows)


def report(reasons, sentences, real, markdown):
    order_i = ["reconnect", "met-in-person", "referral", "shared-group", "hiring", "job-seeking", "advice",
               "collaboration", "topic-interest", "selling", "lead-generation", "networking"]
    order_n = ["pitch", "lead-gen", "meeting-ask", "no-reason", "flattery", "me-centric", "personal-channel"]
    print(table(reasons, "intents", order_i, "intent (reasons.jsonl)"))
    print()
    print(table(sentences, "labels", order_n, "label (note-sentences.jsonl)"))
    print()
    fine = collections.Counter(it["split"] for it in sentences if not it["labels"])
    tot = collections.Counter(it["split"] for it in sentences)
    print("fine sentences share: " + ", ".join(
        f"{s} {100 * fine[s] / max(1, tot[s]):.0f}%" for s in SPLITS))
    srcs = collections.defaultdict(set)
    for it in reasons + sentences:
        srcs[it["split"]].add(it["source"])
    print("sources per split: " + ", ".join(f"{s} {len(srcs[s])}" for s in SPLITS))
    web = {it["source"] for it in reasons + sentences + real if it["source"].startswith("http")}
    print(f"distinct sources: {len({it['source'] for it in reasons + sentences + real})}"
          f" ({len(web)} public pages)")
    v = collections.Counter(it["verdict"] for it in real)
    print(f"notes-real: {len(real)} notes; " + ", ".join(f"{k} {v[k]}" for k in sorted(v)))
    if markdown:
        for s in sorted(web):
            print(f"- {s}")


if __name__ == "__main__":
    main()
