#!/usr/bin/env bash
# Whole-process figures of one long brief (issue 20): a generated project of N articles (default
# 1,000) and one brief selecting all of them, built by the shipped, ReadyToRun-compiled program from
# scratch. Prints wall time, CPU time (user + system), peak RSS and the PDF's pages; target for
# N = 5,000: at most 30 s and 1 GB. Run it for several N to see the exponent.
#   tests/bench/one-brief.sh [N] [program]
# With a second argument that program (e.g. an earlier publish) is timed instead of a fresh publish;
# ONE_BRIEF_KEEP=<folder> keeps the built PDF there (to compare builds byte for byte).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
articles="${1:-1000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [[ $# -ge 2 ]]; then
  app="$(realpath "$2")"
else
  source "$root/tests/bench/publish-app.sh"
  publish_app "$root" "$work/app"
  app="$work/app/briefings"
fi
export SOURCE_DATE_EPOCH=1735603200

dotnet run -c Release --project "$root/tests/Briefings.Benchmarks" -- generate-one-brief "$work/project" "$articles" >/dev/null
cd "$work/project"
/usr/bin/time -v -o "$work/time" "$app" build briefs.yaml > "$work/log" 2>&1 || { cat "$work/log"; exit 1; }
field() { grep -F "$1" "$work/time" | sed 's/.*: //'; }
wall=$(field 'Elapsed (wall clock)' | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
cpu=$(echo "$(field 'User time') + $(field 'System time')" | bc)
peak_kb=$(field 'Maximum resident set size')
pdf="out/all-$articles.pdf"
pages=$(qpdf --show-npages "$pdf" 2>/dev/null || echo '?')
printf 'articles %d: wall %.1f s, CPU %.1f s, peak RSS %d MB, %s pages\n' "$articles" "$wall" "$cpu" "$((peak_kb / 1024))" "$pages"
if [[ -n "${ONE_BRIEF_KEEP:-}" ]]; then
  mkdir -p "$ONE_BRIEF_KEEP"
  cp "$pdf" "$ONE_BRIEF_KEEP/"
fi
