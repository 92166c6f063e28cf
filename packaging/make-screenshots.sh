#!/usr/bin/env bash
# Makes the AppStream screenshots (packaging/screenshots/*.png) with the
# workbench's own --screenshot, offscreen on a 1920×1080 screen, in English
# (NAME.png) and in Chinese (NAME-zh_CN.png), on the built-in samples, with settings of its own (no saved layout or
# language leaks in):
#
#   bash .ci/duizhao shell packaging/make-screenshots.sh [BUILD_DIR]
#
# With --guide, the user guide's pictures instead: each view on a 1440×900
# screen, in docs/guide/en/images/VIEW.png and docs/guide/zh_CN/images/VIEW.png
# (the build makes the guide's .qch files from them):
#
#   bash .ci/duizhao shell packaging/make-screenshots.sh --guide [BUILD_DIR]
#
# BUILD_DIR defaults to build/buildroot. Look at the pictures before
# committing them; the packaging_screenshots test checks the metainfo names
# exactly these files.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
guide=0
if [ "${1:-}" = --guide ]; then
    guide=1
    shift
fi
build=${1:-$here/../build/buildroot}
duizhao=$build/bin/duizhao
[ -x "$duizhao" ] || { echo "no $duizhao: build first (bash .ci/duizhao build)" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
width=1920 height=1080
[ "$guide" = 1 ] && width=1440 height=900
cat >"$tmp/screen.json" <<JSON
{ "screens": [ { "name": "screenshot", "x": 0, "y": 0, "width": $width, "height": $height, "logicalDpi": 96, "dpr": 1 } ] }
JSON
shoot() {
    local file=$1 locale=$2
    shift 2
    # A fresh home each time: no layout, language or welcome carried over.
    rm -rf "$tmp/home" && mkdir -p "$tmp/home"
    env -u LANGUAGE -u LANG LC_ALL="$locale" HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/config" XDG_DATA_HOME="$tmp/home/data" \
        QT_QPA_PLATFORM="offscreen:configfile=$tmp/screen.json" \
        "$duizhao" --screenshot "$file" "$@"
}
for lang in en zh_CN; do
    locale=C.UTF-8 suffix=""
    [ "$lang" = en ] || locale=$lang.UTF-8 suffix=-$lang
    if [ "$guide" = 1 ]; then
        out=$here/../docs/guide/$lang/images
        mkdir -p "$out"
        shoot "$out/compare.png" "$locale" --view compare --node P1.T05
        for view in indicators weaknesses audit; do
            shoot "$out/$view.png" "$locale" --view "$view"
        done
        continue
    fi
    out=$here/screenshots
    mkdir -p "$out"
    # The compare view at administrative law enforcement (P1.T05, 行政执法).
    shoot "$out/compare$suffix.png" "$locale" --view compare --node P1.T05
    shoot "$out/indicators$suffix.png" "$locale" --view indicators
    shoot "$out/weaknesses$suffix.png" "$locale" --view weaknesses
done
