import { getJson, type ArticleRef } from './api.js';

// The parts of the link routes (/api/entities, /api/conflicts, an event's `linked`) the UI reads,
// written out as api.ts does the others.

export interface MemberRef {
  article: ArticleRef;
  entity_id: string;
  name: string;
}

/** An article's entity inside a canonical entity, and why it is there. */
export interface EntityMember extends MemberRef {
  kind: string;
  rule: string;
  evidence: { key: string; with: MemberRef } | null;
  aliases: { text: string; from: string }[];
}

export interface EntityDetail {
  id: string;
  kind: string;
  name: string;
  page: string | null;
  country: string | null;
  generic: boolean;
  articles: number;
  events: number;
  aliases: string[];
  members: EntityMember[];
}

export interface ConflictNode {
  id: string;
  name: string;
  parent_id: string | null;
  depth: number;
  articles: ArticleRef[];
  events: number;
  date_start: string | null;
  date_end: string | null;
}

export interface LinkedSource {
  uid: string;
  article: ArticleRef;
  event_id: string;
  sub_event_type: string;
  date: { start: string; end: string } | null;
  place: string | null;
  fatalities: { low: number | null; best: number | null; high: number | null };
}

export interface EventLinks {
  id: string;
  number_of_sources: number;
  fatalities: { low: number | null; best: number | null; high: number | null };
  also_described_in: LinkedSource[];
}

/** A canonical entity by its id, or by an article's entity (`<article id>-<entity id>`). */
export const getEntity = (id: string): Promise<EntityDetail> => getJson<EntityDetail>(`/api/entities/${encodeURIComponent(id)}`);

// One request per event however often its card opens: links change only with a new link run.
const links = new Map<string, Promise<EventLinks | null>>();

/**
 * What the link run knows of an event: its other sources and the fatality range across them (null
 * when the store was not linked since the event was saved).
 * @example (await getEventLinks('e5d5…-v1'))?.also_described_in[0]?.article.title // 'Operation Serval'
 */
export function getEventLinks(uid: string): Promise<EventLinks | null> {
  const known = links.get(uid) ?? getJson<{ linked: EventLinks | null }>(`/api/events/${encodeURIComponent(uid)}`).then((e) => e.linked);
  links.set(uid, known);
  known.catch(() => links.delete(uid));
  return known;
}
