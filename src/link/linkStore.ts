import type { Store } from '../store/index.js';
import { linkRecords } from './linkRecords.js';

/** What a link run did: counts of what it wrote and how long each part took. */
export type LinkSummary = Record<string, number>;

/**
 * Links everything the store holds and replaces the previous links in one transaction; the
 * per-article records are read, never changed. Run it after ingest (`annals link` does).
 * @example const summary = await linkStore(await openStore('.annals')) // { canonical_entities: 9876, linked_clusters: 412, … }
 */
export async function linkStore(store: Store): Promise<LinkSummary> {
  const started = performance.now();
  const inputs = await store.linkInputs();
  const read = performance.now();
  const links = linkRecords(inputs);
  const computed = performance.now();
  await store.saveLinks(links);
  return { ...links.figures, read_ms: Math.round(read - started), link_ms: Math.round(computed - read), save_ms: Math.round(performance.now() - computed), total_ms: Math.round(performance.now() - started) };
}
