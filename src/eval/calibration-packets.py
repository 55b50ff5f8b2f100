#!/usr/bin/env python3
"""Builds a calibration round for the recipient panel: the same blind reviewers read rapport's first note for some
pairs and the thoughtful person's note (`human_note` in pair.yaml) for the others, not told which is which.

For each (pairs dir, drafted round dir) given, the pairs with both a drafted note and a human note are split in two by
alternation: reviewer set 1 reads the person's note for the even pairs and rapport's for the odd ones, set 2 the
opposite, so every pair is read once with each note and no reviewer sees a pair twice. The drafted round is the
output of `panel-packets.py` (its packets and verdicts.jsonl). The key (which note each packet holds) is written
beside the packet folders, never inside them.

Usage: src/eval/calibration-packets.py OUT PAIRS_DIR ROUND_DIR REVIEWER1 REVIEWER2 [PAIRS_DIR ROUND_DIR R1 R2 ...]
Then reviewers write OUT/rv-R/reviews/ID.jsonl; `src/eval/calibration-score.py OUT` prints the figures.
"""
import json, pathlib, sys, yaml

def main(argv):
    if len(argv) < 5 or (len(argv) - 1) % 4:
        raise SystemExit(__doc__)
    out = pathlib.Path(argv[0])
    key = {}
    for at in range(1, len(argv), 4):
        pairs_dir, round_dir, revs = pathlib.Path(argv[at]), pathlib.Path(argv[at + 1]), argv[at + 2:at + 4]
        drafted = [json.loads(l) for l in open(round_dir / "verdicts.jsonl", encoding="utf-8")]
        chosen = []
        for v in drafted:
            spec = yaml.safe_load((pairs_dir / v["pair"] / "pair.yaml").read_text(encoding="utf-8"))
            if v["note"] and spec.get("human_note"):
                chosen.append((v["pair"], v["note"], spec["human_note"].strip()))
        for i, (pair, ours, theirs) in enumerate(chosen):
            head = (round_dir / f"{pair}.md").read_text(encoding="utf-8").partition("## The invitation note")[0]
            for rev, source in ((revs[0], "human" if i % 2 == 0 else "rapport"), (revs[1], "rapport" if i % 2 == 0 else "human")):
                folder = out / f"rv-{rev}"
                (folder / "reviews").mkdir(parents=True, exist_ok=True)
                note = theirs if source == "human" else ours
                (folder / f"{pair}.md").write_text(head + "## The invitation note the recipient receives\n\n> " + note + "\n",
                                                   encoding="utf-8")
                key[f"{rev}/{pair}"] = {"source": source, "set": pairs_dir.parent.name, "length": len(note)}
    (out / "key.json").write_text(json.dumps(key, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"{len(key)} packets in {len({k.split('/')[0] for k in key})} reviewer folders under {out}")

if __name__ == "__main__":
    main(sys.argv[1:])
