#!/usr/bin/env bash
# Issue 22's side-by-side with Typst: the large workload set by `render` and by Typst 0.14 (npm package
# @myriaddreamin/typst-ts-node-compiler, installed into a temporary folder) with the same fonts, page,
# sizes and leading; prints both page counts and the sources table's length in page bodies.
#   typst-compare.sh <program-folder>   (publish it with publish-app.sh)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
program=$1
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
workload="$root/tests/Briefings.Benchmarks/Workloads/large.md"
(cd "$out" && npm init -y >/dev/null && npm install --silent @myriaddreamin/typst-ts-node-compiler >/dev/null)
cp "$root/tests/bench/typst/compile.js" "$out/"
python3 "$root/tests/bench/typst/md2typ.py" "$workload" "$out/large.typ"
(cd "$out" && node compile.js large.typ typst.pdf "$root/src/Briefings.Typesetting/Fonts")
"$program/briefings" render "$workload" -o "$out/briefings.pdf" >/dev/null 2>&1
for pdf in briefings typst; do python3 "$root/tests/bench/typst/table-length.py" "$out/$pdf.pdf" "$pdf"; done
