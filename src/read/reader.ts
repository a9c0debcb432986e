import type { AnnalsError, Article } from '../model/index.js';
import type { InputShape } from './_sniff.js';

/** What one input yields: the articles read, and the pages that could not be. */
export interface ReadResult {
  articles: Article[];
  problems: AnnalsError[];
  /** Pages of an export that are not articles (other namespaces, redirects). */
  skipped: number;
}

/** A reader for one shape of input; the read stage picks it by what the text holds. */
export interface Reader {
  name: string;
  shape: InputShape;
  /** A promise where the reader's parser is loaded on first use. */
  read(text: string, source: string, bytes: Uint8Array): ReadResult | Promise<ReadResult>;
}
