#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# What can be checked of packaging/container/Containerfile without building it (no network, no
# container engine here): bookworm stages, every Debian package it installs (its own list and
# tools/bootstrap-debian --build-only) known to apt here, the files it copies present and not
# excluded by .containerignore, the CMake preset and target it builds, the binary's path, the
# entrypoint, and every library the built neural-style links provided by the runtime stage.
#   check-containerfile.sh SOURCE_DIR [NEURAL_STYLE]
set -euo pipefail
source_dir=$1 program=${2:-}
file="$source_dir/packaging/container/Containerfile"
fail() { echo "FAIL: $*" >&2; exit 1; }
[ -f "$file" ] || fail "no $file"

# One logical line per instruction: continuations joined, comments dropped.
instructions=$(grep -v '^[[:space:]]*#' "$file" | sed -e ':a' -e '/\\$/N; s/\\\n//; ta' | grep -v '^[[:space:]]*$')

echo "== stages"
mapfile -t froms < <(grep -E '^FROM ' <<<"$instructions")
[ ${#froms[@]} -eq 2 ] || fail "expected a build and a runtime stage, found ${#froms[@]} FROM lines"
grep -qE '^FROM debian:bookworm AS build$' <<<"${froms[0]}" || fail "the first stage is not 'FROM debian:bookworm AS build'"
grep -qE '^FROM debian:bookworm(-slim)?$' <<<"${froms[1]}" || fail "the runtime stage is not debian:bookworm(-slim)"
runtime=$(sed -n '/^FROM debian:bookworm\(-slim\)\?$/,$p' <<<"$instructions")
grep -qxF 'ENTRYPOINT ["neural-style"]' <<<"$runtime" || fail "the runtime stage's ENTRYPOINT is not [\"neural-style\"]"
echo "${froms[*]}; ENTRYPOINT neural-style"

echo "== Debian packages"
grep -qE 'Candidate: [0-9]' <<<"$(apt-cache policy libc6)" \
  || fail "apt knows no packages here (run apt-get update) so the names cannot be checked"
# install_list TEXT: the package names of the apt-get install commands in TEXT.
install_list() { grep -oE 'apt-get install[^&;]*' <<<"$1" | sed 's/apt-get install//' | tr ' ' '\n' | grep -E '^[a-z0-9][a-z0-9.+-]+$' || true; }
build=$(sed -n '1,/^FROM debian:bookworm\(-slim\)\?$/p' <<<"$instructions" | sed '$d')
build_packages=$(install_list "$build")
if grep -q 'tools/bootstrap-debian --build-only' <<<"$build"; then
  bootstrap="$source_dir/tools/bootstrap-debian"
  build_packages+=$'\n'$(sed -n '/^build_packages=(/,/^)/p' "$bootstrap" | sed '1d;$d; s/#.*//' | tr ' ' '\n' | grep -v '^$')
fi
runtime_packages=$(install_list "$runtime")
[ -n "$runtime_packages" ] || fail "the runtime stage installs no packages"
grep -qw cmake <<<"$build_packages" || fail "the build stage installs no cmake"
for p in $build_packages $runtime_packages; do
  candidate=$(apt-cache policy "$p" | sed -n 's/^ *Candidate: //p')
  if [ -z "$candidate" ] || [ "$candidate" = "(none)" ]; then fail "apt has no package $p"; fi
done
echo "build: $(wc -w <<<"$build_packages") packages, runtime: $(tr '\n' ' ' <<<"$runtime_packages")- all known to apt"

echo "== files, preset, target"
while read -r _ args; do
  [[ $args == --from=* ]] && continue
  read -ra words <<<"$args"
  for src in "${words[@]:0:${#words[@]}-1}"; do
    [ -e "$source_dir/$src" ] || fail "COPY $src: not in the repository"
  done
done < <(grep -E '^COPY ' <<<"$instructions")
if [ -f "$source_dir/.containerignore" ]; then
  for needed in CMakeLists.txt CMakePresets.json app core tools/bootstrap-debian; do
    grep -qxE "/?$needed/?" "$source_dir/.containerignore" && fail ".containerignore excludes $needed"
  done
fi
/usr/bin/python3 - "$source_dir/CMakePresets.json" <<'PY' || fail "CMakePresets.json has no usable release preset"
import json, sys
p = json.load(open(sys.argv[1]))
configure = {c["name"]: c for c in p["configurePresets"]}
r = configure["release"]
assert any(b["name"] == "release" and b["configurePreset"] == "release" for b in p["buildPresets"])
assert r["cacheVariables"]["CMAKE_BUILD_TYPE"] == "Release"
assert r["cacheVariables"]["NSS_BUILD_TESTS"] == "OFF"  # no Qt Test, PyTorch or fixtures needed
binary_dir = r.get("binaryDir") or configure[r["inherits"]]["binaryDir"]
assert binary_dir == "${sourceDir}/build/${presetName}", binary_dir
PY
grep -q 'cmake --preset release' <<<"$build" || fail "the build stage does not configure with --preset release"
grep -q 'cmake --build --preset release --target neural-style' <<<"$build" || fail "the build stage does not build the target neural-style"
grep -qE '^add_executable\(neural-style ' "$source_dir/app/CMakeLists.txt" || fail "app/CMakeLists.txt has no target neural-style"
grep -qE '^COPY --from=build /src/build/release/app/neural-style /usr/(local/)?bin/neural-style$' <<<"$runtime" \
  || fail "the runtime stage does not copy /src/build/release/app/neural-style (WORKDIR /src + preset release)"
grep -qxF 'WORKDIR /src' <<<"$build" || fail "the build stage's WORKDIR is not /src"
echo "COPY sources present, preset release (Release, no tests) builds into build/release, target neural-style"

if [ -n "$program" ]; then
  echo "== run-time libraries of $program"
  # In debian:bookworm-slim already: apt itself needs them.
  base="libc6 libgcc-s1 libstdc++6"
  for lib in $(objdump -p "$program" | awk '/NEEDED/ { print $2 }'); do
    # The dynamic loader (libc6) is NEEDED when a library uses thread-local storage (FFmpeg,
    # OpenCV); ldd prints it without "=>".
    case "$lib" in ld-linux*) echo "$lib: libc6"; continue ;; esac
    path=$(ldd "$program" | awk -v lib="$lib" '$1 == lib { print $3 }')
    [ -n "$path" ] || fail "ldd does not resolve $lib"
    package=$(dpkg -S "$(readlink -f "$path")" 2>/dev/null | head -n 1 | cut -d: -f1) || true
    [ -n "$package" ] || package=$(dpkg -S "$path" | head -n 1 | cut -d: -f1)
    grep -qxF "$package" <<<"$runtime_packages" || grep -qw "$package" <<<"$base" \
      || fail "$lib ($package) is linked by neural-style but not installed by the runtime stage"
    echo "$lib: $package"
  done
fi
echo "PASS: the Containerfile's packages, files, preset and target check out (not built here: no network)"
