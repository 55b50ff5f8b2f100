#!/usr/bin/env python3
"""Builds blind review packets for the recipient panel (issue 12).

For each pair folder (me.*, them.*, pair.yaml with why/expect/limit) it runs rapport's `draft --json`
with one variant, and writes one packet per pair that holds only what a recipient-reviewer may see:
the two profiles, the sender's reason and the first note. Verdicts are written to verdicts.jsonl
beside the packets so verdict agreement can be counted without showing it to reviewers.

Usage: src/eval/panel-packets.py PAIRS_DIR OUT_DIR [--rapport ./rapport]
"""
import json, pathlib, subprocess, sys, argparse, yaml

def profile(folder, stem):
    hits = sorted(p for p in folder.iterdir() if p.name.split('.')[0] == stem)
    if not hits:
        raise SystemExit(f"{folder}: no {stem}.* profile")
    return hits[0]

def show(path):
    if path.is_dir():
        return "\n".join(f"--- {p.name} ---\n{p.read_text(encoding='utf-8-sig')}" for p in sorted(path.iterdir()) if p.is_file())
    return path.read_text(encoding='utf-8-sig')

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pairs"); ap.add_argument("out"); ap.add_argument("--rapport", default="./rapport")
    a = ap.parse_args()
    out = pathlib.Path(a.out); out.mkdir(parents=True, exist_ok=True)
    verdicts = []
    for folder in sorted(p for p in pathlib.Path(a.pairs).iterdir() if p.is_dir()):
        spec = yaml.safe_load((folder / "pair.yaml").read_text(encoding="utf-8"))
        me, them = profile(folder, "me"), profile(folder, "them")
        limit = str(spec.get("limit", 300))
        run = subprocess.run([a.rapport, "draft", "--json", "--variants", "1", "--limit", limit,
                              "--me", str(me), "--them", str(them), "--why", spec["why"]],
                             capture_output=True, text=True, env={**__import__("os").environ, "RAPPORT_JOURNAL": "off"})
        try:
            result = json.loads(run.stdout)
        except json.JSONDecodeError:
            result = {"verdict": "error", "notes": [], "error": run.stderr.strip()[:300]}
        notes = [n["text"] for n in result.get("notes", [])]
        verdicts.append({"pair": folder.name, "expect": spec.get("expect"), "verdict": result.get("verdict"),
                         "note": notes[0] if notes else None, "limit": int(limit)})
        if notes:
            (out / f"{folder.name}.md").write_text(
                f"# {folder.name}\n\n## The sender's profile\n\n{show(me)}\n\n## The recipient's profile\n\n{show(them)}\n\n"
                f"## The sender's reason (typed by the sender, not sent)\n\n{spec['why']}\n\n"
                f"## The invitation note the recipient receives\n\n> {notes[0]}\n", encoding="utf-8")
    with open(out / "verdicts.jsonl", "w", encoding="utf-8") as f:
        for v in verdicts:
            f.write(json.dumps(v, ensure_ascii=False) + "\n")
    agree = sum(v["verdict"] == v["expect"] for v in verdicts)
    print(f"{len(verdicts)} pairs, verdict agrees with expect on {agree}, {sum(1 for v in verdicts if v['note'])} notes written to {out}")

if __name__ == "__main__":
    main()
