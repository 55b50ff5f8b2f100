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

python3 - "$rounds" "$tmp" "$before" "$after" <<'PY'
import os, statistics, sys, time

rounds, tmp, trees = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
pair = "examples/pairs/01-former-colleagues"
why = "we worked together at Stripewell and I would like to reconnect"
env = dict(os.environ, HOME=tmp, XDG_DATA_HOME=tmp + "/data", XDG_CACHE_HOME=tmp + "/cache",
           XDG_CONFIG_HOME=tmp + "/config")
for k in ("NO_COLOR", "RAPPORT_NO_EMBEDDINGS", "RAPPORT_JOURNAL", "RAPPORT_ENGINE", "RAPPORT_JAVA_OPTS"):
    env.pop(k, None)

def run(argv, cwd):
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        os.chdir(cwd)
        fd = os.open(os.devnull, os.O_RDWR)
        for i in (0, 1, 2):
            os.dup2(fd, i)
        os.execvpe(argv[0], argv, env)
    _, status, usage = os.wait4(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{argv} in {cwd} failed")
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024

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
