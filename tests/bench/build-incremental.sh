#!/usr/bin/env bash
# Whole-process figures of incremental builds (issue 6), with the shipped, ReadyToRun-compiled program:
# 1. the real seeds: a no-op rebuild, less the program's start-up (`--version`); target under 0.5 s;
# 2. the generated 10,000-article corpus with 100 briefs: full build, no-op rebuild, and a rebuild
#    after one seed file changed (it concerns one brief); target: no-op at least 20 times faster than full.
# With BASELINE_APP=<folder of another published program> (e.g. main's, from publish-app.sh), part 2 runs
# both programs side by side in one run, each on its own copy of the project, steps interleaved, and gives
# wall time, CPU time (user + sys) and peak RSS (/usr/bin/time -v) of each build.
# GENERATED=<folder> reuses a project written by `generate-project` instead of generating one.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
source "$root/tests/bench/publish-app.sh"
publish_app "$root" "$work/app"
app="$work/app/briefings"
export SOURCE_DATE_EPOCH=1735603200

seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s.%N); echo "$end - $start" | bc; }
best_of() { local best=999 t; for _ in 1 2 3 4 5; do t=$(seconds "$@"); best=$(echo "if ($t < $best) $t else $best" | bc); done; echo "$best"; }

echo "== real seeds"
mkdir -p "$work/real"
cp -r "$root/seeds" "$root/templates" "$root/briefs.yaml" "$work/real/"
(cd "$work/real" && "$app" build briefs.yaml >/dev/null)
startup=$(best_of "$app" --version)
noop=$(cd "$work/real" && best_of "$app" build briefs.yaml)
printf 'start-up %.3f s, no-op build %.3f s, no-op less start-up %.3f s (target < 0.5 s)\n' "$startup" "$noop" "$(echo "$noop - $startup" | bc)"

echo "== generated corpus: 10,000 articles, 100 briefs"
if [ -n "${GENERATED:-}" ]; then cp -r "$GENERATED" "$work/big"; rm -rf "$work/big/out"
else dotnet run -c Release --project "$root/tests/Briefings.Benchmarks" -- generate-project "$work/big" >/dev/null; fi
if [ -n "${BASELINE_APP:-}" ]; then
  cp -r "$work/big" "$work/big-baseline"
  # One build: wall s, CPU s, peak RSS MB, briefs built.
  measure() {
    (cd "$1" && /usr/bin/time -v -o "$work/tv" "$2" build briefs.yaml --json > "$work/out.json" 2>/dev/null || true)
    local wall user sys rss
    wall=$(grep 'Elapsed (wall clock)' "$work/tv" | awk '{print $NF}' | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
    user=$(grep 'User time' "$work/tv" | awk '{print $NF}'); sys=$(grep 'System time' "$work/tv" | awk '{print $NF}')
    rss=$(grep 'Maximum resident' "$work/tv" | awk '{print $NF}')
    printf '%6.2f s wall, %6.2f s CPU, %4d MB peak, %3s built' "$wall" "$(echo "$user + $sys" | bc)" "$((rss / 1024))" "$(grep -c '"status": "built"' "$work/out.json" || true)"
  }
  side_by_side() {
    printf '%-18s before: %s\n' "$1" "$(measure "$work/big-baseline" "$BASELINE_APP/briefings")"
    printf '%-18s after:  %s\n' "$1" "$(measure "$work/big" "$app")"
  }
  side_by_side "full build"
  for round in 1 2 3; do side_by_side "no-op ($round)"; done
  for round in 1 2 3; do
    for project in "$work/big-baseline" "$work/big"; do sed -i "5s/\$/ (Corrected $round.)/" "$(ls "$project"/seeds/*.txt | sort | head -n 1)"; done
    side_by_side "one seed ($round)"
  done
  exit 0
fi
cd "$work/big"
timed() { /usr/bin/time -f %e -o "$work/t" "$@" > "$work/out.json" 2>/dev/null || true; tail -n 1 "$work/t"; }
built() { grep -c '"status": "built"' "$work/out.json" || true; }
full=$(timed "$app" build briefs.yaml --json); full_built=$(built)
noop=$(best_of "$app" build briefs.yaml)
first_seed=$(ls seeds/*.txt | sort | head -n 1)
# A correction inside the first article's first paragraph (line 5: title, blank, byline, blank, paragraph).
sed -i '5s/$/ (Corrected.)/' "$first_seed"
one=$(timed "$app" build briefs.yaml --json); one_built=$(built)
printf 'full build %.2f s (%s briefs built); no-op %.3f s (%.0fx faster than full); one seed changed %.2f s (%s brief rebuilt, %s failed)\n' \
  "$full" "$full_built" "$noop" "$(echo "$full / $noop" | bc -l)" "$one" "$one_built" "$(grep -c '"status": "failed"' "$work/out.json" || true)"
