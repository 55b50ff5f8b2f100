#!/usr/bin/env bash
# The journal at scale: `rapport batch` over N generated targets (one CSV, default 50,000) with the
# journal off and with a fresh journal, then `rapport log` over the journal it left, each as a ratio
# to `java -version` measured in the same run (so that the figure does not depend on the machine).
# Aim: the run with the journal within 1.5x of the run without it. Usage: src/bench/journal-scale.sh [N]
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-50000}
./rapport --version >/dev/null   # builds the jar if needed; not timed
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
python3 - "$n" "$work/targets.csv" <<'PY'
import csv, sys
n, path = int(sys.argv[1]), sys.argv[2]
with open(path, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["name", "headline", "company", "title", "about", "skills", "url"])
    for i in range(n):
        kind = i % 3
        if kind == 0:
            w.writerow([f"Colleague Number{i}", "Staff Engineer at Tallyport", "Tallyport", "Staff Engineer",
                        "I build payment systems; several good years at Stripewell.", "Payments;Go",
                        f"https://www.linkedin.com/in/colleague-{i}"])
        elif kind == 1:
            w.writerow([f"Stranger Number{i}", "Product Designer at Cedar Labs", "Cedar Labs", "Product Designer",
                        "I design tools for warehouse teams.", "Design", f"https://www.linkedin.com/in/stranger-{i}"])
        else:
            w.writerow([f"Buyer Number{i}", "Head of Procurement at Northwind Freight", "Northwind Freight",
                        "Head of Procurement", "No recruiters and no sales pitches, please.", "Procurement", ""])
PY
me=examples/pairs/01-former-colleagues/me.txt
why="reconnect with people I worked with"
secs() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N); echo "$e - $s" | bc; }
jv=$(secs java -version)
off=$(secs env RAPPORT_JOURNAL=off ./rapport batch --me "$me" --why "$why" --out "$work/off.csv" "$work/targets.csv")
on=$(secs env RAPPORT_JOURNAL="$work/journal.db" ./rapport batch --me "$me" --why "$why" --out "$work/on.csv" "$work/targets.csv")
log=$(secs env RAPPORT_JOURNAL="$work/journal.db" ./rapport log)
rows=$(( $(wc -l <"$work/on.csv") - 1 ))
echo "targets=$n rows_written=$rows java_version_s=$jv"
echo "batch journal off: ${off}s (x$(echo "$off / $jv" | bc) java -version)"
echo "batch journal on:  ${on}s (x$(echo "$on / $jv" | bc) java -version); on/off = $(echo "scale=2; $on / $off" | bc)"
echo "log over $n people: ${log}s (x$(echo "$log / $jv" | bc) java -version)"
