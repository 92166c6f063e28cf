#!/usr/bin/env bash
# Makes the AppStream screenshots (packaging/screenshots/*.png) with the
# workbench's own --screenshot, offscreen on a 1920×1080 screen, in English
# (NAME.png) and in Chinese (NAME-zh_CN.png), on the built-in samples, with settings of its own (no saved layout or
# language leaks in):
#
#   bash .ci/duizhao shell packaging/make-screenshots.sh [BUILD_DIR]
#
# BUILD_DIR defaults to build/buildroot. Look at the pictures before
# committing them; the packaging_screenshots test checks the metainfo names
# exactly these files.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=${1:-$here/../build/buildroot}
duizhao=$build/bin/duizhao
out=$here/screenshots
[ -x "$duizhao" ] || { echo "no $duizhao: build first (bash .ci/duizhao build)" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/screen.json" <<'JSON'
{ "screens": [ { "name": "screenshot", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "dpr": 1 } ] }
JSON
mkdir -p "$out"
shoot() {
    local name=$1 locale=$2
    shift 2
    env -u LANGUAGE -u LANG LC_ALL="$locale" HOME="$tmp" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" \
        QT_QPA_PLATFORM="offscreen:configfile=$tmp/screen.json" \
        "$duizhao" --screenshot "$out/$name.png" "$@"
}
for lang in en zh_CN; do
    locale=C.UTF-8 suffix=""
    [ "$lang" = en ] || locale=$lang.UTF-8 suffix=-$lang
    # The compare view at administrative law enforcement (P1.T05, 行政执法).
    shoot "compare$suffix" "$locale" --view compare --node P1.T05
    shoot "indicators$suffix" "$locale" --view indicators
    shoot "weaknesses$suffix" "$locale" --view weaknesses
done
