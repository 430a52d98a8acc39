#!/usr/bin/env bash
# Whole-process `render` of two or more published programs side by side on a noisy machine: each round
# runs every program once, in an order rotated each round, and the medians of wall and CPU (user+sys)
# time are compared with the first program's. Publish each commit with publish-app.sh first.
#   render-interleaved.sh <rounds> <input.md> <program-folder>...
set -euo pipefail
rounds=$1 input=$2
shift 2
programs=("$@")
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for ((round = 0; round < rounds; round++)); do
  for ((k = 0; k < ${#programs[@]}; k++)); do
    program=${programs[$(((k + round) % ${#programs[@]}))]}
    /usr/bin/time -f "%e %U %S" -o "$out/time" "$program/briefings" render "$input" -o "$out/out.pdf" >/dev/null 2>&1
    read -r wall user sys < "$out/time"
    echo "$program $wall $user $sys" >> "$out/runs"
  done
done
python3 - "$out/runs" "${programs[0]}" <<'PY'
import collections, statistics, sys
wall, cpu = collections.defaultdict(list), collections.defaultdict(list)
for line in open(sys.argv[1]):
    program, w, u, s = line.split()
    wall[program].append(float(w)); cpu[program].append(float(u) + float(s))
first = sys.argv[2]
for program in wall:
    w, c = statistics.median(wall[program]), statistics.median(cpu[program])
    print(f"{program}: {len(wall[program])} runs, median wall {w:.3f} s ({w / statistics.median(wall[first]):.3f}x), "
          f"median CPU {c:.3f} s ({c / statistics.median(cpu[first]):.3f}x)")
PY
