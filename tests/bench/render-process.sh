#!/usr/bin/env bash
# Whole-process figures of `render` (issue 4), with the shipped, ReadyToRun-compiled program:
# 1. time on the standard workloads (target: large.md in no more than 0.35 s, start-up included),
#    with hyperfine (apt-get install hyperfine) or, without it, a plain loop;
# 2. peak memory against page count: large.md repeated 1, 2, 4 and 8 times; the growth per page
#    should stay flat (memory grows with the document, nothing else).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
source "$root/tests/bench/publish-app.sh"
publish_app "$root" "$out/app"
workloads="$root/tests/Briefings.Benchmarks/Workloads"
for name in small large; do
  command="$out/app/briefings render $workloads/$name.md -o $out/$name.pdf"
  if command -v hyperfine >/dev/null; then
    hyperfine --warmup 2 --runs 15 -N "$command"
  else
    for _ in 1 2 3 4 5; do /usr/bin/time -f "$name.md %e s, %M KB" $command >/dev/null; done
  fi
done

printf '\n%-7s %6s %8s %10s %14s\n' copies pages seconds peak_MB KB_per_page
base_kb="" base_pages=""
for copies in 1 2 4 8; do
  for ((i = 0; i < copies; i++)); do cat "$workloads/large.md"; echo; done > "$out/large-$copies.md"
  /usr/bin/time -f '%e %M' -o "$out/time" "$out/app/briefings" render "$out/large-$copies.md" -o "$out/large-$copies.pdf" > "$out/log" 2>/dev/null
  pages=$(grep -o '[0-9]* pages' "$out/log" | cut -d' ' -f1)
  read -r seconds peak_kb < "$out/time"
  per_page="-"
  if [ -n "$base_kb" ]; then per_page=$(( (peak_kb - base_kb) / (pages - base_pages) )); fi
  base_kb=${base_kb:-$peak_kb} base_pages=${base_pages:-$pages}
  printf '%-7s %6s %8s %10s %14s\n' "$copies" "$pages" "$seconds" "$((peak_kb / 1024))" "$per_page"
done
