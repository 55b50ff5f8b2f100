#!/usr/bin/env bash
# Before against after: `check` and `draft` of example pair 01 through two launchers (two clones, or a
# copy of an older build: each directory needs ./rapport, target/rapport.jar and examples/), interleaved
# round by round with `java -version`, so that both trees see the same load. Prints medians of wall and
# CPU (user + system) seconds, their ratios to `java -version`, and peak RSS.
# Usage: src/bench/compare.sh BEFORE_DIR AFTER_DIR [rounds]   (default 9 rounds)
set -euo pipefail
before="$(cd "$1" && pwd)"
after="$(cd "$2" && pwd)"
rounds="${3:-9}"
for d in "$before" "$after"; do
  "$d/rapport" --version >/dev/null   # builds the jar and the fast-start archive where missing; not timed
done
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

PYTHONPATH="$(cd "$(dirname "$0")" && pwd)" python3 - "$rounds" "$tmp" "$before" "$after" <<'PY'
import os, statistics, sys, time
import benchlib

rounds, tmp, trees = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
pair = "examples/pairs/01-former-colleagues"
why = "we worked together at Stripewell and I would like to reconnect"
env = benchlib.clean_env(tmp)

def run(argv, cwd):
    return benchlib.run(argv, env, cwd)

def pair_args(command):
    return ["./rapport", command, "--me", pair + "/me.txt", "--them", pair + "/them.txt", "--why", why]

cases = [("java -version", None, ["java", "-version"])]
for label, tree in (("before", trees[0]), ("after", trees[1])):
    for command in ("check", "draft"):
        cases.append((f"{command} {label}", tree, pair_args(command)))
for _, tree, argv in cases:   # one warm-up round
    run(argv, tree or trees[0])
results = {name: [] for name, _, _ in cases}
load = [os.getloadavg()[0]]
for _ in range(rounds):
    for name, tree, argv in cases:
        results[name].append(run(argv, tree or trees[0]))
    load.append(os.getloadavg()[0])
wall0 = statistics.median(r[0] for r in results["java -version"])
cpu0 = statistics.median(r[1] for r in results["java -version"])
print(f"{rounds} rounds, load average {min(load):.1f}-{max(load):.1f} (median {statistics.median(load):.1f})")
print(f"  {'':16} {'wall':>8} {'ratio':>6} {'CPU':>8} {'ratio':>6} {'peak RSS':>9}")
for name, rs in results.items():
    wall = statistics.median(r[0] for r in rs)
    cpu = statistics.median(r[1] for r in rs)
    rss = statistics.median(r[2] for r in rs)
    print(f"  {name:16} {wall:7.3f}s {wall / wall0:5.1f}x {cpu:7.3f}s {cpu / cpu0:5.1f}x {rss:7.0f} MB")
PY
