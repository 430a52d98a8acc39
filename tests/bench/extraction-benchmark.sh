#!/usr/bin/env bash
# Scores the web extractor on the public article-extraction benchmark (eval/article-extraction-benchmark:
# 181 saved pages, their true bodies and Zyte's evaluate.py), with SmartReader beside it as a reference.
#   tests/bench/extraction-benchmark.sh [evaluate.py options, e.g. --n-bootstrap 200]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$root/eval/article-extraction-benchmark/evaluate.py" "$root/eval/article-extraction-benchmark/ground-truth.json" "$work/"
dotnet run -c Release --project "$root/tests/Briefings.Benchmarks" -- \
  extraction-benchmark "$root/eval/article-extraction-benchmark/html" "$work/output"
cd "$work"
/usr/bin/python3 evaluate.py "$@"
