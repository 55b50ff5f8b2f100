#!/usr/bin/env python3
"""How far a blind re-labelling of the dev reasons agrees with the corpus labels, and how far the model does.

    python3 src/eval/relabel/agreement.py src/eval/relabel/labels-*.jsonl --model MODEL.jsonl

Each labels file holds {"id", "intents"} lines written by an annotator who saw only the guide (the Labels
section of src/test/resources/corpus/README.md) and the texts; MODEL.jsonl holds rapport's intents for the
same ids (see README.md here). Prints exact-set agreement: annotator vs corpus, model vs corpus, model vs
annotator, each over the items the annotator labelled, and per-intent disagreements of the annotator.
"""
import argparse, collections, json, pathlib

root = pathlib.Path(__file__).resolve().parents[3]
gold = {}
for line in open(root / "src/test/resources/corpus/reasons.jsonl"):
    d = json.loads(line)
    if d["split"] == "dev":
        gold[d["id"]] = frozenset(d["intents"])

def read(path):
    return {d["id"]: frozenset(d["intents"]) for d in map(json.loads, open(path)) if d["id"] in gold}

p = argparse.ArgumentParser()
p.add_argument("labels", nargs="+")
p.add_argument("--model")
a = p.parse_args()
model = read(a.model) if a.model else {}
rows = []
for path in a.labels:
    human = read(path)
    ids = sorted(human)
    def pct(x, y):
        return 100.0 * sum(x[i] == y[i] for i in ids) / len(ids)
    line = f"{pathlib.Path(path).name}: {len(ids)} items; annotator vs corpus {pct(human, gold):.1f} %"
    if model:
        line += f"; model vs corpus {pct(model, gold):.1f} %; model vs annotator {pct(model, human):.1f} %"
    print(line)
    missed, extra = collections.Counter(), collections.Counter()
    for i in ids:
        missed.update(gold[i] - human[i])
        extra.update(human[i] - gold[i])
    print("  annotator left out:", dict(missed.most_common()), " added:", dict(extra.most_common()))
    rows.append((human, ids))
if len(rows) > 1:
    ids = sorted(set().union(*[set(i) for _, i in rows]))
    human = {}
    for h, _ in rows:
        human.update(h)
    n = len(ids)
    print(f"all: {n} items; annotators vs corpus {100.0 * sum(human[i] == gold[i] for i in ids) / n:.1f} %"
          + (f"; model vs corpus {100.0 * sum(model[i] == gold[i] for i in ids) / n:.1f} %" if model else ""))
