import type { ArticleFacts, EventRecord } from '../store/index.js';
import type { AssocSides } from './assocSides.js';
import { acledActorName, acledInter, acledInteraction } from './acledActor.js';
import { acledSourceScale, civilianTargeting, disorderType } from './acledCategories.js';
import type { AcledRow } from './acledColumns.js';
import { articleCitation, citedNotes } from './articleCitation.js';
import { countryCodes } from './countryCodes.js';
import { acledEventId } from './eventNumber.js';
import { acledGeoPrecision, acledTimePrecision } from './precisionCodes.js';
import { recordAdmin1 } from './recordAdmin1.js';

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

/** What a row needs beyond the event: which side each associated actor serves, and its article's facts. */
export interface AcledContext {
  /** From `assocSidesReader`; without it, associated actors go with actor1. */
  sides?: AssocSides;
  /** From `store.articleFacts`: `timestamp` and `source_scale`; without them both stay empty. */
  article?: ArticleFacts | null;
}

/**
 * One stored event as an ACLED row. Fields the article cannot tell stay empty (admin2, admin3; inter
 * codes of actors assemble could not type); fatalities the article does not give are written 0, as
 * ACLED does, and tagged `fatalities=no report`. `admin1` is always a name (`recordAdmin1`);
 * `timestamp` is when the store saved the article (Unix seconds) and `source_scale` "Other" for an
 * encyclopedia article (`acledSourceScale`). The export leaves out events without a date or
 * coordinates (`exportChunks`); this row writes them as the store gives them.
 * @example acledRow(gaoStrike, { article }) // { event_id_cnty: 'MLI…', event_date: '2013-01-13', sub_event_type: 'Air/drone strike', actor1: 'Military Forces of France', actor2: 'MOJWA', fatalities: 60, source_scale: 'Other', timestamp: 1765080300, … }
 */
export function acledRow(event: EventRecord, context: AcledContext = {}): AcledRow {
  const { sides = { side1: event.assoc_actors, side2: [] }, article = null } = context;
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
    admin1: cell(recordAdmin1(place, event.geo_precision)),
    admin2: '',
    admin3: '',
    location: cell(place?.name),
    latitude: cell(place?.lat),
    longitude: cell(place?.lon),
    geo_precision: cell(acledGeoPrecision(event.geo_precision)),
    source: articleCitation(event.article),
    source_scale: cell(acledSourceScale(article)),
    notes: citedNotes(event.notes, event.article),
    fatalities: fatalities ?? 0,
    tags: tags(event, fatalities),
    timestamp: cell(article ? Math.floor(Date.parse(article.stored_at) / 1000) : null),
  };
}
