import { readFileSync } from 'node:fs';
import type { Extraction } from '../../src/model/index.js';
import { extractBytes, extractFile, toExtraction } from '../../src/pipeline.js';
import { testConfig } from '../helpers/config.js';

/** Extractions of fixture articles through the real pipeline, as `annals extract --json` prints them. */
export async function extract(...paths: string[]): Promise<Extraction[]> {
  const results = await Promise.all(paths.map((path) => extractFile(path, testConfig())));
  return results.flatMap((r) => r.articles.map(toExtraction));
}

/** The same source with some words changed: a new content hash, new records. */
export async function extractEdited(path: string, from: string, to: string): Promise<Extraction> {
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${path} does not say "${from}"`);
  const { articles } = await extractBytes(Buffer.from(text.replace(from, to)), path, testConfig());
  const [article] = articles;
  if (!article) throw new Error(`${path}: nothing extracted`);
  return toExtraction(article);
}

export const SEED = 'fixtures/articles/Bombardment_of_Gao.txt';
/** Small articles with movements, several countries, and an infobox-free one. */
export const SUITE_FIXTURES = [SEED, 'fixtures/articles/Operation_Serval.txt', 'fixtures/articles/Fall_of_Mosul.txt', 'fixtures/articles/Siege_of_Base_46.txt'];
