#!/usr/bin/env bash
# The long fuzz run: the typesetter's nothing-lost property and the loaders' properties (article
# parser, briefs.yaml, theme and front matter) over many more inputs than CI's, with a fresh seed
# each time unless one is given. A failing document is saved under /tmp and named
# in the failure message; the seed printed here replays the run.
#   tests/fuzz.sh [runs] [seed]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-2000}"
seed="${2:-$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')}"
echo "fuzz: $runs documents, seed $seed"
BRIEFINGS_FUZZ_RUNS="$runs" BRIEFINGS_FUZZ_SEED="$seed" \
  dotnet test "$root/tests/Briefings.Typesetting.Tests" --filter "FullyQualifiedName~ForGeneratedDocuments"
BRIEFINGS_FUZZ_RUNS="$((runs * 5))" BRIEFINGS_FUZZ_SEED="$seed" \
  dotnet test "$root/tests/Briefings.Tests" --filter "FullyQualifiedName~Reliability.FuzzTests"
