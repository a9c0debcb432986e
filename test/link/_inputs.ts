import { linkRecords } from '../../src/link/index.js';
import type { EntityMemberRow, EventClusterRow, LinkArticle, LinkEntity, LinkEvent, LinkInputs, LinkRecords } from '../../src/store/index.js';

// Small hand-built link inputs: articles by title, entities and events with only the fields a case needs.

export function article(key: number, title: string, partof: string | null = null, conflict: string | null = null): LinkArticle {
  return { key, id: `${String(key).padStart(4, '0')}${'0'.repeat(60)}`, source: `${title}.txt`, title, conflict, partof };
}

export function entity(articleKey: number, id: string, name: string, fields: Partial<LinkEntity> = {}): LinkEntity {
  return {
    articleKey, id, kind: 'armed_group', name, page: null, country: null, lat: null, lon: null, geonameId: null, precision: null,
    affiliation: null, aliases: [name], ...fields,
  };
}

export function event(articleKey: number, id: string, date: string, fields: Partial<LinkEvent> = {}): LinkEvent {
  return {
    articleKey, id, eventType: 'Battles', subEventType: 'Armed clash', dateStart: date, dateEnd: date, datePrecision: 'day',
    location: null, lat: 16.27, lon: -0.04, country: 'ML', geoPrecision: 1, actor1: null, actor2: null, assoc: [],
    fatalities: { low: null, best: null, high: null }, notes: '', ...fields,
  };
}

/** The same items in another order, deterministically (a rotation and a reversal). */
export function shuffled<T>(items: readonly T[]): T[] {
  const half = Math.floor(items.length / 2);
  return [...items.slice(half), ...items.slice(0, half)].reverse();
}

/** Link records with their members and clusters made whole, for tests to search. */
export type Linked = Omit<LinkRecords, 'members' | 'clusters'> & { members: EntityMemberRow[]; clusters: EventClusterRow[] };

/**
 * `linkRecords` with every member and cluster row made.
 * @example linked({ articles, entities, events: [] }).members.find((m) => m.rule !== 'first')
 */
export function linked(inputs: LinkInputs): Linked {
  // linking empties the entities it is given: the cases share theirs
  const r = linkRecords({ ...inputs, entities: [...inputs.entities] });
  return { ...r, members: [...r.members], clusters: [...r.clusters] };
}
