import { readFile, stat } from 'node:fs/promises';
import { AnnalsError, type Extraction, type SegmentedArticle } from './model/index.js';
import { defaultReaders, MAX_ARTICLE_BYTES, readArticles, type Reader } from './read/index.js';
import { segment } from './segment/index.js';

/** The extension point: ordered lists of stage parts. A plugin is a plain `(config) => config`. */
export interface Config {
  readers: readonly Reader[];
}

export const defaultConfig: Config = { readers: defaultReaders };

export interface ExtractResult {
  articles: SegmentedArticle[];
  /** Pages of an export that could not be read; the others still are. */
  problems: AnnalsError[];
}

/**
 * Runs every stage, in order, over one input's bytes. This is the only place that knows the order.
 * @example const { articles } = await extractBytes(readFileSync('Bombardment_of_Gao.txt'), 'Bombardment_of_Gao.txt')
 */
export async function extractBytes(bytes: Uint8Array, source: string, config: Config = defaultConfig): Promise<ExtractResult> {
  const read = await readArticles(bytes, source, config.readers);
  return { articles: read.articles.map((article) => segment(article)), problems: read.problems };
}

/** `extractBytes` over a file, refusing missing, unreadable and oversized files with one clear error. */
export async function extractFile(path: string, config: Config = defaultConfig): Promise<ExtractResult> {
  const info = await stat(path).catch((cause: NodeJS.ErrnoException) => {
    throw new AnnalsError(cause.code === 'ENOENT' ? 'not_found' : 'unreadable', path, cause.code === 'ENOENT' ? 'no such file' : cause.message, { cause });
  });
  if (!info.isFile()) throw new AnnalsError('unreadable', path, 'not a regular file');
  if (info.size > MAX_ARTICLE_BYTES) {
    throw new AnnalsError('too_large', path, `${(info.size / 1024 / 1024).toFixed(1)} MiB is over the ${MAX_ARTICLE_BYTES / 1024 / 1024} MiB an article may have`);
  }
  const bytes = await readFile(path).catch((cause: Error) => {
    throw new AnnalsError('unreadable', path, cause.message, { cause });
  });
  return extractBytes(bytes, path, config);
}

/**
 * An article as `annals extract --json` prints it (DESIGN.md, "The JSON contract").
 * @example JSON.stringify(toExtraction(article))
 */
export function toExtraction(article: SegmentedArticle): Extraction {
  return {
    id: article.id,
    title: article.title,
    format: article.format,
    source: article.source,
    text: article.text,
    infobox: article.infobox,
    sections: article.sections.map(({ title, level, span }) => ({ title, level, span })),
    sentences: article.sentences.map(({ span }) => ({ span })),
  };
}
