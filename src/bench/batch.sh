#!/usr/bin/env bash
# Whole-process time and peak memory of `rapport batch` over 1,000 generated targets (no LLM),
# with a fresh journal each run, then once more resuming from the journal, and the cost of the
# journal for a single `check`. Usage: src/bench/batch.sh [runs]. Needs the jar and /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
./rapport --version >/dev/null   # builds the jar if needed; not timed
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
mkdir -p "$work/targets"
# three kinds, as in the batch tests: former colleagues of the sender, strangers with a post, strangers with a policy
for i in $(seq 0 999); do
  f=$(printf '%s/targets/target-%04d.txt' "$work" "$i")
  case $((i % 3)) in
    0) printf '%s\nStaff Engineer at Tallyport\nChicago, Illinois\n\nAbout\nI build payment systems; several good years at Stripewell.\n\nExperience\nStaff Engineer\nTallyport · Full-time\nJan 2022 - Present\nSenior Software Engineer\nStripewell · Full-time\nMar 2016 - Dec 2021\n\nSkills\nPayments\nGo\n' "Colleague Number$i" >"$f" ;;
    1) printf '%s\nProduct Designer at Cedar Labs\nLisbon, Portugal\n\nAbout\nI design tools for warehouse teams.\n\nActivity\nStranger posted this • 1w\nNight-shift workers read screens differently; we rebuilt our picking app.\n\nExperience\nProduct Designer\nCedar Labs · Full-time\nFeb 2020 - Present\n' "Stranger Number$i" >"$f" ;;
    2) printf '%s\nHead of Procurement at Northwind Freight\nDenver, Colorado\n\nAbout\nNo recruiters and no sales pitches, please.\n\nExperience\nHead of Procurement\nNorthwind Freight · Full-time\nJun 2018 - Present\n' "Buyer Number$i" >"$f" ;;
  esac
done
printf '' >"$work/targets/target-0500.txt"   # one unreadable target
me=examples/pairs/01-former-colleagues/me.txt
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
measure() { /usr/bin/time -o "$work/time.txt" -f "%e %M" "$@" >/dev/null 2>&1; tail -1 "$work/time.txt"; }
times=(); rss=()
for i in $(seq "$runs"); do
  rm -f "$work"/journal.db*
  out=$(measure env RAPPORT_JOURNAL="$work/journal.db" ./rapport batch \
    --me "$me" --why "reconnect with people I worked with" --out "$work/out.csv" "$work/targets")
  times+=("${out% *}"); rss+=("${out#* }")
done
echo "batch 1000 targets, fresh journal: runs=$runs median_wall_s=$(median "${times[@]}") median_peak_rss_mb=$(( $(median "${rss[@]}" | cut -d. -f1) / 1024 ))"
out=$(measure env RAPPORT_JOURNAL="$work/journal.db" ./rapport batch \
  --me "$me" --why "reconnect with people I worked with" --out "$work/out.csv" "$work/targets")
echo "batch 1000 targets, resumed from the journal: wall_s=${out% *} peak_rss_mb=$(( ${out#* } / 1024 ))"
them=examples/pairs/01-former-colleagues/them.txt
off=(); on=()
for i in $(seq 5); do
  o=$(measure env RAPPORT_JOURNAL=off ./rapport check --me "$me" --them "$them" --why "we worked together")
  off+=("${o% *}")
  o=$(measure env RAPPORT_JOURNAL="$work/journal.db" ./rapport check --me "$me" --them "$them" --why "we worked together")
  on+=("${o% *}")
done
echo "check without journal: median_wall_s=$(median "${off[@]}"); check recorded in the journal: median_wall_s=$(median "${on[@]}")"
