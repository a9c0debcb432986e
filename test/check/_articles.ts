import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkInfobox } from '../../src/check/index.js';
import { spanText, type Check } from '../../src/model/index.js';
import { extractBytes } from '../../src/pipeline.js';
import type { ResolvedArticle } from '../../src/resolve/index.js';
import { testConfig } from '../helpers/config.js';
import { FIXTURES } from '../helpers/fixtures.js';

/** A check as a test states it: the evidence as its words. */
export interface Said {
  verdict: Check['verdict'];
  evidence: string | null;
}

/** One consistency entry of a gold file (fixtures/gold/FORMAT.md). */
export interface GoldCheck {
  field: string;
  infobox: string;
  verdict: Check['verdict'];
  evidence?: string;
}

export const GOLD = join(FIXTURES, 'gold');

/** A gold file's article (its `source`, relative to the gold file) run through the real pipeline. */
export async function goldArticle(goldFile: string): Promise<{ article: ResolvedArticle | null; consistency: GoldCheck[] }> {
  const gold = JSON.parse(readFileSync(join(GOLD, goldFile), 'utf8')) as { source: string; consistency: GoldCheck[] };
  const path = join(GOLD, gold.source);
  const { articles } = await extractBytes(readFileSync(path), path, testConfig());
  return { article: articles[0] ?? null, consistency: gold.consistency };
}

/**
 * A made-up article in the seed's layout — title, `- Key: Value` infobox lines, one paragraph per
 * string — run through the real pipeline and checked.
 */
export async function checkMadeUp(infobox: Record<string, string>, paragraphs: readonly string[]): Promise<{ article: ResolvedArticle; checks: Check[] }> {
  const lines = Object.entries(infobox).map(([key, value]) => `- ${key}: ${value}`);
  const text = `= Raid on Testville =\n\nInfobox\n${lines.join('\n')}\n\n${paragraphs.join('\n\n')}\n`;
  const { articles } = await extractBytes(Buffer.from(text), 'made-up.txt', testConfig());
  const article = articles[0];
  if (!article) throw new Error('the made-up article did not read');
  return { article, checks: checkInfobox(article) };
}

/** The made-up raid's infobox: a one-day event, a state and an armed group. */
export const RAID_INFOBOX: Readonly<Record<string, string>> = {
  Date: '13 January 2013',
  Place: 'Timbuktu, Mali',
  Combatant1: 'France',
  Combatant2: 'IMN',
};

/** The raid's opening: it dates the event, names both sides and ties "jihadists" to the group. */
export const RAID_OPENING = 'On 13 January 2013, French soldiers attacked a base of the jihadist Islamic Movement of the North (IMN) in Timbuktu.';

/**
 * What the check of `field` said of the made-up raid with `fields` over its infobox and `sentences`
 * as its second paragraph.
 */
export async function raidSays(fields: Record<string, string>, sentences: readonly string[], field: string): Promise<Said | undefined> {
  const { article, checks } = await checkMadeUp({ ...RAID_INFOBOX, ...fields }, [RAID_OPENING, sentences.join(' ')].filter(Boolean));
  return said(article, checks, field);
}

/** What the check of `field` said, its evidence as words; undefined when the field was not checked. */
export function said(article: ResolvedArticle, checks: readonly Check[], field: string): Said | undefined {
  const check = checks.find((c) => c.field === field);
  return check && { verdict: check.verdict, evidence: check.evidence ? spanText(article.text, check.evidence) : null };
}
