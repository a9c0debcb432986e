import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGoldFiles, type GoldFile } from '../../src/eval/index.js';
import { FIXTURES } from '../helpers/fixtures.js';

export const GOLD_DIR = join(FIXTURES, 'gold');
export const EVAL_FIXTURES = new URL('./fixtures/', import.meta.url).pathname;

const golds = loadGoldFiles([GOLD_DIR]);

/** A real gold record from fixtures/gold, by article title. */
export function goldOf(article: string): GoldFile {
  const gold = golds.find((g) => g.article === article);
  if (!gold) throw new Error(`no gold for ${article}`);
  return gold;
}

/** The article text a gold record's evidence quotes (for the plain-text fixtures, the file itself). */
export function articleText(name: string): string {
  return readFileSync(join(FIXTURES, 'articles', name), 'utf8');
}
