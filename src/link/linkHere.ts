import type { LinkRecords, Store } from '../store/index.js';
import { collectGarbage } from './_collectGarbage.js';
import { linkRecords } from './linkRecords.js';

/** What a link run did: counts of what it wrote and how long each part took. */
export type LinkSummary = Record<string, number>;

// Its own function, so that nothing holds the inputs once the records are made: what the records
// do not need (most entities) is let go before saving, and the rest as the rows are saved.
async function computeLinks(store: Store): Promise<{ links: LinkRecords; readMs: number }> {
  const started = performance.now();
  const inputs = await store.linkInputs();
  const readMs = performance.now() - started;
  return { links: linkRecords(inputs), readMs };
}

/**
 * Links everything the store holds, in the calling thread, and replaces the previous links in one
 * transaction; the per-article records are read, never changed. `linkStore` runs it in a thread of
 * its own, whose heap is given back when it ends.
 * @example const summary = await linkHere(store) // { canonical_entities: 9876, linked_clusters: 412, … }
 */
export async function linkHere(store: Store): Promise<LinkSummary> {
  const started = performance.now();
  const { links, readMs } = await computeLinks(store);
  const computed = performance.now();
  // the heap shrinks to what the rows need before the store (PGlite's memory grows as it writes) is written
  collectGarbage();
  await store.saveLinks(links);
  const ms = (t: number) => Math.round(t);
  return { ...links.figures, read_ms: ms(readMs), link_ms: ms(computed - started - readMs), save_ms: ms(performance.now() - computed), total_ms: ms(performance.now() - started) };
}
