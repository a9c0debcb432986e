import { describe, expect, it } from 'vitest';
import { isAnnalsError } from '../../src/model/index.js';
import { readArticles } from '../../src/read/index.js';
import { assertWithinBudget, measureAsync } from './_budget.js';
import { expectReadOrRefused } from './_check.js';

// One 50 MB line (under the 64 MiB an article may have), through the read stage once per shape:
// the seed's layout reads it (its reader has no parser to slow down), the Markdown and wiki
// readers refuse it at once. An export's page is refused alone; saxes still reads the 50 MB of XML.
const LINE = 'a '.repeat(25 * 1024 * 1024);
const SHAPES: [shape: string, head: string, tail: string, read: boolean, budgetMs: number][] = [
  ['plain', '= Big =\n\n', '\n', true, 1000],
  ['markdown', '# Big\n\n', '\n', false, 1000],
  ['wikitext', "'''Big''' ", '\n', false, 1000],
  ['mediawiki-xml', '<mediawiki><page><title>Big</title><ns>0</ns><revision><text>', '</text></revision></page></mediawiki>', false, 3000],
];

describe('fuzz: one 50 MB line', () => {
  it.each(SHAPES)('%s: read or refused with AnnalsError, within budget', async (shape, head, tail, read, budgetMs) => {
    const bytes = Buffer.from(head + LINE + tail, 'utf8');
    const outcome = await measureAsync(`readArticles (${shape}, 50 MB line)`, `${head}a a a … (${bytes.length} bytes)`, () => readArticles(bytes, `big.${shape}`));
    expectReadOrRefused(shape, outcome.ok ? { ...outcome, value: outcome.value.articles } : outcome);
    assertWithinBudget(shape, outcome.ms, budgetMs);
    const problem = outcome.ok ? outcome.value.problems[0] : outcome.error;
    expect(outcome.ok && outcome.value.articles.length === 1).toBe(read);
    if (!read) expect(isAnnalsError(problem) && problem.code).toBe('too_large');
  }, 60_000);
});
