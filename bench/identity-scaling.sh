#!/usr/bin/env bash
# Identity stays linear in the text (issue 22): `duizhao-cli outline` (read,
# furniture, outline, identity) on one report from 128 KiB to 8 MiB, and on a
# one-line text (the process start with the gazetteer's load); the best of
# three runs each. Linear means the time per MiB stays flat. Run in the build
# shell, for two builds to compare (the second directory writes the texts):
#   bash .ci/duizhao shell 'bash bench/identity-scaling.sh [BUILD_DIR] [WRITER_BUILD_DIR]'
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$top/build/buildroot}" && pwd)
writer=$(cd "${2:-$build}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$writer/bin/bench_writereports" sizes "$work/sizes" > /dev/null
printf '天津市滨海新区卫生健康委员会2024年法治政府建设情况报告\n' > "$work/one.txt"
python3 - "$build/bin/duizhao-cli" "$work" <<'PY'
import glob, os, subprocess, sys, time
cli, work = sys.argv[1], sys.argv[2]
def best(path):
    times = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run([cli, "outline", "--format", "json", path], stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return min(times)
print(f"start (one line, gazetteer loaded): {best(os.path.join(work, 'one.txt')):.3f} s")
print("size scaling (one report, duizhao-cli outline --format json):")
for path in sorted(glob.glob(os.path.join(work, "sizes", "*.txt")), key=os.path.getsize):
    kib = os.path.getsize(path) // 1024
    t = best(path)
    print(f"  {kib:6d} KiB  {t:7.3f} s  {t * 1024 / kib:6.3f} s/MiB")
PY
