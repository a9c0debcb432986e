import { readPlainText } from '../../src/read/index.js';
import { segment } from '../../src/segment/index.js';
import type { SegmentedArticle } from '../../src/model/index.js';

/** A one-paragraph article in the seed's layout around `sentence`, segmented, for recogniser tests. */
export function sentenceArticle(sentence: string, title = 'Test article'): SegmentedArticle {
  return segment(readPlainText(`= ${title} =\n\n${sentence}\n`, 'test.txt'));
}
