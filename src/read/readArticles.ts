import { AnnalsError } from '../model/index.js';
import { isBzip2, decompressBzip2 } from './_bzip2.js';
import { decodeText, MAX_ARTICLE_BYTES } from './_decode.js';
import { sniffShape } from './_sniff.js';
import type { Reader, ReadResult } from './reader.js';
import { defaultReaders } from './readers.js';

/**
 * The read stage: an input's bytes → articles in the seed's layout, with the reader chosen by content.
 * Throws `AnnalsError` for input that is not an article; pages of an export that fail are in `problems`.
 * @example const { articles } = await readArticles(readFileSync('Bombardment_of_Gao.txt'), 'Bombardment_of_Gao.txt')
 */
export async function readArticles(bytes: Uint8Array, source: string, readers: readonly Reader[] = defaultReaders): Promise<ReadResult> {
  const raw = isBzip2(bytes) ? await decompressBzip2(bytes, source, MAX_ARTICLE_BYTES) : bytes;
  const text = decodeText(raw, source);
  const shape = sniffShape(text);
  const reader = readers.find((r) => r.shape === shape);
  if (!reader) {
    throw new AnnalsError('not_an_article', source, 'not an article: no "= Title =" line, YAML front matter, wiki markup or MediaWiki export found');
  }
  return await reader.read(text, source, raw);
}
