import type { Entity, Event, Extraction } from '../model/index.js';
import { foldName } from '../resolve/gazetteer/index.js';
import type { Row } from './_insertRows.js';
import { sqlDate } from './_sqlValues.js';

// What `--actor` matches of an entity, folded as entityRows folds them: its name, page and aliases.
function actorKeys(entity: Entity): string[] {
  return [entity.name, ...(entity.page === null ? [] : [entity.page]), ...entity.aliases.map((a) => a.text)].map(foldName);
}

// Every key of every actor of an event, once each, sorted (the order the migration fills them in).
function eventActorKeys(e: Event, keysOf: (id: string) => readonly string[]): string[] {
  const ids = [e.actor1, e.actor2, ...e.assoc_actors].filter((id): id is string => id !== null);
  return [...new Set(ids.flatMap(keysOf))].filter((key) => key !== '').sort();
}

function eventRow(x: Extraction, places: ReadonlyMap<string, Entity>, e: Event, ordinal: number, articleKey: number, keysOf: (id: string) => readonly string[]): Row {
  const place = e.location === null ? undefined : places.get(e.location);
  const evidence = e.evidence.map((s) => x.text.slice(s.start, s.end));
  return {
    article_key: articleKey,
    id: e.id,
    ordinal,
    event_type: e.event_type,
    sub_event_type: e.sub_event_type,
    date_start: sqlDate(e.date?.start),
    date_end: sqlDate(e.date?.end),
    date_precision: e.date?.precision ?? null,
    time_stated: e.time,
    location: e.location,
    // copied from the place so that country and box filters need no join
    lat: place?.lat ?? null,
    lon: place?.lon ?? null,
    country: place?.country ?? null,
    admin1: place?.admin1 ?? null,
    geo_precision: e.geo_precision === null ? null : String(e.geo_precision),
    fatalities_low: e.fatalities.low,
    fatalities_best: e.fatalities.best,
    fatalities_high: e.fatalities.high,
    civilian_fatalities: e.civilian_fatalities,
    status: e.status,
    notes: e.notes,
    confidence: e.confidence,
    search_text: [e.notes, ...evidence].join('\n'),
    actor_keys: eventActorKeys(e, keysOf),
    json: e,
  };
}

/**
 * An article's events with their actors (actor1, actor2, associated) and evidence words as rows.
 * @example eventRows(seed, 1).evidence[0].text // "On January 13, 2013, as one of the first actions …"
 */
export function eventRows(x: Extraction, articleKey: number): { events: Row[]; event_actors: Row[]; evidence: Row[] } {
  const actor = (e: Event, role: string, entity: string | null, seq = 0) =>
    entity === null ? [] : [{ article_key: articleKey, event_id: e.id, role, seq, entity_id: entity }];
  const entities = new Map(x.entities.map((e) => [e.id, e]));
  const keys = new Map<string, readonly string[]>();
  const keysOf = (id: string): readonly string[] => {
    const entity = entities.get(id);
    if (!entity) return [];
    const known = keys.get(id) ?? actorKeys(entity);
    keys.set(id, known);
    return known;
  };
  return {
    events: x.events.map((e, ordinal) => eventRow(x, entities, e, ordinal, articleKey, keysOf)),
    event_actors: x.events.flatMap((e) => [
      ...actor(e, 'actor1', e.actor1),
      ...actor(e, 'actor2', e.actor2),
      ...e.assoc_actors.flatMap((id, seq) => actor(e, 'assoc', id, seq)),
    ]),
    evidence: x.events.flatMap((e) =>
      e.evidence.map((s, seq) => ({ article_key: articleKey, event_id: e.id, seq, span_start: s.start, span_end: s.end, text: x.text.slice(s.start, s.end) })),
    ),
  };
}
