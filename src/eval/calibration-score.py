#!/usr/bin/env python3
"""Scores a calibration round (see calibration-packets.py): accept / maybe / no and factual-or-voice errors, by
source (rapport or the person's note) and by pair set. Usage: src/eval/calibration-score.py ROUND_DIR"""
import collections, json, pathlib, sys

def main(root):
    key = json.loads((root / "key.json").read_text(encoding="utf-8"))
    tally = collections.defaultdict(collections.Counter)
    for f in sorted(root.glob("rv-*/reviews/*.jsonl")):
        folder = f.parent.parent.name[3:]
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            k = key[f"{folder}/{r['pair']}"]
            for group in (k["source"], f"{k['source']} {k['set']}"):
                t = tally[group]
                t["n"] += 1
                t[r["answer"]] += 1
                t["error"] += any(e["kind"] in ("factual", "voice") for e in r.get("errors", []))
    for group in sorted(tally):
        t = tally[group]
        n = t["n"]
        print(f"{group:20s} {n:3d} read: accepted unedited {t['accept']:3d} ({100 * t['accept'] / n:3.0f} %), "
              f"accept or maybe {t['accept'] + t['maybe']:3d} ({100 * (t['accept'] + t['maybe']) / n:3.0f} %), "
              f"with a factual or voice error {t['error']:3d} ({100 * t['error'] / n:3.0f} %)")

if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    main(pathlib.Path(sys.argv[1]))
