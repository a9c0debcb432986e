import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkInfobox } from '../../src/check/index.js';
import type { Check } from '../../src/model/index.js';
import type { ResolvedArticle } from '../../src/resolve/index.js';
import { GOLD, goldArticle, said, type GoldCheck } from './_articles.js';

// The gold files whose consistency lists were checked by hand for this stage.
const GOLD_FILES = ['Bombardment_of_Gao.gold.json', 'Attack_on_Nova_Kakhovka.gold.json', 'Battle_of_Bosra_(2015).gold.json', '2017_Mosul_airstrike.gold.json'];
const runs = new Map<string, { article: ResolvedArticle | null; checks: Check[] }>();

beforeAll(async () => {
  for (const file of GOLD_FILES) {
    const { article } = await goldArticle(file);
    runs.set(file, { article, checks: article ? checkInfobox(article) : [] });
  }
});

// Read at collection time, so that each gold entry is its own test case.
const cases = GOLD_FILES.flatMap((file) => {
  const { consistency } = JSON.parse(readFileSync(join(GOLD, file), 'utf8')) as { consistency: GoldCheck[] };
  return consistency.map((gold) => [`${file.replace('.gold.json', '')} ${gold.field}: "${gold.infobox}"`, file, gold] as const);
});

describe('the gold consistency lists', () => {
  it.each(cases)('%s', (_name, file, gold) => {
    const { article, checks } = runs.get(file) ?? { article: null, checks: [] };
    expect(article).not.toBeNull();
    expect(checks.find((c) => c.field === gold.field)?.infobox).toBe(gold.infobox);
    expect(said(article as ResolvedArticle, checks, gold.field)).toEqual({ verdict: gold.verdict, evidence: gold.evidence ?? null });
  });

  it('checks each field of the seed once, in the infobox order', () => {
    const run = runs.get('Bombardment_of_Gao.gold.json');
    expect(run?.checks.map((c) => c.field)).toEqual(['Place', 'Date', 'Combatant1', 'Combatant2', 'Units1', 'Units2', 'Casualties1', 'Casualties2']);
  });

  it('gives every check a reason, and evidence exactly when it is not unsupported', () => {
    for (const { checks } of runs.values()) {
      for (const check of checks) {
        expect(check.reason.length).toBeGreaterThan(0);
        expect(check.evidence === null).toBe(check.verdict === 'unsupported');
      }
    }
  });
});
