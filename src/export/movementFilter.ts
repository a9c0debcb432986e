import { AnnalsError } from '../model/index.js';
import { countryByName, foldName } from '../resolve/gazetteer/index.js';
import type { EventFilter } from '../store/index.js';
import type { MovementRecord } from './movementRecord.js';

const refuse = (what: string, value: unknown, problem: string): never => {
  throw new AnnalsError('usage', `${what} ${JSON.stringify(value)}`, problem);
};

function inBox(lat: number | null, lon: number | null, [west, south, east, north]: readonly number[]): boolean {
  if (lat === null || lon === null || west === undefined || south === undefined || east === undefined || north === undefined) return false;
  // a box across the antimeridian has its west edge east of its east edge
  return lat >= south && lat <= north && (west <= east ? lon >= west && lon <= east : lon >= west || lon <= east);
}

/**
 * Which movements a filter keeps, read as the store reads it for events: `actor` (name or alias,
 * folded), `country` and `bbox` (any leg), `from`/`to` (overlap with its date). `type` and `q` select
 * events only, so a filter with either keeps no movement. Values that cannot mean anything are refused
 * as the store refuses them.
 * @example movementFilter({ actor: 'France', country: 'ML' })(sortie) === true
 */
export function movementFilter(filter: EventFilter): (m: MovementRecord) => boolean {
  if (filter.type || filter.q?.trim()) return () => false;
  const actor = filter.actor === undefined ? undefined : foldName(filter.actor) || refuse('actor', filter.actor, 'has no letters or digits');
  const country = filter.country === undefined ? undefined
    : /^[a-z]{2}$/i.test(filter.country.trim()) ? filter.country.trim().toUpperCase()
      : (countryByName(filter.country)?.code ?? refuse('country', filter.country, 'neither an ISO alpha-2 code nor a country name'));
  const { from, to, bbox } = filter;
  return (m) => {
    if (actor !== undefined && !(m.actor && [m.actor.name, ...m.actor.aliases].some((n) => foldName(n) === actor))) return false;
    if (country !== undefined && !m.legs.some((l) => l.place.country === country)) return false;
    if (from && !(m.date && m.date.end >= from)) return false;
    if (to && !(m.date && m.date.start <= to)) return false;
    return !bbox || m.legs.some((l) => inBox(l.place.lat, l.place.lon, bbox));
  };
}
