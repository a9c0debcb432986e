import type { ResolvedArticle } from '../resolve/index.js';

const MAX_FIELDS_SHOWN = 6;

/**
 * A few lines a person can read about one extracted article.
 * @example summarise(article) // "Bombardment of Gao (plain, seed/Bombardment_of_Gao.txt)\n  infobox: military conflict, 11 fields …"
 */
export function summarise(article: ResolvedArticle): string {
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
  const kinds = new Map<string, number>();
  for (const m of article.mentions) kinds.set(m.kind, (kinds.get(m.kind) ?? 0) + 1);
  lines.push(`  mentions: ${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ') || 'none'}`);
  const actors = article.entities.filter((e) => e.kind !== 'place').map((e) => e.name);
  const places = article.entities.filter((e) => e.kind === 'place');
  const unresolved = places.filter((p) => !p.resolved).map((p) => p.name);
  lines.push(`  actors: ${clip(actors.join(' · '), 160) || 'none'}`);
  lines.push(`  places: ${places.length} (${places.length - unresolved.length} geocoded${unresolved.length > 0 ? `; not found: ${clip(unresolved.join(', '), 80)}` : ''})`);
  return lines.join('\n');
}

function clip(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
