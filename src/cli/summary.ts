import type { ExtractedArticle } from '../pipeline.js';

const MAX_FIELDS_SHOWN = 6;
const MAX_EVENTS_SHOWN = 5;

/**
 * A few lines a person can read about one extracted article.
 * @example summarise(article) // "Bombardment of Gao (plain, seed/Bombardment_of_Gao.txt)\n  infobox: military conflict, 11 fields …"
 */
export function summarise(article: ExtractedArticle): string {
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
  const name = (id: string | null): string => (id ? (article.entities.find((e) => e.id === id)?.name ?? '?') : '?');
  lines.push(`  events: ${article.events.length}${article.movements.length > 0 ? `, movements: ${article.movements.length}` : ''}`);
  for (const event of article.events.slice(0, MAX_EVENTS_SHOWN)) {
    const deaths = event.fatalities.best === null ? '' : `, ${event.fatalities.best}${event.fatalities.high === null && event.fatalities.low !== null ? '+' : ''} killed`;
    lines.push(`    ${event.date?.start ?? 'undated'} ${event.sub_event_type}: ${name(event.actor1)} → ${name(event.actor2)} at ${name(event.location)}${deaths}`);
  }
  if (article.events.length > MAX_EVENTS_SHOWN) lines.push(`    … ${article.events.length - MAX_EVENTS_SHOWN} more`);
  if (article.checks.length > 0) {
    const count = (v: string): number => article.checks.filter((c) => c.verdict === v).length;
    lines.push(`  infobox vs prose: ${count('agrees')} agree · ${count('contradicts')} contradict · ${count('unsupported')} unsupported`);
  }
  return lines.join('\n');
}

function clip(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
