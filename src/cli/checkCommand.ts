import { checkInfobox } from '../check/index.js';
import { isAnnalsError, spanText, type Check } from '../model/index.js';
import type { ResolvedArticle } from '../resolve/index.js';
import { expandInputs } from './inputs.js';
import { out } from './stdout.js';

export interface CheckOptions {
  json?: boolean;
  verbose?: boolean;
}

/** Reads one input into its articles; `extractFile` from the pipeline in the CLI, a stub in tests. */
export type ExtractArticles = (path: string) => Promise<ResolvedArticle[]>;

/**
 * `annals check FILE…`: each article's infobox against its prose — a table of field, infobox value,
 * verdict and the prose words that decided it, or with `--json` one line per article. A bad input
 * costs one line on stderr naming it, not the run. Returns the exit status.
 * @example await runCheck(['fixtures/articles/Bombardment_of_Gao.txt'], {}, async (p) => (await extractFile(p)).articles)
 */
export async function runCheck(files: string[], options: CheckOptions, extract: ExtractArticles): Promise<number> {
  let failed = 0;
  for (const file of await expandInputs(files)) {
    let articles: ResolvedArticle[];
    try {
      articles = await extract(file);
    } catch (error) {
      if (!isAnnalsError(error)) throw error;
      failed++;
      process.stderr.write(`annals: ${error.message}\n`);
      if (options.verbose && error.cause) process.stderr.write(`${String(error.cause)}\n`);
      continue;
    }
    for (const article of articles) {
      const checks = checkInfobox(article);
      out(options.json ? `${JSON.stringify(checkRecord(article, checks))}\n` : `${checkTable(article, checks)}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

/**
 * One article's checks as `--json` prints them; `evidence_text` spares a reader the article's text.
 * @example checkRecord(seed, checks).checks[0] // { field: 'Place', infobox: 'Gao and outskirts, …', verdict: 'agrees', evidence: {…}, reason: '…', evidence_text: 'Gao' }
 */
export function checkRecord(article: ResolvedArticle, checks: readonly Check[]): { id: string; title: string; source: string; checks: (Check & { evidence_text: string | null })[] } {
  return {
    id: article.id,
    title: article.title,
    source: article.source,
    checks: checks.map((c) => ({ ...c, evidence_text: c.evidence ? spanText(article.text, c.evidence) : null })),
  };
}

/**
 * One article's checks as a table a person reads.
 * @example checkTable(seed, checks) // "Bombardment of Gao (…)\n  field        infobox  verdict  evidence\n  Date  January 13, 2013  agrees  \"On January 13, 2013\" …"
 */
export function checkTable(article: ResolvedArticle, checks: readonly Check[]): string {
  const head = `${article.title} (${article.source})`;
  if (checks.length === 0) return `${head}\n  ${article.infobox ? 'no infobox field prose can confirm' : 'no infobox'}`;
  const rows = [['field', 'infobox', 'verdict', 'evidence'], ...checks.map((c) => [c.field, clip(c.infobox, 40), c.verdict, evidenceCell(article, c)])];
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const lines = rows.map((r) => `  ${r.map((cell, i) => (i < 3 ? cell.padEnd(widths[i] ?? 0) : cell)).join('  ')}`.trimEnd());
  const count = (v: Check['verdict']): number => checks.filter((c) => c.verdict === v).length;
  lines.push(`  ${count('agrees')} agree · ${count('contradicts')} contradict · ${count('unsupported')} unsupported`);
  return [head, ...lines].join('\n');
}

function evidenceCell(article: ResolvedArticle, check: Check): string {
  return check.evidence ? `"${clip(spanText(article.text, check.evidence), 70)}" (${check.reason})` : `— ${check.reason}`;
}

// Infobox values run long ("Per Ukraine: · 52 soldiers killed · …"); a table row stays one line.
function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
