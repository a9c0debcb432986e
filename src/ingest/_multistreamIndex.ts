import { access } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { AnnalsError } from '../model/index.js';
import { decompressedBytes } from './_unitBytes.js';
import type { DumpStreamUnit } from './workUnit.js';

// enwiki-20240901-pages-articles-multistream.xml.bz2 → …-multistream-index.txt.bz2
// enwiki-20240901-pages-articles-multistream1.xml-p1p41242.bz2 → …-multistream-index1.txt-p1p41242.bz2
const MULTISTREAM_DUMP = /multistream(\d*)\.xml(-p\d+p\d+)?\.bz2$/;
const MULTISTREAM_INDEX = /multistream-index(\d*)\.txt(-p\d+p\d+)?\.bz2$/;

/** The index Wikimedia publishes beside a multistream dump, if it is there. */
export async function indexBeside(dump: string): Promise<string | null> {
  if (!MULTISTREAM_DUMP.test(dump)) return null;
  const index = dump.replace(MULTISTREAM_DUMP, 'multistream-index$1.txt$2.bz2');
  return (await exists(index)) ? index : null;
}

/** Whether a file is the index of a multistream dump that lies beside it (and is read through it). */
export async function isIndexOfDumpBeside(path: string): Promise<boolean> {
  return MULTISTREAM_INDEX.test(path) && exists(path.replace(MULTISTREAM_INDEX, 'multistream$1.xml$2.bz2'));
}

/**
 * The streams of a multistream dump, from its index (`offset:pageId:title` lines, read as a stream):
 * each distinct offset starts a stream that runs to the next; the last runs to the end of the file.
 * The first stream, before the first offset, holds only `<siteinfo>`.
 */
export async function* streamsOf(dump: string, index: string, dumpSize: number): AsyncGenerator<DumpStreamUnit> {
  let start: number | null = null;
  let lineNo = 0;
  for await (const line of lines(decompressedBytes(index, index))) {
    lineNo++;
    if (line === '') continue;
    const offset = Number(line.slice(0, line.indexOf(':')));
    if (!Number.isSafeInteger(offset) || offset < (start ?? 0) || offset >= dumpSize) {
      throw new AnnalsError('malformed', index, `line ${lineNo} is not "offset:pageId:title" with offsets rising inside the dump`);
    }
    if (start !== null && offset !== start) yield { kind: 'dump-stream', path: dump, offset: start, length: offset - start };
    start = offset;
  }
  if (start !== null) yield { kind: 'dump-stream', path: dump, offset: start, length: dumpSize - start };
}

async function* lines(chunks: AsyncIterable<Buffer>): AsyncGenerator<string> {
  const utf8 = new StringDecoder('utf8');
  let carry = '';
  for await (const chunk of chunks) {
    const parts = (carry + utf8.write(chunk)).split('\n');
    carry = parts.pop() ?? '';
    yield* parts;
  }
  carry += utf8.end();
  if (carry !== '') yield carry;
}

function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
