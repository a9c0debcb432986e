import type { Article, Span } from '../model/index.js';

// A news report's dateline opens its first paragraph: where the report was filed, in capitals, then
// often the country, the day and the agency, then a dash. It tells of the report, not of a happening,
// so it is a sentence apart from the first. Wikipedia articles open with their subject in lower and
// upper case ("The Bombardment of Gao …"): none of the corpus's 3,171 articles and pages has one.
const DATELINE = new RegExp(
  [
    // KHARKIV · NEW YORK · N'DJAMENA · PORT-AU-PRINCE (two capitals at least: "A Russian missile…" is a sentence)
    "^\\p{Lu}[\\p{Lu}\\p{M}'’.-]+(?: \\p{Lu}[\\p{Lu}\\p{M}'’.-]*)*",
    // , Ukraine · , 12 March 2024 · , Tuesday · , March 12, 2024 (a few short parts, none with a clause's stops)
    '(?:,[ \\t]*[^,;:—–()\\n]{1,40}?){0,4}',
    // (Reuters) · (AP) · (Associated Press): an agency's name, not an acronym's spelling out ("SUNSAT (Stellenbosch UNiversity SATellite) —")
    "(?:[ \\t]*\\([\\p{L}.&'-]{2,20}(?: [\\p{L}.&'-]{2,20})?\\))?",
    // — · – (spaced or not) · - · -- (spaced)
    '(?:[ \\t]*[—–]|[ \\t]+--?(?=[ \\t]))',
  ].join(''),
  'u',
);

/**
 * The dateline heading an article's first prose paragraph, through its dash, or null.
 * @example dateline(article) // the span of "KHARKIV, Ukraine, 12 March 2024 —" in "KHARKIV, Ukraine, 12 March 2024 — A Russian missile…"
 */
export function dateline(article: Article): Span | null {
  const lead = article.blocks.find((block) => block.kind === 'prose');
  if (!lead) return null;
  const words = article.text.slice(lead.span.start, lead.span.end);
  const match = DATELINE.exec(words);
  // a dateline heads a paragraph that goes on: a paragraph that is only capitals and a dash is not one
  if (!match || words.slice(match[0].length).trim() === '') return null;
  return { start: lead.span.start, end: lead.span.start + match[0].length };
}
