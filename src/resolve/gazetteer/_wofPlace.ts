import { codeAt } from './_columns.js';
import type { BaseLayer } from './baseLayer.js';
import { distanceKm } from './distance.js';
import { foldName } from './foldName.js';
import { isLatinName, type GeoPlace } from './geonamesRow.js';
import { tableCandidates } from './lookupName.js';
import { nameSkeleton } from './nameSkeleton.js';
import { areaAt } from './nearestTown.js';
import type { WofRow } from './wofRow.js';

/** Why a WOF row is not imported (each counted in the import's summary). */
export type WofLeftOut = 'not current' | 'not a locality' | 'in the base layer' | 'outside its country' | 'no Latin name' | 'id out of range';

/** A row without a GeoNames id is the base layer's place when one of that name lies this close (WOF and GeoNames points of one town differ by up to ~6 km). */
const SAME_PLACE_KM = 10;

const boxes = new WeakMap<BaseLayer, Map<string, [number, number, number, number]>>();

// Each country's box: its towns' extent plus half a degree, as scripts/buildVillageLayer.mjs draws it.
function insideCountry(base: BaseLayer, country: string, lat: number, lon: number): boolean {
  let byCountry = boxes.get(base);
  if (!byCountry) {
    byCountry = new Map();
    for (let i = 0; i < base.table.towns; i++) {
      const cc = codeAt(base.table.country, i);
      const [y, x] = [base.table.lat[i] ?? 0, base.table.lon[i] ?? 0];
      const b = byCountry.get(cc) ?? [90, 180, -90, -180];
      byCountry.set(cc, [Math.min(b[0], y), Math.min(b[1], x), Math.max(b[2], y), Math.max(b[3], x)]);
    }
    boxes.set(base, byCountry);
  }
  const b = byCountry.get(country);
  // a country cities500 has no town of: nothing to check against
  return !b || (lat >= b[0] - 0.5 && lon >= b[1] - 0.5 && lat <= b[2] + 0.5 && lon <= b[3] + 0.5);
}

/**
 * The row's Latin names, its own name first. A Cyrillic or Arabic name gives way to the Latin
 * spelling most of its alternate names agree with (by skeleton; plain ASCII first): WOF lists every
 * language's name in no order ("Chiu-hat-chhī" before "Druzhkivka").
 * @example latinNames(parseWofRow('…\tДружківка\t…\tDroujkivka|Druzhkivka|Družkivka|Дружковка')!)[0] === 'Druzhkivka'
 */
function latinNames(row: WofRow): string[] {
  const latin = [row.name, ...row.altNames].filter(isLatinName);
  if (latin[0] === row.name) return latin;
  const skeleton = latin.map((n) => nameSkeleton(foldName(n)));
  const votes = (i: number): number => skeleton.filter((k) => k === skeleton[i]).length * 2 + (/^[A-Za-z' -]+$/.test(latin[i] ?? '') ? 1 : 0);
  const best = latin.reduce((b, _n, i) => (votes(i) > votes(b) ? i : b), 0);
  return [latin[best] ?? '', ...latin.filter((_n, i) => i !== best)].filter((n) => n !== '');
}

/**
 * A WOF locality as a user-layer place, or why it is left out: other place types, retired records,
 * points outside their country's box (the Mali file's Maltese towns), places the base layer holds
 * already (same GeoNames id, or a name of it, however spelt, within 10 km) and names with no Latin spelling. The id is
 * the GeoNames id, else the WOF id; admin1 is the nearest base town's of the same country.
 * @example wofPlace(parseWofRow('1141907397\tSatadougou\tlocality\t12.616993\t-11.406601\tML\t421171903\t\t\t1\t')!, base, ids) // { geonameId: 1141907397, name: 'Satadougou', admin1: '07'?, … }
 */
export function wofPlace(row: WofRow, base: BaseLayer, baseIds: ReadonlySet<number>): GeoPlace | WofLeftOut {
  if (!row.current) return 'not current';
  if (row.placetype !== 'locality') return 'not a locality';
  if (!insideCountry(base, row.country, row.lat, row.lon)) return 'outside its country';
  // matching is on Latin spellings
  const latin = latinNames(row);
  const name = latin[0];
  if (!name) return 'no Latin name';
  if (row.geonamesId !== null && baseIds.has(row.geonamesId)) return 'in the base layer';
  // the stores keep a place's id as a 32-bit integer; WOF's own ids are below 2^31 so far
  if ((row.geonamesId ?? row.wofId) > 2 ** 31 - 1) return 'id out of range';
  const near = (c: { place: GeoPlace }): boolean => c.place.country === row.country && distanceKm(c.place.lat, c.place.lon, row.lat, row.lon) <= SAME_PLACE_KM;
  const known = (n: string): boolean => tableCandidates(base.table, base.index, n, 'base').some((c) => c.match !== 'loose' && near(c));
  if (latin.some(known)) return 'in the base layer';
  const area = areaAt(base, row.lat, row.lon);
  const admin1 = area?.country === row.country ? area.admin1 : '';
  return {
    geonameId: row.geonamesId ?? row.wofId, name, asciiName: name, altNames: latin.slice(1), lat: row.lat, lon: row.lon,
    country: row.country, admin1, admin2: '', featureClass: 'P', featureCode: 'PPL', population: 0,
  };
}
