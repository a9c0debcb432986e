import type { ArticleReport } from '../../src/eval/index.js';
import type { Check, Entity, Event, Movement, Span } from '../../src/model/index.js';

/** The span of a quote in the text; a quote that is not there is a mistake in the test. */
export function quoteSpan(text: string, quote: string): Span {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`test quote not in text: ${quote}`);
  return { start, end: start + quote.length };
}

const blankEntity: Omit<Entity, 'id' | 'kind' | 'name'> = {
  aliases: [], page: null, role: null, affiliation: null, lat: null, lon: null,
  country: null, admin1: null, geonameId: null, precision: null, resolved: false,
};

/** A non-place entity; aliases carry a dummy span, which the scorer never reads. */
export function actor(id: string, kind: Entity['kind'], name: string, aliases: string[] = []): Entity {
  return { ...blankEntity, id, kind, name, aliases: aliases.map((text) => ({ text, span: { start: 0, end: 0 }, from: 'prose' })) };
}

export function place(id: string, name: string, lat: number | null = null, lon: number | null = null, aliases: string[] = []): Entity {
  return { ...actor(id, 'place', name, aliases), lat, lon, precision: lat === null ? null : 1, resolved: lat !== null };
}

export interface EventInit extends Partial<Omit<Event, 'evidence'>> {
  id: string;
  event_type: Event['event_type'];
  sub_event_type: string;
  day: string | null;
  quotes: string[];
}

/** A predicted event citing `quotes`, dated to one `day`, with provenance for every set field. */
export function predictedEvent(text: string, init: EventInit): Event {
  const { day, quotes, ...fields } = init;
  const evidence = quotes.map((q) => quoteSpan(text, q));
  const event: Event = {
    actor1: null, actor2: null, assoc_actors: [], location: null, geo_precision: null, time: null,
    fatalities: { low: null, best: null, high: null }, civilian_fatalities: null, status: 'reported',
    claims: [], quantities: [], notes: '', provenance: {}, confidence: 0.9,
    date: day === null ? null : { start: day, end: day, precision: 'day' },
    ...fields,
    evidence,
  };
  const from = { article: 'test', span: evidence[0] ?? { start: 0, end: 0 }, from: 'prose' };
  const set = { actor1: event.actor1, actor2: event.actor2, location: event.location, date: event.date, fatalities: event.fatalities.low ?? event.fatalities.best ?? event.fatalities.high };
  for (const [field, value] of Object.entries(set)) if (value !== null && value !== undefined) event.provenance[field] = from;
  return event;
}

type Leg = Movement['legs'][number];

export function leg(place: string, role: Leg['role'], extra: Partial<Leg> = {}): Leg {
  return { place, role, time: null, offset_hours: null, span: { start: 0, end: 0 }, ...extra };
}

export function check(field: string, infobox: string, verdict: Check['verdict']): Check {
  return { field, infobox, verdict, evidence: null, reason: '' };
}

/** The figures a test case pins: any of an article's, with any of its fields. */
export type Expected = Partial<Omit<ArticleReport, 'fields'>> & { fields?: Partial<ArticleReport['fields']> };
