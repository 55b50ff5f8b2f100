#!/usr/bin/env bash
# Before against after for `critique` (one note, with --to): two trees, interleaved round by round with
# `java -version`, so both see the same load. Prints medians of wall and CPU seconds and peak RSS.
# Usage: src/bench/critique.sh BEFORE_DIR AFTER_DIR [rounds]   (each dir needs ./rapport and examples/)
set -euo pipefail
before="$(cd "$1" && pwd)"; after="$(cd "$2" && pwd)"; rounds="${3:-7}"
note="Hi Olivia, thanks for mentoring me at build night in October! Could you share one tip for the grad scheme? Kwame"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
for d in "$before" "$after"; do "$d/rapport" --version >/dev/null; done   # builds where missing; not timed
for _ in $(seq 1 "$rounds"); do
  for d in "$before" "$after"; do
    (cd "$d" && RAPPORT_JOURNAL=off /usr/bin/time -o "$tmp/t" -f "$d %e %U %S %M" \
      ./rapport critique --to examples/pairs/01-former-colleagues/them.txt "$note" >/dev/null 2>&1; cat "$tmp/t")
  done
  /usr/bin/time -o "$tmp/t" -f "java-version %e %U %S %M" java -version 2>/dev/null; cat "$tmp/t"
done > "$tmp/all"
python3 - "$tmp/all" <<'PY'
import collections, statistics, sys
runs = collections.defaultdict(list)
for line in open(sys.argv[1]):
    name, wall, user, system, rss = line.split()
    runs[name].append((float(wall), float(user) + float(system), int(rss)))
for name, r in runs.items():
    print(f"{name}: wall {statistics.median(x[0] for x in r):.2f} s, CPU {statistics.median(x[1] for x in r):.2f} s, "
          f"peak RSS {statistics.median(x[2] for x in r) / 1024:.0f} MB")
PY
