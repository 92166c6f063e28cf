#!/usr/bin/env bash
# The Debian package on a clean Debian 13, run by `bash .ci/duizhao package-test`
# after it has built the package (cmake --build BUILD --target package):
#
#   packaging/package-test.sh DEB MODE
#
# 1. lintian on DEB (in the build environment): no errors.
# 2. A clean Debian 13 minbase (debootstrap once, cached in
#    DUIZHAO_CLEANROOT, default /var/cache/duizhao/trixie-clean; copied fresh
#    for each run): apt-get install ./DEB resolves everything from the
#    archive; duizhao-cli outline prints the five installed samples;
#    duizhao --self-test passes offscreen; --help and --version work with no
#    display; the man pages, completion, icons and desktop files are there;
#    apt-get purge leaves nothing of the package behind, and purging what it
#    pulled in leaves the system's file list as it was before.
# 3. MODE=buildroot: the same package installs on the build root, runs
#    there, and is purged again with what it pulled in.
#
# DUIZHAO_PACKAGE_TEST_RECOMMENDS=1 installs the Recommends as well (by
# default only Depends, to show they are enough).
# Needs root (or sudo), debootstrap, unshare and the network (or a mirror:
# DUIZHAO_MIRROR). Downloaded packages are kept in
# /var/cache/duizhao/apt-archives for the next run.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/.." && pwd)
deb=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
mode=${2:-native}
cleanroot=${DUIZHAO_CLEANROOT:-/var/cache/duizhao/trixie-clean}
mirror=${DUIZHAO_MIRROR:-http://deb.debian.org/debian}
cache=$(dirname "$cleanroot")
archives=$cache/apt-archives
run=$cache/package-test-run.$$

say() { printf '[package-test] %s\n' "$*" >&2; }
die() {
    say "error: $*"
    exit 1
}
as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

[ -f "$deb" ] || die "no package at $1"
command -v unshare >/dev/null || die "unshare (util-linux) is needed"

results=()
pass() {
    results+=("PASS  $*")
    say "PASS: $*"
}

# --- 1. lintian ------------------------------------------------------------
bash "$src/.ci/duizhao" shell 'command -v lintian >/dev/null || { apt-get install -y -qq --no-install-recommends lintian >/dev/null; }' 2>/dev/null ||
    die "lintian is not in the build environment and could not be installed"
lintian_out=$(bash "$src/.ci/duizhao" shell "lintian --tag-display-limit 0 --display-info '$deb' 2>&1 | grep -v '^running with root'" 2>/dev/null) || true
printf '%s\n' "$lintian_out" | sed 's/^/    lintian: /' >&2
errors=$(printf '%s\n' "$lintian_out" | grep -c '^E: ' || true)
warnings=$(printf '%s\n' "$lintian_out" | grep -c '^W: ' || true)
infos=$(printf '%s\n' "$lintian_out" | grep -c '^I: ' || true)
[ "$errors" -eq 0 ] || die "lintian reports $errors error(s)"
pass "lintian: 0 errors, $warnings warnings, $infos informational tags (README.md, Packaging, explains them)"

# --- 2. the clean system -----------------------------------------------------
if [ ! -x "$cleanroot/usr/bin/apt-get" ]; then
    command -v debootstrap >/dev/null || {
        say "installing debootstrap on the host"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
    }
    say "creating a clean Debian 13 minbase in $cleanroot (once; a minute or two)"
    as_root rm -rf "$cleanroot.partial"
    as_root mkdir -p "$cache"
    as_root debootstrap --variant=minbase trixie "$cleanroot.partial" "$mirror" >"$cache/debootstrap-clean.log" 2>&1 ||
        die "debootstrap failed; see $cache/debootstrap-clean.log"
    printf 'deb %s trixie main\n' "$mirror" | as_root tee "$cleanroot.partial/etc/apt/sources.list" >/dev/null
    as_root mv "$cleanroot.partial" "$cleanroot"
fi

cleanup() { as_root rm -rf "$run"; }
trap cleanup EXIT
say "copying the clean system to $run"
as_root cp -a "$cleanroot" "$run"
as_root mkdir -p "$archives/partial" "$run/pkg"
as_root cp "$deb" "$run/pkg/"
as_root cp /etc/resolv.conf "$run/etc/resolv.conf" 2>/dev/null || true

# Runs the script on stdin in the copy, with nothing of the host's
# environment (no DISPLAY), the apt download cache shared between runs.
in_clean() {
    as_root unshare --mount --propagation private -- bash -c '
        set -e
        root=$1 archives=$2
        mount -t proc proc "$root/proc"
        mount --rbind /sys "$root/sys"
        mount --rbind /dev "$root/dev"
        mount --bind "$archives" "$root/var/cache/apt/archives"
        exec chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin bash -s
    ' - "$run" "$archives"
}

debname=$(basename "$deb")
# Depends alone must be enough (Qt's own translations among them): Recommends
# (a GTK theme, Wayland) are left out unless DUIZHAO_PACKAGE_TEST_RECOMMENDS=1.
recommends=--no-install-recommends
[ "${DUIZHAO_PACKAGE_TEST_RECOMMENDS:-0}" = 1 ] && recommends=""
version=$(dpkg-deb -f "$deb" Version 2>/dev/null || bash "$src/.ci/duizhao" shell "dpkg-deb -f '$deb' Version" 2>/dev/null)
say "installing $debname on the clean system (from the archive: Qt, KF6, the CJK font…)"
clean_log=$cache/package-test-clean.log
if ! in_clean >"$clean_log" 2>&1 <<EOS; then
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
# What is on the system before: every file outside the volatile places.
snapshot() {
    find / -xdev \\( -path /proc -o -path /sys -o -path /dev -o -path /run -o -path /tmp -o -path /root \\
        -o -path /var/tmp -o -path /var/cache -o -path /var/log -o -path /var/lib/apt -o -path /var/lib/dpkg \\) -prune -o -print | sort
}
snapshot >/var/tmp/before.list
dpkg-query -W -f '\${Package}\n' | sort >/var/tmp/packages-before.list
apt-get update -qq
apt-get install -y -qq $recommends ./pkg/$debname >/var/tmp/install.log 2>&1 || { tail -30 /var/tmp/install.log; exit 1; }
echo "STEP installed: \$(dpkg-query -W -f '\${Package} \${Version}' duizhao), \$(grep -c '^Setting up' /var/tmp/install.log) packages set up"
[ "\$(dpkg-query -W -f '\${Version}' duizhao)" = "$version" ]
dpkg -L duizhao | sort >/var/tmp/duizhao.list

export HOME=/tmp/home XDG_CONFIG_HOME=/tmp/home/.config
mkdir -p \$HOME
cd /tmp
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM

# Five reports, each with its title and headings.
duizhao-cli outline --format text /usr/share/duizhao/samples/*.txt >outline.txt
reports=\$(grep -c '^  district: ' outline.txt || true)
districts=\$(sed -n 's/^  district: \\([^ ]*\\) .*/\\1/p' outline.txt | tr '\\n' ' ')
echo "STEP duizhao-cli outline: \$reports reports (\${districts% }), \$(grep -c '^ *[^ ]' outline.txt) lines"
[ "\$reports" -eq 5 ]
duizhao-cli outline /usr/share/duizhao/samples/*.txt >outline.json
echo "STEP duizhao-cli outline --format json: \$(grep -c '"file": ' outline.json) reports"
duizhao-cli indicators --format csv /usr/share/duizhao/samples/*.txt >indicators.csv
echo "STEP duizhao-cli indicators: \$(( \$(wc -l <indicators.csv) - 1 )) rows"

QT_QPA_PLATFORM=offscreen duizhao --self-test 2>selftest.txt || { cat selftest.txt; exit 1; }
echo "STEP QT_QPA_PLATFORM=offscreen duizhao --self-test: \$(grep 'Self-test' selftest.txt)"
duizhao --self-test 2>selftest2.txt || { cat selftest2.txt; exit 1; }
echo "STEP duizhao --self-test, no display and no QT_QPA_PLATFORM: passes (offscreen chosen by itself)"
duizhao --help >help.txt
grep -q -- '--self-test' help.txt
echo "STEP duizhao --help without a display: \$(wc -l <help.txt) lines, exit 0"
[ "\$(duizhao --version)" = "duizhao $version" ]
[ "\$(duizhao-cli --version)" = "duizhao-cli $version" ]
echo "STEP --version: \$(duizhao --version) / \$(duizhao-cli --version)"
set +e
duizhao >nodisplay.txt 2>&1
status=\$?
set -e
[ "\$status" -eq 1 ] && grep -q 'No display' nodisplay.txt || { echo "duizhao without a display: exit \$status"; cat nodisplay.txt; exit 1; }
echo "STEP duizhao without a display: exit 1 with a message, no abort"

for f in /usr/share/man/man1/duizhao.1.gz /usr/share/man/man1/duizhao-cli.1.gz /usr/share/bash-completion/completions/duizhao-cli \\
    /usr/share/applications/io.github.duizhao.Duizhao.desktop /usr/share/metainfo/io.github.duizhao.Duizhao.metainfo.xml \\
    /usr/share/icons/hicolor/scalable/apps/io.github.duizhao.Duizhao.svg /usr/share/icons/hicolor/256x256/apps/io.github.duizhao.Duizhao.png \\
    /usr/share/doc/duizhao/copyright /usr/share/doc/duizhao/changelog.gz \\
    /usr/share/duizhao/help/duizhao-zh_CN.qch /usr/share/duizhao/help/duizhao-en.qch \\
    /usr/share/qt6/translations/qtbase_zh_CN.qm; do
    [ -s "\$f" ] || { echo "missing: \$f"; exit 1; }
done
zcat /usr/share/man/man1/duizhao-cli.1.gz >man.txt
grep -q '^\.SH OPTIONS' man.txt && grep -q -- 'duizhao-cli outline' man.txt
bash -c '. /usr/share/bash-completion/completions/duizhao-cli; COMP_WORDS=(duizhao-cli ou); COMP_CWORD=1; _duizhao_cli; [ "\${COMPREPLY[*]}" = outline ]'
echo "STEP files: man pages, completion (works), desktop file, metainfo, \$(ls /usr/share/icons/hicolor | wc -l) icon sizes, copyright, changelog, the user guide, Qt's Chinese translations"

apt-get purge -y -qq duizhao >/var/tmp/purge.log 2>&1 || { tail -30 /var/tmp/purge.log; exit 1; }
left=0
while read -r path; do
    [ -e "\$path" ] || continue
    # Folders other packages own (/usr/share/man/man1…) stay, rightly.
    if [ -d "\$path" ] && dpkg -S "\$path" >/dev/null 2>&1; then continue; fi
    echo "left behind: \$path"
    left=\$((left + 1))
done </var/tmp/duizhao.list
[ "\$left" -eq 0 ]
echo "STEP apt-get purge duizhao: none of its \$(wc -l </var/tmp/duizhao.list) paths left"
if [ -z "$recommends" ]; then
    # The Recommends bring an init (systemd-sysv, Protected), which stays.
    echo "STEP with Recommends: not purging what came with them (systemd-sysv cannot go)"
    exit 0
fi
# Then what the install pulled in (not --autoremove: apt keeps a package
# that a base package recommends, such as libidn2-0, which is not ours).
dpkg-query -W -f '\${Package}\n' | sort >/var/tmp/packages-after.list
pulled=\$(comm -13 /var/tmp/packages-before.list /var/tmp/packages-after.list | tr '\\n' ' ')
apt-get purge -y -qq \$pulled >/var/tmp/purge-pulled.log 2>&1 || { echo "purging what it pulled in failed:"; tail -30 /var/tmp/purge-pulled.log; exit 1; }
dpkg-query -W -f '\${Package}\n' | sort >/var/tmp/packages-after.list
cmp -s /var/tmp/packages-before.list /var/tmp/packages-after.list || { echo "packages differ:"; diff /var/tmp/packages-before.list /var/tmp/packages-after.list; exit 1; }
snapshot >/var/tmp/after.list
if ! diff /var/tmp/before.list /var/tmp/after.list >/var/tmp/diff.txt; then
    echo "the file list differs after purging:"; cat /var/tmp/diff.txt; exit 1
fi
echo "STEP apt-get purge of the \$(echo \$pulled | wc -w) packages it pulled in: the \$(wc -l </var/tmp/before.list) paths of the system are those before the install"
EOS
    tail -40 "$clean_log" >&2
    die "the clean-system test failed; see $clean_log"
fi
while read -r line; do pass "clean Debian 13: $line"; done < <(sed -n 's/^STEP //p' "$clean_log")

# --- 3. the build root -------------------------------------------------------
if [ "$mode" = buildroot ]; then
    say "installing $debname on the build root"
    if ! bash "$src/.ci/duizhao" shell "set -euo pipefail
        export DEBIAN_FRONTEND=noninteractive
        dpkg-query -W -f '\${Package}\n' | sort >/tmp/dz-before-packages.list
        apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=600 '$deb' >/tmp/dz-install.log 2>&1 || { tail -20 /tmp/dz-install.log; exit 1; }
        dpkg-query -W -f '\${Package}\n' | sort >/tmp/dz-after-packages.list
        added=\$(comm -13 /tmp/dz-before-packages.list /tmp/dz-after-packages.list | tr '\n' ' ')
        echo \"STEP installed with \$added\"
        home=\$(mktemp -d)
        reports=\$(HOME=\$home XDG_CONFIG_HOME=\$home /usr/bin/duizhao-cli outline --format text /usr/share/duizhao/samples/*.txt | grep -c '^  district: ')
        echo \"STEP /usr/bin/duizhao-cli outline: \$reports reports\"
        [ \"\$reports\" -eq 5 ]
        HOME=\$home XDG_CONFIG_HOME=\$home QT_QPA_PLATFORM=offscreen /usr/bin/duizhao --self-test 2>\$home/selftest.txt
        echo \"STEP /usr/bin/duizhao --self-test: \$(grep Self-test \$home/selftest.txt)\"
        rm -rf \$home
        # Only what this install added goes again, so the build root is as it was.
        apt-get purge -y -qq -o DPkg::Lock::Timeout=600 \$added >/tmp/dz-purge.log 2>&1
        [ ! -e /usr/bin/duizhao ] && [ ! -e /usr/share/duizhao ]
        echo \"STEP purged again: \$added\"
        rm -f /tmp/dz-before-packages.list /tmp/dz-after-packages.list /tmp/dz-install.log /tmp/dz-purge.log" >"$cache/package-test-buildroot.log" 2>&1; then
        tail -30 "$cache/package-test-buildroot.log" >&2
        die "the build-root test failed; see $cache/package-test-buildroot.log"
    fi
    while read -r line; do pass "build root: $line"; done < <(sed -n 's/^STEP //p' "$cache/package-test-buildroot.log")
fi

echo
echo "package-test: $debname ($(du -k "$deb" | cut -f1) KiB)"
printf '  %s\n' "${results[@]}"
echo "package-test: all ${#results[@]} checks passed"
