#!/usr/bin/env bash
# Whole-process timing of `render` on the standard workloads (issue 4: large.md in no more than 0.35 s,
# start-up included). Publishes the shipped, ReadyToRun-compiled program, then times it with hyperfine
# (apt-get install hyperfine) or, without it, with a plain loop.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
dotnet publish "$root/src/Briefings" -c Release -r linux-x64 --self-contained false -o "$out/app" -v quiet >/dev/null
workloads="$root/tests/Briefings.Benchmarks/Workloads"
for name in small large; do
  command="$out/app/briefings render $workloads/$name.md -o $out/$name.pdf"
  if command -v hyperfine >/dev/null; then
    hyperfine --warmup 2 --runs 15 -N "$command"
  else
    for _ in 1 2 3 4 5; do /usr/bin/time -f "$name.md %e s, %M KB" $command >/dev/null; done
  fi
done
