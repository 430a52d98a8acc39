#!/usr/bin/env bash
# Whole-process figures of `render` (issue 4), with the shipped, ReadyToRun-compiled program:
# 1. time on the standard workloads (target: large.md in no more than 0.35 s, start-up included),
#    with hyperfine (apt-get install hyperfine) or, without it, a plain loop;
# 2. peak memory against page count: large.md repeated 1, 2, 4, 8 and 16 times. render runs without
#    collections in a region sized from the input and capped at 256 MB (src/Briefings.Typesetting/
#    CollectionFreeRegion.cs, opened by Typesetter.RenderOnce), so the first rows show that allowance; past the cap, peak memory
#    grows with the document (the laid-out pages and the PDF being built) and nothing else.
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

printf '\n%-7s %6s %8s %10s %22s\n' copies pages seconds peak_MB KB_per_page_since_last
last_kb="" last_pages=""
for copies in 1 2 4 8 16; do
  for ((i = 0; i < copies; i++)); do cat "$workloads/large.md"; echo; done > "$out/large-$copies.md"
  /usr/bin/time -f '%e %M' -o "$out/time" "$out/app/briefings" render "$out/large-$copies.md" -o "$out/large-$copies.pdf" > "$out/log" 2>/dev/null
  pages=$(grep -o '[0-9]* pages' "$out/log" | cut -d' ' -f1)
  read -r seconds peak_kb < "$out/time"
  per_page="-"
  if [ -n "$last_kb" ]; then per_page=$(( (peak_kb - last_kb) / (pages - last_pages) )); fi
  last_kb=$peak_kb last_pages=$pages
  printf '%-7s %6s %8s %10s %22s\n' "$copies" "$pages" "$seconds" "$((peak_kb / 1024))" "$per_page"
done
