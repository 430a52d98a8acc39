#!/usr/bin/env bash
# Regenerates the README's picture of a brief: builds the briefs, then renders page 1 of one of
# them to PNG. Needs pdftoppm (Debian: poppler-utils).
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet run --project src/Briefings -- build briefs.yaml
pdftoppm -png -r 80 -f 1 -l 1 -singlefile out/emirate-and-hamas.pdf tests/readme/emirate-and-hamas-page1
echo "wrote tests/readme/emirate-and-hamas-page1.png"
