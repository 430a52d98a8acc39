#!/usr/bin/env bash
# Prints the dev-corpus figures (issue 16) for humans: runs `articles --json --analysis` on
# eval/corpus-dev/articles with a Release build and scores it with eval/corpus-dev/score.py.
# usage: tests/eval/score-dev.sh [--verbose]     (--verbose lists every miss)
# Without Python, the same figures come from the C# port in the regression test:
#   dotnet test tests/Briefings.Tests --filter Score_ReachesEveryFloor --logger "console;verbosity=detailed"
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
dev="$root/eval/corpus-dev"
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
dotnet build "$root/src/Briefings" -c Release -v quiet -nologo >/dev/null
dotnet run -c Release --no-build --project "$root/src/Briefings" -- articles "$dev/articles" --json --analysis > "$out"
python=/usr/bin/python3
[ -x "$python" ] || python="$(command -v python3)"
"$python" "$dev/score.py" "$out" "$dev/gold.json" --articles "$dev/articles" "$@"
echo "floors: $dev/floors.json (checked by dotnet test, DevCorpusScoreTests)"
