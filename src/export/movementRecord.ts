import type { Count, DateInterval, Extraction, Movement, Span } from '../model/index.js';
import type { ArticleRef, EntityRef, EvidenceText, PlaceRef } from '../store/index.js';
import { entityLookup, entityRef, placeRef } from './entityRefs.js';

export interface LegRecord {
  place: PlaceRef;
  role: Movement['legs'][number]['role'];
  time: string | null;
  offset_hours: Count | null;
  span: Span;
  /** The words the leg was read from. */
  text: string;
}

/** A movement with its entities expanded and its article named, as the exports and the API give it. */
export interface MovementRecord {
  /** `<article content hash>-<movement id>`. */
  uid: string;
  id: string;
  actor: EntityRef | null;
  vehicles: Movement['vehicles'];
  date: DateInterval | null;
  legs: LegRecord[];
  avoided: PlaceRef[];
  evidence: EvidenceText[];
  article: ArticleRef;
}

/**
 * A saved article's movement with its actor and places expanded, legs in flown order.
 * @example movementRecord(seed, seed.movements[0]).legs.map((l) => l.place.name) // ['Saint-Dizier', …, 'Gao', "N'Djamena"]
 */
export function movementRecord(x: Extraction, movement: Movement, article: ArticleRef = x): MovementRecord {
  const find = entityLookup(x);
  const places = (ids: readonly string[]) => ids.flatMap((id) => {
    const entity = find(id);
    return entity ? [placeRef(entity)] : [];
  });
  const actor = find(movement.actor);
  return {
    uid: `${article.id}-${movement.id}`,
    id: movement.id,
    actor: actor ? entityRef(actor) : null,
    vehicles: movement.vehicles,
    date: movement.date,
    legs: movement.legs.flatMap((leg) => {
      const entity = find(leg.place);
      return entity ? [{ place: placeRef(entity), role: leg.role, time: leg.time, offset_hours: leg.offset_hours, span: leg.span, text: x.text.slice(leg.span.start, leg.span.end) }] : [];
    }),
    avoided: places(movement.avoided),
    evidence: movement.evidence.map((s) => ({ start: s.start, end: s.end, text: x.text.slice(s.start, s.end) })),
    article: { id: article.id, title: article.title, source: article.source },
  };
}
