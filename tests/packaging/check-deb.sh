#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package from this build tree (cpack -G DEB), checks its metadata and file list,
# unpacks it into a temporary root (dpkg -x) and runs the unpacked programs, which must find every
# library on the system: nothing from the build tree, no LD_LIBRARY_PATH.
#   check-deb.sh BUILD_DIR APP_ID VERSION
set -euo pipefail
build_dir=$1 app_id=$2 version=$3

work=$(mktemp -d "${TMPDIR:-/tmp}/nss-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

echo "== cpack -G DEB"
cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 \
  || { cat "$work/cpack.log" >&2; fail "cpack could not build the package"; }
debs=("$work"/out/*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one .deb in $work/out, found: ${debs[*]}"
deb=${debs[0]}
arch=$(dpkg --print-architecture)
[ "$(basename "$deb")" = "neural-style-studio_${version}_${arch}.deb" ] || fail "unexpected file name $(basename "$deb")"
echo "$(basename "$deb"): $(du -k "$deb" | cut -f1) KiB"

echo "== control fields"
dpkg-deb -f "$deb" Package Version Architecture Section Depends Recommends
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "Version is not $version"
depends=$(dpkg-deb -f "$deb" Depends)
# shlibdeps found the libraries the programs link; the run-time plugins are listed by hand.
for needed in libtorch1.13 libqt6core6 libqt6gui6 libqt6widgets6 libstdc++6 libc6 libqt6svg6 libopenblas0; do
  grep -q "$needed" <<<"$depends" || fail "Depends lacks $needed: $depends"
done

echo "== file list (dpkg-deb -c)"
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' | sort >"$work/files"
cat "$work/files"
expected=(
  /usr/bin/neural-style
  /usr/bin/neural-style-studio
  "/usr/share/applications/$app_id.desktop"
  "/usr/share/metainfo/$app_id.metainfo.xml"
  "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
  /usr/share/man/man1/neural-style.1.gz
  /usr/share/man/man1/neural-style-studio.1.gz
  /usr/share/neural-style-studio/samples/content-lake.jpg
  /usr/share/neural-style-studio/samples/style-swirls.jpg
  /usr/share/neural-style-studio/samples/style-glass.jpg
)
for size in 16 22 24 32 48 64 128 256 512; do
  expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for f in "${expected[@]}"; do
  grep -qxF "$f" "$work/files" || fail "the package lacks $f"
done
# Only /usr, nothing from the build or test trees.
grep -vE '^/(usr(/.*)?)?/?$' "$work/files" && fail "files outside /usr (above)"
grep -E 'tst_|fixtures|CMakeFiles|\.a$|\.h$' "$work/files" && fail "build or test files in the package (above)"

echo "== unpack (dpkg -x) and run"
root="$work/root"
dpkg -x "$deb" "$root"
file "$root/usr/bin/neural-style" | grep -q 'stripped' && ! file "$root/usr/bin/neural-style" | grep -q 'not stripped' \
  || fail "neural-style is not stripped"
# Where the programs' libraries come from: the system, never the build tree.
if ldd "$root/usr/bin/neural-style" "$root/usr/bin/neural-style-studio" | grep -E "not found|$build_dir"; then
  fail "unpacked programs do not resolve their libraries from the system (above)"
fi
out=$(env -u LD_LIBRARY_PATH "$root/usr/bin/neural-style" --version) || fail "neural-style --version failed"
echo "$out"
grep -q "^neural-style $version" <<<"$out" || fail "neural-style --version printed: $out"
out=$(env -u LD_LIBRARY_PATH QT_QPA_PLATFORM=offscreen "$root/usr/bin/neural-style-studio" --version) \
  || fail "neural-style-studio --version failed"
echo "$out"
grep -q "$version" <<<"$out" || fail "neural-style-studio --version printed: $out"
# The translations travel inside the programs: a German system gets German help.
english=$(env -u LD_LIBRARY_PATH -u LC_ALL -u LC_MESSAGES -u LANGUAGE LANG=C.UTF-8 "$root/usr/bin/neural-style" --help)
german=$(env -u LD_LIBRARY_PATH -u LC_ALL -u LC_MESSAGES -u LANGUAGE LANG=de_DE.UTF-8 "$root/usr/bin/neural-style" --help)
echo "$german" | head -3
[ "$english" != "$german" ] || fail "neural-style --help under LANG=de_DE.UTF-8 is not translated"

echo "== installed desktop entry and metainfo"
desktop-file-validate "$root/usr/share/applications/$app_id.desktop"
appstreamcli validate-tree --no-net "$root" || fail "appstreamcli validate-tree rejects the unpacked package"
echo "package OK"
