#!/usr/bin/env python3
"""Builds policy-sentences.jsonl from the hand-kept batch files in policy-batches/.

Same conventions as build.py (header lines '# source:', '# voice:', '# file: policy', '# tag:', optional
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

from build import split_of, parse_header, labels_of

HERE = os.path.dirname(os.path.abspath(__file__))
BATCHES = os.path.join(HERE, "policy-batches")
LABELS = {"known-only", "no-recruiters", "no-pitches", "recruiters-welcome", "open-to-everyone"}


def build():
    out = []
    for name in sorted(os.listdir(BATCHES)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(BATCHES, name), encoding="utf-8") as fh:
            lines = fh.read().splitlines()
        header = parse_header(lines)
        for key in ("source", "file"):
            if key not in header:
                sys.exit(f"{name}: header '# {key}:' missing")
        if header["file"] != "policy":
            sys.exit(f"{name}: '# file: policy' expected")
        tag = header.get("tag") or name[:-4]
        part_size = int(header.get("parts", "0"))
        n = 0
        for lineno, raw in enumerate(lines, 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            flag = None
            if line[:2] in ("p:", "f:"):
                flag, line = line[:1], line[2:].strip()
            if "|" not in line:
                sys.exit(f"{name}:{lineno}: expected 'labels | text'")
            field, text = line.split("|", 1)
            labels = labels_of(field)
            unknown = [l for l in labels if l not in LABELS]
            if unknown:
                sys.exit(f"{name}:{lineno}: unknown label {unknown}")
            n += 1
            source = header["source"]
            if part_size:
                source = f"{source}/part-{(n - 1) // part_size + 1}"
            item = {"id": f"{tag}-{n:03d}", "text": text.strip(), "labels": labels, "source": source,
                    "voice": header.get("voice", "page"), "split": split_of(source)}
            if flag == "p":
                item["paraphrased"] = True
            if flag == "f":
                item["edited"] = "placeholders or redactions filled in"
            out.append(item)
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
