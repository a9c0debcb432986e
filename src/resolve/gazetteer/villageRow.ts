import type { GeoPlace } from './geonamesRow.js';

// The village layer's types: a WOF locality, or a GeoNames first- or second-level area.
const FEATURES: Record<string, [featureClass: string, featureCode: string]> = { PPL: ['P', 'PPL'], ADM1: ['A', 'ADM1'], ADM2: ['A', 'ADM2'] };

/**
 * Parses one row of the committed village layer (`data/gazetteer/wof-places.tsv.gz`, written by
 * `scripts/buildVillageLayer.mjs`): geonameid, name, alternate names (|), lat, lon, country, admin1,
 * admin2, type. Null for comments and anything else. Villages carry no population (WOF gives none).
 * @example parseVillageRow('2454857\tKonna\tKona\t14.94329\t-3.89474\tML\t07\t\tPPL')?.name === 'Konna'
 */
export function parseVillageRow(line: string): GeoPlace | null {
  if (line.startsWith('#')) return null;
  const [id = '', name = '', alts = '', lat = '', lon = '', country = '', admin1 = '', admin2 = '', type = ''] = line.split('\t');
  const feature = FEATURES[type];
  const geonameId = Number(id);
  if (!feature || !(geonameId > 0) || name === '' || lat === '' || lon === '') return null;
  return {
    geonameId, name, asciiName: name, altNames: alts === '' ? [] : alts.split('|'), lat: Number(lat), lon: Number(lon),
    country, admin1, admin2, featureClass: feature[0], featureCode: feature[1], population: 0,
  };
}
