#!/usr/bin/env python3
"""Builds policy-sentences.jsonl from the hand-kept batch files in policy-batches/.

Read through build.py's read_batch, so the same conventions as build.py (header lines '# source:', '# voice:', '# file: policy', '# tag:', optional
'# parts: N'; one item a line, 'label, label | text', nothing before '|' = none; 'p:' marks a paraphrase of
the source page, 'f:' a filled-in placeholder), and the same split by source (build.split_of), so the
frozen test split follows the same salt and rule. Labels: known-only, no-recruiters, no-pitches,
recruiters-welcome, open-to-everyone; [] is none (an ordinary profile sentence).
Run:  python3 build_policy.py (it prints the counts and refuses one text in two splits)
"""
import json
import os
import re
import sys

from build import batch_names, labels_of, mark_flag, read_batch, split_of

HERE = os.path.dirname(os.path.abspath(__file__))
BATCHES = os.path.join(HERE, "policy-batches")
LABELS = {"known-only", "no-recruiters", "no-pitches", "recruiters-welcome", "open-to-everyone"}


def build():
    out = []
    for name in batch_names(BATCHES):
        header, items = read_batch(BATCHES, name)
        if header["file"] != "policy":
            sys.exit(f"{name}: '# file: policy' expected")
        for n, item_id, source, flag, line, where in items:
            if "|" not in line:
                sys.exit(f"{where}: expected 'labels | text'")
            field, text = line.split("|", 1)
            labels = labels_of(field)
            unknown = [l for l in labels if l not in LABELS]
            if unknown:
                sys.exit(f"{where}: unknown label {unknown}")
            out.append(mark_flag({"id": item_id, "text": text.strip(), "labels": labels, "source": source,
                                  "voice": header.get("voice", "page"), "split": split_of(source)}, flag))
    with open(os.path.join(HERE, "policy-sentences.jsonl"), "w", encoding="utf-8") as fh:
        for item in out:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    counts = {}
    for item in out:
        for label in item["labels"] or ["(none)"]:
            counts.setdefault(label, {"train": 0, "dev": 0, "test": 0})[item["split"]] += 1
    print(f"policy-sentences.jsonl: {len(out)}")
    print("| label | train | dev | test |")
    print("|---|---:|---:|---:|")
    for label in sorted(counts):
        c = counts[label]
        print(f"| {label} | {c['train']} | {c['dev']} | {c['test']} |")
    splits = {}
    for item in out:
        splits[item["split"]] = splits.get(item["split"], 0) + 1
    print("items per split:", splits)
    texts = {}
    for item in out:
        key = re.sub(r"\W+", " ", item["text"].lower()).strip()
        if key in texts and texts[key] != item["split"]:
            sys.exit(f"{item['id']}: same text in two splits")
        texts[key] = item["split"]


if __name__ == "__main__":
    build()
