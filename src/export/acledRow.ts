import type { EventRecord } from '../store/index.js';
import type { AssocSides } from './assocSides.js';
import { acledActorName, acledInter, acledInteraction } from './acledActor.js';
import { civilianTargeting, disorderType } from './acledCategories.js';
import type { AcledRow } from './acledColumns.js';
import { articleCitation, citedNotes } from './articleCitation.js';
import { countryCodes } from './countryCodes.js';
import { acledEventId } from './eventNumber.js';
import { acledGeoPrecision, acledTimePrecision } from './precisionCodes.js';

// What the row had to write in ACLED's terms that our record says otherwise, in ACLED's tag style.
function tags(event: EventRecord, fatalities: number | null): string {
  return [
    fatalities === null ? 'fatalities=no report' : '',
    event.date?.precision === 'year' ? 'time_precision=year' : '',
    event.geo_precision === 'country' ? 'geo_precision=country' : '',
    event.status === 'reported' ? '' : `status=${event.status}`,
  ].filter((t) => t !== '').join('; ');
}

const cell = (value: string | number | null | undefined): string | number => value ?? '';

/**
 * One stored event as an ACLED row. Fields the article cannot tell stay empty (admin2, admin3,
 * source_scale, timestamp; inter codes of armed groups); fatalities the article does not give are
 * written 0, as ACLED does, and tagged `fatalities=no report`. Associated actors go with actor1
 * unless `sides` (from `assocSidesReader`) says which side each serves.
 * @example acledRow(gaoStrike) // { event_id_cnty: 'MLI…', event_date: '2013-01-13', sub_event_type: 'Air/drone strike', actor1: 'Military Forces of France', actor2: 'MOJWA', fatalities: 60, … }
 */
export function acledRow(event: EventRecord, sides: AssocSides = { side1: event.assoc_actors, side2: [] }): AcledRow {
  const place = event.location;
  const country = countryCodes(place?.country ?? null);
  const inter1 = acledInter(event.actor1, country);
  const inter2 = acledInter(event.actor2, country);
  const fatalities = event.fatalities.best ?? event.fatalities.low;
  return {
    event_id_cnty: acledEventId(event, country?.alpha3 ?? null),
    event_date: cell(event.date?.start),
    year: cell(event.date ? Number(event.date.start.slice(0, 4)) : null),
    time_precision: cell(acledTimePrecision(event.date)),
    disorder_type: disorderType(event.event_type, event.sub_event_type),
    event_type: event.event_type,
    sub_event_type: event.sub_event_type,
    actor1: acledActorName(event.actor1, country),
    assoc_actor_1: sides.side1.map((a) => acledActorName(a, country)).join('; '),
    inter1: cell(inter1),
    actor2: acledActorName(event.actor2, country),
    assoc_actor_2: sides.side2.map((a) => acledActorName(a, country)).join('; '),
    inter2: cell(inter2),
    interaction: cell(acledInteraction(inter1, inter2, event.actor2 !== null)),
    civilian_targeting: civilianTargeting(event),
    iso: cell(country?.numeric),
    region: cell(country?.acledRegion),
    country: cell(country?.name),
    admin1: cell(place?.admin1),
    admin2: '',
    admin3: '',
    location: cell(place?.name),
    latitude: cell(place?.lat),
    longitude: cell(place?.lon),
    geo_precision: cell(acledGeoPrecision(event.geo_precision)),
    source: articleCitation(event.article),
    source_scale: '',
    notes: citedNotes(event.notes, event.article),
    fatalities: fatalities ?? 0,
    tags: tags(event, fatalities),
    timestamp: '',
  };
}
