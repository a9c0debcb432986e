import type { Extraction } from '../../src/model/index.js';
import { countryByCode, foldName } from '../../src/resolve/gazetteer/index.js';
import type { EventFilter } from '../../src/store/index.js';
import { must } from './_must.js';
import { actorsOf, allEvents, answersTo, type EventInArticle } from './_oracle.js';

/** A filter worked out from the stored articles, and which of their events it must select. */
export type FilterCase = (articles: readonly Extraction[]) => { filter: EventFilter; keep: (e: EventInArticle) => boolean };

/** The first event with a date, an actor and a place on the map, and those values. */
function sample(articles: readonly Extraction[]) {
  const e = must(allEvents(articles).find((x) => x.entity(x.event.location)?.lat != null && x.event.actor1 && x.event.date), 'dated, located event with an actor');
  const place = must(e.entity(e.event.location), 'location');
  return {
    event: e.event,
    actor: must(e.entity(e.event.actor1), 'actor1').name,
    date: must(e.event.date, 'date'),
    lat: must(place.lat, 'latitude'),
    lon: must(place.lon, 'longitude'),
    country: must(place.country, 'country'),
  };
}

const overlaps = (from: string, to: string) => ({ event }: EventInArticle) => !!event.date && event.date.end >= from && event.date.start <= to;
const placeOf = (e: EventInArticle) => e.entity(e.event.location);
const byActor = (name: string) => (e: EventInArticle) => actorsOf(e).some((a) => answersTo(a, name));

export const FILTER_CASES: [string, FilterCase][] = [
  ['actor by name in upper case', (articles) => {
    const { actor } = sample(articles);
    return { filter: { actor: actor.toUpperCase() }, keep: byActor(actor) };
  }],
  ['actor by an alias that is not its name', (articles) => {
    const actors = allEvents(articles).flatMap(actorsOf);
    const alias = must(actors.flatMap((a) => a?.aliases.filter((x) => foldName(x.text) !== foldName(a.name)) ?? [])[0], 'actor with an alias');
    return { filter: { actor: alias.text.toLowerCase() }, keep: byActor(alias.text) };
  }],
  ['event type in lower case', (articles) => {
    const type = sample(articles).event.event_type;
    return { filter: { type: type.toLowerCase() }, keep: (e) => e.event.event_type === type };
  }],
  ['sub-event type', (articles) => {
    const sub = sample(articles).event.sub_event_type;
    return { filter: { type: sub }, keep: (e) => e.event.sub_event_type === sub };
  }],
  ['country by alpha-2 code', (articles) => {
    const { country } = sample(articles);
    return { filter: { country: country.toLowerCase() }, keep: (e) => placeOf(e)?.country === country };
  }],
  ['country by name', (articles) => {
    const { country } = sample(articles);
    return { filter: { country: must(countryByCode(country), 'country name').name }, keep: (e) => placeOf(e)?.country === country };
  }],
  ['dates overlapping one day', (articles) => {
    const day = sample(articles).date.start;
    return { filter: { from: day, to: day }, keep: overlaps(day, day) };
  }],
  ['dates from a day on', (articles) => {
    const day = sample(articles).date.start;
    return { filter: { from: day }, keep: overlaps(day, '9999-12-31') };
  }],
  ['a box around a place', (articles) => {
    const { lat, lon } = sample(articles);
    const near = (e: EventInArticle) => {
      const place = placeOf(e);
      return place?.lat != null && place.lon != null && Math.abs(place.lat - lat) <= 1 && Math.abs(place.lon - lon) <= 1;
    };
    return { filter: { bbox: [lon - 1, lat - 1, lon + 1, lat + 1] }, keep: near };
  }],
  ['a box across the antimeridian', (articles) => {
    const { lon } = sample(articles);
    // west edge east of the east edge: all longitudes but a band around the place
    const outside = (e: EventInArticle) => {
      const at = placeOf(e)?.lon;
      return at != null && (at >= lon + 0.5 || at <= lon - 0.5);
    };
    return { filter: { bbox: [lon + 0.5, -90, lon - 0.5, 90] }, keep: outside };
  }],
  ['actor, type and dates together', (articles) => {
    const { event, actor, date } = sample(articles);
    const byDates = overlaps(date.start, date.end);
    return {
      filter: { actor, type: event.sub_event_type, from: date.start, to: date.end },
      keep: (e) => byActor(actor)(e) && e.event.sub_event_type === event.sub_event_type && byDates(e),
    };
  }],
];
