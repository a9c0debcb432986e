import type { SegmentedArticle } from '../model/index.js';

const MAX_FIELDS_SHOWN = 6;

/**
 * A few lines a person can read about one extracted article.
 * @example summarise(article) // "Bombardment of Gao (plain, seed/Bombardment_of_Gao.txt)\n  infobox: military conflict, 11 fields …"
 */
export function summarise(article: SegmentedArticle): string {
  const lines = [`${article.title} (${article.format}, ${article.source})`];
  if (article.infobox) {
    const shown = article.infobox.fields.slice(0, MAX_FIELDS_SHOWN).map((f) => `${f.label}: ${clip(f.value)}`);
    const more = article.infobox.fields.length > MAX_FIELDS_SHOWN ? '; …' : '';
    lines.push(`  infobox: ${article.infobox.kind}, ${article.infobox.fields.length} fields — ${shown.join('; ')}${more}`);
  } else {
    lines.push('  infobox: none');
  }
  const sections = article.sections.filter((s) => !s.backMatter).map((s) => s.title);
  lines.push(`  sections: ${sections.length > 0 ? clip(sections.join(' · '), 160) : 'none'}`);
  lines.push(`  sentences: ${article.sentences.length}`);
  return lines.join('\n');
}

function clip(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
