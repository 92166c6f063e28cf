#!/usr/bin/env bash
# The whole CLI pipeline against ripgrep (issue 17): `duizhao-cli indicators
# --format csv` over 2,000 seed-shaped reports vs `rg` counting three terms in
# the same files, then the CLI's time for one report from 128 KiB to 8 MiB
# (linear means the time per MiB stays flat). Run in the build shell:
#   bash .ci/duizhao shell 'bash bench/cli-vs-ripgrep.sh [BUILD_DIR] [N]'
# Needs ripgrep (apt-get install ripgrep); not run by CTest.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$top/build/buildroot}" && pwd)
n=${2:-2000}
command -v rg >/dev/null || { echo "ripgrep (rg) is not installed" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/bin/bench_writereports" reports "$n" "$work/reports"
"$build/bin/bench_writereports" sizes "$work/sizes"
mb=$(du -sm "$work/reports" | cut -f1)

now() { date +%s.%N; }
t0=$(now)
"$build/bin/duizhao-cli" indicators --format csv "$work"/reports/*.txt > "$work/out.csv"
t1=$(now)
rg -c -e 行政复议 -e 行政处罚 -e 普法 "$work/reports" > /dev/null
t2=$(now)
cli=$(echo "$t1 - $t0" | bc -l)
grep=$(echo "$t2 - $t1" | bc -l)
printf 'reports: %d files, %s MB\n' "$n" "$mb"
printf 'duizhao-cli indicators --format csv: %.2f s\n' "$cli"
printf 'rg (3 terms):                        %.2f s\n' "$grep"
printf 'ratio: %.1fx\n' "$(echo "$cli / $grep" | bc -l)"

echo 'size scaling (one report, duizhao-cli indicators --format csv):'
for f in "$work"/sizes/*.txt; do
    kib=$(( $(stat -c %s "$f") / 1024 ))
    s=$(now)
    "$build/bin/duizhao-cli" indicators --format csv "$f" > /dev/null
    e=$(now)
    t=$(echo "$e - $s" | bc -l)
    printf '  %6d KiB  %7.2f s  %6.2f s/MiB\n' "$kib" "$t" "$(echo "$t * 1024 / $kib" | bc -l)"
done
