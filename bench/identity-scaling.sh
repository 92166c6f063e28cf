#!/usr/bin/env bash
# Identity stays linear in the text (issue 22): `duizhao-cli outline` (read,
# furniture, outline, identity) on one report from 128 KiB to 8 MiB, and on a
# one-line text (the process start with the gazetteer's load). Linear means
# the time per MiB stays flat. Run in the build shell, for two builds to compare:
#   bash .ci/duizhao shell 'bash bench/identity-scaling.sh [BUILD_DIR] [WRITER_BUILD_DIR]'
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$top/build/buildroot}" && pwd)
writer=$(cd "${2:-$build}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$writer/bin/bench_writereports" sizes "$work/sizes" > /dev/null
printf '天津市滨海新区卫生健康委员会2024年法治政府建设情况报告\n' > "$work/one.txt"
now() { date +%s.%N; }
best() { # the fastest of three runs, in seconds
    local b=999 s e t
    for _ in 1 2 3; do
        s=$(now)
        "$build/bin/duizhao-cli" outline --format json "$@" > /dev/null
        e=$(now)
        t=$(echo "$e - $s" | bc -l)
        b=$(echo "if ($t < $b) $t else $b" | bc -l)
    done
    echo "$b"
}
printf 'start (one line, gazetteer loaded): %.3f s\n' "$(best "$work/one.txt")"
echo 'size scaling (one report, duizhao-cli outline --format json):'
for f in "$work"/sizes/*.txt; do
    kib=$(( $(stat -c %s "$f") / 1024 ))
    t=$(best "$f")
    printf '  %6d KiB  %7.3f s  %6.3f s/MiB\n' "$kib" "$t" "$(echo "$t * 1024 / $kib" | bc -l)"
done
