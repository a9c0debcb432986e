import { StringDecoder } from 'node:string_decoder';
import { AnnalsError, isAnnalsError } from '../model/index.js';
import { PageParser, type RawPage } from './_pageParser.js';
import { skipReason } from './_select.js';
import { decompressedBytes } from './_unitBytes.js';
import { describeUnit, type Page, type PageUnit, type Skipped } from './workUnit.js';

export interface PagesOptions {
  /** Called as the unit's file is read, with the raw (compressed) bytes read so far. */
  onProgress?: (bytesRead: number) => void;
  /** Called with every page as the XML gives it, before selection (the wiki layer's coordinates). */
  onPage?: (page: RawPage) => void;
}

/**
 * The pages of a dump or of one stream of a multistream dump, parsed as the bytes are decompressed:
 * conflict articles as `Page`, every other page as `Skipped` with its reason. Only the current
 * block and the page being read are held in memory.
 * @example for await (const p of pagesOf({ kind: 'dump', path: 'enwiki-latest-pages-articles1.xml-p000000010p000030302-shortened.bz2' })) if (!('skipped' in p)) console.log(p.title) // American Revolutionary War
 */
export async function* pagesOf(unit: PageUnit, options: PagesOptions = {}): AsyncGenerator<Page | Skipped> {
  const label = describeUnit(unit);
  const range = unit.kind === 'dump-stream' ? { offset: unit.offset, length: unit.length } : undefined;
  const parser = new PageParser(unit.kind === 'dump-stream');
  // a dump is UTF-8; a stray bad byte becomes U+FFFD rather than costing the rest of the dump
  const utf8 = new StringDecoder('utf8');
  try {
    for await (const chunk of decompressedBytes(unit.path, label, range, options.onProgress)) {
      yield* parse(label, parser, () => parser.write(utf8.write(chunk)), options);
    }
  } catch (cause) {
    // bytes that stop part-way (a cut .bz2): the pages finished before the break are still the dump's
    yield* taken(parser, options);
    throw cause;
  }
  yield* parse(label, parser, () => parser.write(utf8.end()).close(), options);
}

function taken(parser: PageParser, options: PagesOptions): (Page | Skipped)[] {
  const pages = parser.take();
  if (options.onPage) pages.forEach(options.onPage);
  return pages.map(toPage);
}

// Pages finished before XML breaks are passed on before the error that ends the unit.
function* parse(label: string, parser: PageParser, feed: () => void, options: PagesOptions): Generator<Page | Skipped> {
  let failure: unknown = null;
  try {
    feed();
  } catch (cause) {
    failure = cause;
  }
  yield* taken(parser, options);
  if (failure === null) return;
  if (isAnnalsError(failure)) throw failure;
  const reason = failure instanceof Error ? (failure.message.split('\n')[0] ?? '') : String(failure);
  throw new AnnalsError('malformed', label, `broken XML export (${reason})`, { cause: failure });
}

function toPage(raw: RawPage): Page | Skipped {
  const reason = skipReason(raw);
  if (reason !== null) return { skipped: true, title: raw.title, reason };
  return { title: raw.title, pageId: Number(raw.id), revisionId: Number(raw.revisionId), timestamp: raw.timestamp, wikitext: raw.text };
}
