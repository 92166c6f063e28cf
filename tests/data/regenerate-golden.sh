#!/usr/bin/env bash
# Rewrites tests/data/golden/*.json (outline, align, indicators, weaknesses) with the current build's
# duizhao-cli. Run it after a reviewed change to the outline, then read the
# diff (git diff tests/data/golden) before committing it:
#   bash .ci/duizhao shell tests/data/regenerate-golden.sh [BUILD_DIR]
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$top/build/buildroot}" && pwd)
cd "$top/resources/samples"
for f in *.txt; do
    "$build/bin/duizhao-cli" outline --format json "$f" > "$top/tests/data/golden/${f%%_*}.outline.json"
done
# The alignment table of all five, file names as given.
"$build/bin/duizhao-cli" align --format json *.txt > "$top/tests/data/golden/align.json"
# Every indicator of all five, with evidence spans and components.
"$build/bin/duizhao-cli" indicators --format json *.txt > "$top/tests/data/golden/indicators.json"
# The shortcomings each report admits, with themes.
"$build/bin/duizhao-cli" weaknesses --format json *.txt > "$top/tests/data/golden/weaknesses.json"
echo "regenerated $(ls "$top/tests/data/golden" | wc -l) golden files"
