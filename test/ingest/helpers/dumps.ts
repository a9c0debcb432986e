import { join } from 'node:path';
import { DUMP_FIXTURES, FIXTURES } from '../../helpers/fixtures.js';

/** The real English sample: 206 pages of enwiki pages-articles1 (2016), "American Revolutionary War" among them. */
export const ENWIKI_206 = join(DUMP_FIXTURES, 'enwiki-latest-pages-articles1.xml-p000000010p000030302-shortened.bz2');
/** The wikipedia2vec sample: 3 English pages, one a redirect. */
export const ENWIKI_3 = join(DUMP_FIXTURES, 'enwiki-pages-articles-sample.xml.bz2');
/** The complete Fante Wikipedia as Wikimedia publishes it: a multistream dump and its index. */
export const MULTISTREAM = join(FIXTURES, 'multistream');
export const FATWIKI = join(MULTISTREAM, 'fatwiki-20240920-pages-articles-multistream.xml.bz2');
export const FATWIKI_INDEX = join(MULTISTREAM, 'fatwiki-20240920-pages-articles-multistream-index.txt.bz2');

/** Everything an async iterable yields. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** How many of each: skipped pages by reason, the rest as 'selected'. */
export function countByReason(pages: readonly ({ skipped: true; reason: string } | object)[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const page of pages) {
    const key = 'skipped' in page ? page.reason : 'selected';
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
