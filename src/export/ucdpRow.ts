import type { ArticleFacts, EventRecord } from '../store/index.js';
import { articleCitation } from './articleCitation.js';
import { countryCodes } from './countryCodes.js';
import { eventNumber } from './eventNumber.js';
import { ucdpDatePrecision, ucdpWherePrecision } from './precisionCodes.js';
import { recordAdmin1 } from './recordAdmin1.js';
import { ucdpClarity } from './ucdpClarity.js';
import type { UcdpRow } from './ucdpColumns.js';
import { ucdpDeaths } from './ucdpDeaths.js';
import { ucdpSides } from './ucdpSides.js';

const cell = (value: string | number | null | undefined): string | number => value ?? '';

/**
 * GED's conflict_name: the widest conflict of the article's conflict tree (a link run makes it: "Mali
 * War" for the bombardment of Gao); before any link run, the conflict the article's infobox names,
 * else its title.
 * @example ucdpConflictName(gaoStrike, facts) === 'Mali War'
 */
export function ucdpConflictName(event: Pick<EventRecord, 'article'>, article: ArticleFacts | null): string {
  return article?.conflict?.path[0]?.name ?? article?.conflict_field ?? event.article.title;
}

/**
 * One stored event as a UCDP GED row. GED's own codes (conflict, dyad and side ids) and the
 * second-order region stay empty: an article does not give them. Low, best and high are our figures,
 * empty where the words give none (GED never writes 0 for unknown); the deaths by side add up to best
 * (`ucdpDeaths`). `article` (`store.articleFacts`) gives the conflict's name from the conflict tree.
 * @example ucdpRow(gaoStrike, facts) // { id: …, type_of_violence: 1, conflict_name: 'Mali War', side_a: 'Government of France', side_b: 'MOJWA', event_clarity: 1, date_prec: 1, where_prec: 1, best: 60, low: 60, high: '', … }
 */
export function ucdpRow(event: EventRecord, article: ArticleFacts | null = null): UcdpRow {
  const place = event.location;
  const country = countryCodes(place?.country ?? null);
  const sides = ucdpSides(event);
  const deaths = ucdpDeaths(event);
  return {
    id: eventNumber(event),
    year: cell(event.date ? Number(event.date.start.slice(0, 4)) : null),
    type_of_violence: cell(sides.typeOfViolence),
    conflict_name: ucdpConflictName(event, article),
    dyad_name: sides.sideA && sides.sideB ? `${sides.sideA} - ${sides.sideB}` : '',
    side_a: sides.sideA,
    side_b: sides.sideB,
    source_article: articleCitation(event.article),
    where_prec: cell(ucdpWherePrecision(event.geo_precision)),
    where_coordinates: cell(place?.name),
    where_description: place ? place.aliases.join('; ') : '',
    adm_1: cell(recordAdmin1(place, event.geo_precision)),
    adm_2: '',
    latitude: cell(place?.lat),
    longitude: cell(place?.lon),
    geom_wkt: place && place.lat !== null && place.lon !== null ? `POINT (${place.lon} ${place.lat})` : '',
    country: cell(country?.name),
    region: cell(country?.ucdpRegion),
    event_clarity: ucdpClarity(event),
    date_prec: cell(ucdpDatePrecision(event.date)),
    date_start: cell(event.date?.start),
    date_end: cell(event.date?.end),
    deaths_a: cell(deaths?.a),
    deaths_b: cell(deaths?.b),
    deaths_civilians: cell(deaths?.civilians),
    deaths_unknown: cell(deaths?.unknown),
    best: cell(event.fatalities.best),
    high: cell(event.fatalities.high),
    low: cell(event.fatalities.low),
  };
}
