import { readFileSync } from 'node:fs';
import type { LinkedEvent, Store } from '../../src/store/index.js';

/** One hand-made check of fixtures/link/merges.tsv. */
export interface ListedPair {
  verdict: 'merge' | 'apart' | 'link' | 'unlinked';
  a: { article: string; what: string };
  b: { article: string; what: string };
  why: string;
}

export const MERGE_LIST = new URL('../../fixtures/link/merges.tsv', import.meta.url).pathname;

/** The checks of the list, comment lines left out. */
export function readMergeList(path = MERGE_LIST): ListedPair[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [verdict, articleA, whatA, articleB, whatB, why] = line.split('\t');
      return { verdict: verdict as ListedPair['verdict'], a: { article: articleA ?? '', what: whatA ?? '' }, b: { article: articleB ?? '', what: whatB ?? '' }, why: why ?? '' };
    });
}

/** The canonical id of the entity an article names this way (its name or an alias), through `annals entities`' calls. */
export async function canonicalOf(store: Store, article: string, name: string): Promise<string | null> {
  for (const candidate of await store.entities({ q: name })) {
    const detail = await store.entity(candidate.id);
    const found = detail?.members.some((m) => m.article.title === article && (m.name === name || m.aliases.some((a) => a.text === name)));
    if (found) return candidate.id;
  }
  return null;
}

// "2013-01-13 Air/drone strike @ Gao", "* * @ Rastan": date, sub-event type and place, * for any.
function matches(what: string, source: LinkedEvent['sources'][number]): boolean {
  const [, date, type, place] = /^(\S+) (.+?) @ (.+)$/.exec(what) ?? [];
  return (date === '*' || source.date?.start === date) && (type === '*' || source.sub_event_type === type) && (place === '*' || source.place === place);
}

/** The linked events with a source matching each side, through `annals events --linked`' call. */
export async function linkedWith(store: Store, pair: ListedPair): Promise<{ a: number; b: number; both: LinkedEvent[] }> {
  const found = { a: 0, b: 0, both: [] as LinkedEvent[] };
  for await (const event of store.linkedEvents()) {
    const a = event.sources.some((s) => s.article.title === pair.a.article && matches(pair.a.what, s));
    const b = event.sources.some((s) => s.article.title === pair.b.article && matches(pair.b.what, s));
    found.a += Number(a);
    found.b += Number(b);
    if (a && b) found.both.push(event);
  }
  return found;
}

/** Whether the store agrees with one check, and what it found. */
export async function checkPair(store: Store, pair: ListedPair): Promise<{ ok: boolean; found: string }> {
  if (pair.verdict === 'merge' || pair.verdict === 'apart') {
    const [x, y] = [await canonicalOf(store, pair.a.article, pair.a.what), await canonicalOf(store, pair.b.article, pair.b.what)];
    const same = x !== null && x === y;
    return { ok: x !== null && y !== null && same === (pair.verdict === 'merge'), found: `${x ?? 'not found'} / ${y ?? 'not found'}` };
  }
  const { a, b, both } = await linkedWith(store, pair);
  return { ok: a > 0 && b > 0 && (both.length > 0) === (pair.verdict === 'link'), found: `${a} and ${b} events found, ${both.length} linked together` };
}
