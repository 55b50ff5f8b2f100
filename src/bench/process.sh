#!/usr/bin/env bash
# Whole-process time and peak memory of one rapport command, over repeated runs (median).
# Usage: src/bench/process.sh [runs] -- rapport arguments...
# Default: `draft` on the first example pair. Needs the jar (./rapport builds it) and /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-15}
shift || true
[ "${1:-}" = "--" ] && shift
if [ $# -eq 0 ]; then
  set -- draft --me examples/pairs/01-former-colleagues/me.txt --them examples/pairs/01-former-colleagues/them.txt \
    --why "we worked together at Stripewell and I would like to reconnect"
fi
# The runs are the benchmark's, not the user's: a scratch journal and config folder, removed at the end,
# and none of the user's RAPPORT_* settings (the cache of the model's native libraries stays the user's).
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
unset "${!RAPPORT_@}"
./rapport --version >/dev/null   # builds the jar if needed; not timed
times=(); rss=()
for i in $(seq "$runs"); do
  out=$( { /usr/bin/time -f "%e %M" ./rapport "$@" >/dev/null; } 2>&1 | tail -1)
  times+=("${out% *}"); rss+=("${out#* }")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
echo "runs=$runs median_wall_s=$(median "${times[@]}") median_peak_rss_mb=$(( $(median "${rss[@]}" | cut -d. -f1) / 1024 ))"
