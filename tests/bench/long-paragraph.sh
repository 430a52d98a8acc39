#!/usr/bin/env bash
# Time and peak memory of a whole build against the length of one paragraph (issue 18, item 12):
# the seeds' own body paragraphs joined into a single paragraph of 0.5, 1, 2 and 4 MB, built into a
# brief with every section by the shipped (ReadyToRun) program. Linear analysis shows as seconds per
# MB that stay about the same from row to row (before the fix, 1 MB took 188 s and the ratio grew
# with the size). Needs GNU time (/usr/bin/time) and python3.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
source "$root/tests/bench/publish-app.sh"
publish_app "$root" "$work/app"
app="$work/app/briefings"
export SOURCE_DATE_EPOCH=1735603200

printf '%8s %10s %10s %10s\n' "MB" "seconds" "s per MB" "peak MB"
for kb in 512 1024 2048 4096; do
  project="$work/p$kb"
  mkdir -p "$project/seeds"
  cp -r "$root/templates" "$project/"
  cp "$root/seeds/entities.yaml" "$project/seeds/"
  /usr/bin/python3 - "$root/seeds" "$project/seeds/long.txt" "$((kb * 1024))" <<'PY'
import glob, sys
seeds, target, size = sys.argv[1], sys.argv[2], int(sys.argv[3])
paragraphs = [p.strip().replace("\n", " ") for f in sorted(glob.glob(seeds + "/*.txt"))
              for p in open(f, encoding="utf-8").read().split("\n\n") if len(p.strip()) > 200]
text = " ".join(paragraphs)
body = ((text + " ") * (size // len(text) + 1))[:size]
body = body[:body.rfind(".") + 1]
open(target, "w", encoding="utf-8").write(f"One long paragraph\n\nBy A. Reporter\n\n{body}\n\nOne long paragraph\nread more\n")
PY
  cat > "$project/briefs.yaml" <<'YAML'
briefs:
  - id: long
    title: One long paragraph
    select: { keywords: { any: [Taliban] } }
    sections: [summary, quotes, timeline, entities, sources]
YAML
  (cd "$project" && /usr/bin/time -f '%e %M' -o "$work/t" "$app" build briefs.yaml >/dev/null)
  read -r seconds kilobytes < "$work/t"
  printf '%8.1f %10.2f %10.2f %10.0f\n' "$(echo "$kb / 1024" | bc -l)" "$seconds" "$(echo "$seconds * 1024 / $kb" | bc -l)" "$(echo "$kilobytes / 1024" | bc -l)"
done
