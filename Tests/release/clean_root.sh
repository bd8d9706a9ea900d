#!/usr/bin/env bash
# Proof that planet's release archive runs without Swift (run as root, on Debian 12; scripts/test runs it):
# scripts/release builds the archive and names the Debian packages it needs; the archive's .sha256 file checks
# (and fails on a changed byte); mmdebstrap makes a clean Debian 12 root of the Essential packages and those
# alone, the same list the Containerfile installs; there, in a chroot, the archive is unpacked, ldd finds every
# library and none of Swift, the sample site builds and `planet check` passes, and a new site checks its
# changes with git as the scaffolded CI does. Prints how long each part took.
set -euo pipefail
cd "$(dirname "$0")/../.."
mirror=${PLANET_DEBIAN_MIRROR:-http://deb.debian.org/debian}

fail() { echo "clean root: error: $*" >&2; exit 1; }
command -v mmdebstrap >/dev/null || {
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mmdebstrap >/dev/null
}

work=$(mktemp -d)
root="$work/root"
cleanup() {
    if mountpoint -q "$root/proc" 2>/dev/null && ! umount "$root/proc"; then
        echo "clean root: $root/proc is still mounted: $work is left in place" >&2
        return
    fi
    rm -rf "$work"
}
trap cleanup EXIT

started=$(date +%s)
bash scripts/release "$work/dist" | tee "$work/release.log"
released=$(date +%s)
libraries=$(sed -n 's/^Debian libraries it links: //p' "$work/release.log")
programs=$(sed -n 's/^Debian programs it runs: //p' "$work/release.log")
[ -n "$libraries" ] && [ -n "$programs" ] || fail "scripts/release printed no package list"
for library in $libraries; do
    case "$library" in *swift*) fail "scripts/release names a Swift package: $library" ;; esac
done
packages="$libraries $programs"

# The Containerfile installs exactly these packages.
contained=$(sed -n 's/^ *apt-get install -y --no-install-recommends \(.*\) \\$/\1/p' Containerfile)
[ "$contained" = "$packages" ] || fail "the Containerfile installs \"$contained\", the release needs \"$packages\""

archive=$(find "$work/dist" -name 'planet-*-linux-*.tar.gz')
name=$(basename "$archive" .tar.gz)
(cd "$work/dist" && sha256sum --check --strict "$name.tar.gz.sha256") || fail "the .sha256 file does not check"
cp "$archive" "$work/tampered.tar.gz"
printf 'x' | dd of="$work/tampered.tar.gz" bs=1 seek=100 conv=notrunc status=none
sed "s|$name.tar.gz|tampered.tar.gz|" "$work/dist/$name.tar.gz.sha256" > "$work/tampered.sha256"
if (cd "$work" && sha256sum --check --strict --status tampered.sha256); then fail "the checksum accepts a changed archive"; fi
tar -tzf "$archive" > "$work/listing"   # listed once: `tar | grep -q` would fail on SIGPIPE under pipefail
grep -qx "$name/planet" "$work/listing" || fail "the archive has no $name/planet"
grep -q "^$name/licenses/swift-argument-parser-LICENSE" "$work/listing" || fail "the archive lacks the licenses"

mmdebstrap --quiet --variant=essential --include="${packages// /,}" bookworm "$root" "$mirror"
rooted=$(date +%s)
[ -z "$(find "$root" -name 'libswift*' -print -quit)" ] || fail "the clean root holds a Swift library"
chroot "$root" sh -c 'command -v swift' && fail "the clean root has swift"

tar -xzf "$archive" -C "$root/opt"
tar --exclude=sample-site/public --exclude=sample-site/.public.planet --exclude=sample-site/.planet/cache -cf - sample-site | tar -xf - -C "$root/opt"
mount -t proc proc "$root/proc"
planet="/opt/$name/planet"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

linked=$(in_root ldd "$planet")
echo "$linked"
! grep -q 'not found' <<<"$linked" || fail "a library is missing from the clean root"
! grep -qi swift <<<"$linked" || fail "planet links a Swift library"
in_root "$planet" --version | grep -Eq '^[0-9]+\.[0-9]+\.[0-9]+ \(commit [0-9a-f]{40}(-dirty)?\)$' || fail "planet --version: $(in_root "$planet" --version)"
in_root "$planet" build /opt/sample-site --output /opt/public
[ -f "$root/opt/public/index.html" ] || fail "the sample site has no index.html"
in_root "$planet" check /opt/sample-site

# What the scaffolded CI runs on a pull request: a new site in git, a member's post, the changed files checked.
in_root sh -ec "
    $planet new site /opt/new-site --planet-repository example/planet --quiet
    cd /opt/new-site
    git init -q -b main && git add -A && git -c user.name=ci -c user.email=ci@example.org commit -qm site
    $planet new post 'Premier billet' --author editor
    git add -A && git -c user.name=ci -c user.email=ci@example.org commit -qm post
    $planet check . --changed-since main~1 --author editor
    $planet build . --output public --quiet"
finished=$(date +%s)
echo "clean root: passed; release build and archive $((released - started)) s, clean root $((rooted - released)) s, runs $((finished - rooted)) s, in all $((finished - started)) s"
