#!/usr/bin/env bash
# packaging_completion: the bash completion of duizhao-cli completes what the
# program takes, in a plain bash (no bash-completion package).
#   completion.sh BUILT-COMPLETION-FILE INDICATOR-CATALOG.json
# Not -e: completion functions run in interactive shells, where a compgen
# without matches (status 1) is normal.
set -uo pipefail
completion=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
catalog=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
# shellcheck disable=SC1090
. "$completion"

failures=0
# expect "what is typed" "words expected among the candidates"...
expect() {
    local line=$1
    shift
    read -r -a COMP_WORDS <<<"$line"
    # A trailing space means a new, empty word is being completed.
    [[ $line == *' ' ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _duizhao_cli
    local want offered found
    for want in "$@"; do
        found=0
        for offered in "${COMPREPLY[@]}"; do
            [ "$offered" = "$want" ] && found=1
        done
        if [ "$found" -eq 0 ]; then
            echo "FAIL: '$line' should offer '$want'; offered: ${COMPREPLY[*]:-nothing}"
            failures=$((failures + 1))
        fi
    done
}
expect_none() {
    expect "$@"
    if [ ${#COMPREPLY[@]} -ne 0 ]; then
        echo "FAIL: '$1' should offer nothing; offered: ${COMPREPLY[*]}"
        failures=$((failures + 1))
    fi
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
touch a.txt b.duizhao c.json d.pptx e.png f.docx g.zip
mkdir reports

expect "duizhao-cli " outline align indicators weaknesses themes audit chart deck brief import search check
expect "duizhao-cli ind" indicators
expect "duizhao-cli --format json ou" outline
expect "duizhao-cli outline --format " json text csv
expect "duizhao-cli outline --f" --format
expect "duizhao-cli outline " a.txt reports
expect "duizhao-cli outline --project " b.duizhao reports
expect "duizhao-cli indicators --catalog " c.json
expect "duizhao-cli chart --out " d.pptx e.png
expect "duizhao-cli brief --out " f.docx
expect "duizhao-cli brief --group " theme report
expect "duizhao-cli brief --t" --title
expect "duizhao-cli brief --out f.docx " a.txt g.zip reports
expect "duizhao-cli import b.duizhao " g.zip
expect_none "duizhao-cli brief --title "
expect "duizhao-cli import " b.duizhao
expect "duizhao-cli import b.duizhao " a.txt reports
expect_none "duizhao-cli search b.duizhao "
expect_none "duizhao-cli chart --size "
# Every indicator of the catalog, alone and after a comma.
ids=$(grep -o '"id": *"[a-z_0-9]*"' "$catalog" | sed 's/.*"\([a-z_0-9]*\)"$/\1/' | grep -v '^lawgov-')
[ -n "$ids" ] || { echo "FAIL: no indicator ids in $catalog"; exit 1; }
for id in $ids; do
    expect "duizhao-cli indicators --indicator " "$id"
    expect "duizhao-cli indicators --indicator penalty_cases,${id:0:3}" "penalty_cases,$id"
done

if [ "$failures" -ne 0 ]; then
    echo "$failures completion check(s) failed"
    exit 1
fi
echo "completion: $(echo "$ids" | wc -w) indicator ids and every command, option and file kind offered"
