import type { EventRecord } from '../store/index.js';
import { articleCitation } from './articleCitation.js';
import { countryCodes } from './countryCodes.js';
import { eventNumber } from './eventNumber.js';
import { ucdpDatePrecision, ucdpWherePrecision } from './precisionCodes.js';
import type { UcdpRow } from './ucdpColumns.js';
import { ucdpSides } from './ucdpSides.js';

const cell = (value: string | number | null | undefined): string | number => value ?? '';

// Deaths not counted as civilian are of unknown status: our figures do not say which side lost them.
function deathsUnknown(best: number | null, civilians: number | null): number | null {
  return best === null ? null : Math.max(0, best - (civilians ?? 0));
}

/**
 * One stored event as a UCDP GED row. GED's own codes (conflict, dyad and side ids), the second-order
 * region, event clarity and deaths by side stay empty: an article does not give them. Low, best and
 * high are our figures, empty where the words give none (GED never writes 0 for unknown).
 * @example ucdpRow(gaoStrike) // { id: …, type_of_violence: 1, side_a: 'Government of France', side_b: 'MOJWA', date_prec: 1, where_prec: 1, best: 60, low: 60, high: '', … }
 */
export function ucdpRow(event: EventRecord): UcdpRow {
  const place = event.location;
  const country = countryCodes(place?.country ?? null);
  const sides = ucdpSides(event);
  return {
    id: eventNumber(event),
    year: cell(event.date ? Number(event.date.start.slice(0, 4)) : null),
    type_of_violence: cell(sides.typeOfViolence),
    conflict_name: '',
    dyad_name: sides.sideA && sides.sideB ? `${sides.sideA} - ${sides.sideB}` : '',
    side_a: sides.sideA,
    side_b: sides.sideB,
    source_article: articleCitation(event.article),
    where_prec: cell(ucdpWherePrecision(event.geo_precision)),
    where_coordinates: cell(place?.name),
    where_description: place ? place.aliases.join('; ') : '',
    adm_1: cell(place?.admin1),
    adm_2: '',
    latitude: cell(place?.lat),
    longitude: cell(place?.lon),
    geom_wkt: place && place.lat !== null && place.lon !== null ? `POINT (${place.lon} ${place.lat})` : '',
    country: cell(country?.name),
    region: cell(country?.ucdpRegion),
    event_clarity: '',
    date_prec: cell(ucdpDatePrecision(event.date)),
    date_start: cell(event.date?.start),
    date_end: cell(event.date?.end),
    deaths_a: '',
    deaths_b: '',
    deaths_civilians: cell(event.civilian_fatalities),
    deaths_unknown: cell(deathsUnknown(event.fatalities.best, event.civilian_fatalities)),
    best: cell(event.fatalities.best),
    high: cell(event.fatalities.high),
    low: cell(event.fatalities.low),
  };
}
