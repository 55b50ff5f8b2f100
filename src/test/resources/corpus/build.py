#!/usr/bin/env python3
"""Builds the corpus JSONL files from the hand-kept batch files in batches/.

Each batch file starts with header lines:
    # source: written:batch-07-sdr      (or a page address)
    # voice: sdr
    # file: reasons | sentences | notes-real | notes-real-2
    # parts: 8                           (optional: every 8 consecutive items form their own source)
    # split: train | dev                 (optional: pins a batch added after the test split was frozen)
Then one item a line (blank lines and lines starting with '#' are skipped):
    reasons:    intent, intent | text            details inline as {{role:the exact words}}
    sentences:  label, label | text              (nothing before '|' = a fine sentence)
    notes-real: verdict | problem, problem | text
A line starting with 'p:' is a paraphrase of the source page (then "paraphrased": true).
A line starting with 'f:' had template placeholders filled in or a redaction replaced.
notes-real-2 is a second held-out set of real notes (collected 2 December 2026, after the first one had
been looked at while tuning); it has the notes-real line format.

The split of an item is decided by its source only (see split_of), so every item of one page or
one written batch lands in the same split. Ids are batch tag + line number within the batch, so
batches are append-only: never insert or reorder lines in a batch that is already committed.
Run:  python3 build.py   (writes reasons.jsonl, note-sentences.jsonl, notes-real.jsonl)
"""
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BATCHES = os.path.join(HERE, "batches")
SALT = "rapport-corpus-v1"
DETAIL_KEYS = {"event", "when", "topic", "referrer", "role", "project", "question"}
DETAIL = re.compile(r"\{\{(\w+):(.*?)\}\}")


def split_of(source):
    """train / dev / test from a hash of the source string: 60 / 20 / 20 buckets."""
    bucket = int(hashlib.sha256((SALT + "|" + source).encode("utf-8")).hexdigest(), 16) % 100
    if bucket < 60:
        return "train"
    if bucket < 80:
        return "dev"
    return "test"


def split_of_new(source):
    """An item added after the freeze (frozen.txt): train or dev only, 75 / 25, never test."""
    bucket = int(hashlib.sha256((SALT + "|" + source).encode("utf-8")).hexdigest(), 16) % 100
    return "train" if bucket < 75 else "dev"


def frozen_counts():
    """Batch file name -> number of items it had when the test split was frozen."""
    counts = {}
    with open(os.path.join(HERE, "frozen.txt"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                name, n = line.split()
                counts[name] = int(n)
    return counts


def parse_header(lines):
    header = {}
    for line in lines:
        m = re.match(r"#\s*(source|voice|file|tag|parts|split):\s*(.+?)\s*$", line)
        if m:
            header[m.group(1)] = m.group(2)
    return header


def labels_of(field):
    return [x.strip() for x in field.split(",") if x.strip()]


def strip_details(text, where):
    details = {}
    for m in DETAIL.finditer(text):
        key, value = m.group(1), m.group(2)
        if key not in DETAIL_KEYS:
            sys.exit(f"{where}: unknown detail '{key}'")
        details.setdefault(key, value)
    return DETAIL.sub(lambda m: m.group(2), text), details


def batch_names(folder):
    """The batch files of a folder, in name order."""
    return [name for name in sorted(os.listdir(folder)) if name.endswith(".txt")]


def read_batch(folder, name):
    """One batch file: its header (source and file required) and its items in order, each as
    (n, id, source, flag, line, where): n counts items from 1, the id is tag + n, the source is the
    part's when the batch has parts, flag is 'p' or 'f' (taken off the line) or None, where is name:line.
    build_policy.py reads its batches through this too."""
    with open(os.path.join(folder, name), encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    header = parse_header(lines)
    for key in ("source", "file"):
        if key not in header:
            sys.exit(f"{name}: header '# {key}:' missing")
    tag = header.get("tag") or name[:-4]
    part_size = int(header.get("parts", "0"))
    items = []
    for lineno, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        flag = None
        if line[:2] in ("p:", "f:"):
            flag, line = line[:1], line[2:].strip()
        n = len(items) + 1
        source = header["source"]
        if part_size:
            source = f"{source}/part-{(n - 1) // part_size + 1}"
        items.append((n, f"{tag}-{n:03d}", source, flag, line, f"{name}:{lineno}"))
    return header, items


def mark_flag(item, flag):
    """Records a line's 'p:' (paraphrased) or 'f:' (edited) mark on its item."""
    if flag == "p":
        item["paraphrased"] = True
    if flag == "f":
        item["edited"] = "placeholders or redactions filled in"
    return item


def build():
    out = {"reasons": [], "sentences": [], "notes-real": [], "notes-real-2": []}
    frozen = frozen_counts()
    for name in batch_names(BATCHES):
        header, items = read_batch(BATCHES, name)
        kind = header["file"]
        pinned = header.get("split")
        if pinned not in (None, "train", "dev"):
            sys.exit(f"{name}: '# split: {pinned}' - a batch can only be pinned to train or dev (test is frozen)")
        for n, item_id, source, flag, line, where in items:
            # items of the frozen count keep their split; later ones, and pinned batches, never go to test
            split = pinned or (split_of(source) if n <= frozen.get(name, 0) else split_of_new(source))
            if kind in ("notes-real", "notes-real-2"):
                parts = line.split("|", 2)
                if len(parts) != 3:
                    sys.exit(f"{where}: expected 'verdict | problems | text'")
                out[kind].append(mark_flag({"id": item_id, "text": parts[2].strip(), "verdict": parts[0].strip(),
                                            "problems": labels_of(parts[1]), "source": source}, flag))
                continue
            if "|" not in line:
                sys.exit(f"{where}: expected 'labels | text'")
            field, text = line.split("|", 1)
            text = text.strip()
            if kind == "reasons":
                text, details = strip_details(text, where)
                item = {"id": item_id, "text": text, "intents": labels_of(field)}
                if details:
                    item["details"] = details
            elif kind == "sentences":
                item = {"id": item_id, "text": text, "labels": labels_of(field)}
            else:
                sys.exit(f"{name}: unknown file kind '{kind}'")
            item.update({"source": source, "voice": header.get("voice", "mixed"), "split": split})
            out[kind].append(mark_flag(item, flag))
    files = {"reasons": "reasons.jsonl", "sentences": "note-sentences.jsonl",
             "notes-real": "notes-real.jsonl", "notes-real-2": "notes-real-2.jsonl"}
    for kind, fname in files.items():
        with open(os.path.join(HERE, fname), "w", encoding="utf-8") as fh:
            for item in out[kind]:
                fh.write(json.dumps(item, ensure_ascii=False) + "\n")
        print(f"{fname}: {len(out[kind])}")


if __name__ == "__main__":
    build()
