#!/usr/bin/env bash
# First offline notes for a folder of pairs, for a blind recipient panel: one Markdown block per pair
# with its name, the reason and the first note (or the verdict when no note is warranted).
# Each pair is a folder holding me.* and them.* (a profile file or export folder) and pair.yaml with
# `why: "…"` and optionally `limit: 200`. Reviewers should see the two profiles, the reason and the
# note only. Runs against a throwaway journal, so panel runs never touch yours.
#   usage: src/bench/first-notes.sh PAIRS_DIR > first-notes.md
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dir="${1:?usage: first-notes.sh PAIRS_DIR}"
command -v jq >/dev/null || { echo "first-notes.sh: needs jq" >&2; exit 1; }
XDG_DATA_HOME="$(mktemp -d)"
export XDG_DATA_HOME
trap 'rm -rf "$XDG_DATA_HOME"' EXIT
for pair in "$dir"/*/; do
  pair="${pair%/}"
  [ -f "$pair/pair.yaml" ] || continue
  why="$(sed -n 's/^why: *//p' "$pair/pair.yaml" | sed -e 's/^"\(.*\)"$/\1/' -e "s/^'\(.*\)'$/\1/")"
  limit="$(sed -n 's/^limit: *\([0-9]*\).*/\1/p' "$pair/pair.yaml")"
  me="$(ls -d "$pair"/me* | head -1)"
  them="$(ls -d "$pair"/them* | head -1)"
  json="$("$here/rapport" draft --json --variants 1 --limit "${limit:-300}" --me "$me" --them "$them" --why "$why")"
  note="$(jq -r 'if (.notes | length) > 0 then .notes[0].text else "(no note: the verdict is " + .verdict + ")" end' <<<"$json")"
  printf '## %s\n\nReason: %s\n\nNote: %s\n\n' "$(basename "$pair")" "$why" "$note"
done
