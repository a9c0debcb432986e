import type { z } from 'zod';
import type { Store } from '../store/index.js';
import type { EventLinksSchema } from './linkSchemas.js';

export type EventLinks = z.infer<typeof EventLinksSchema>;

/**
 * What the last link run knows of an event (`<article id>-<event id>`): its linked event's id, how
 * many articles describe the happening, the fatality range across them, its conflict, and the other
 * articles' accounts ("also described in"). Null when no link run has seen the event.
 * @example (await eventLinks(store, 'e5d55e2a…-v1'))?.also_described_in[0]?.article.title // 'Operation Serval'
 */
export async function eventLinks(store: Store, uid: string): Promise<EventLinks | null> {
  for await (const linked of store.linkedEvents({ event: uid, limit: 1 })) {
    const { id, number_of_sources, fatalities, best_rule, conflict, sources } = linked;
    const accounts = sources.map((s) => ({ uid: `${s.article.id}-${s.event_id}`, ...s }));
    return { id, number_of_sources, fatalities, best_rule, conflict, also_described_in: accounts.filter((s) => s.uid !== uid) };
  }
  return null;
}
