import type { CanonicalEntity, CanonicalEntityDetail, EntityMember } from '../../store/index.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * One line per canonical entity: "E5970195b91  state  Russia  149 articles  925 events  — Russian forces, Russian troops".
 * @example entityLine(russia)
 */
export function entityLine(e: CanonicalEntity): string {
  const others = e.aliases.filter((a) => a !== e.name).slice(0, 4);
  return `${e.id}  ${e.kind}  ${e.name}  ${plural(e.articles, 'article')}  ${plural(e.events, 'event')}${others.length > 0 ? `  — ${others.join(', ')}` : ''}${e.generic ? '  (common noun: never merged)' : ''}`;
}

const RULES: Readonly<Record<string, string>> = {
  'same-state': 'the same state',
  'same-geonames': 'the same GeoNames place',
  'same-page': 'the same wikilink target',
  acronym: 'an acronym and its expansion',
  'same-name': 'the same name',
};

function why(m: EntityMember): string {
  if (!m.evidence) return 'the first member: the others joined it';
  const { key, with: other } = m.evidence;
  return `${RULES[m.rule] ?? m.rule} (${key}) as "${other.name}" in ${other.article.title}`;
}

/**
 * What `annals entities show ID` prints: the entity, then each article's entity in it with the rule
 * that put it there, and each of that article's aliases with what read it.
 * @example entityDetailLines(await store.entity('E5970195b91')).join('\n')
 */
export function entityDetailLines(e: CanonicalEntityDetail): string[] {
  const where = [e.page ? `page "${e.page}"` : null, e.country, e.lat !== null && e.lon !== null ? `${e.lat.toFixed(4)}, ${e.lon.toFixed(4)}` : null].filter(Boolean).join('; ');
  const lines = [`${e.name} (${e.kind}) ${e.id}: ${plural(e.articles, 'article')}, ${plural(e.events, 'event')}${where ? `; ${where}` : ''}`];
  for (const m of e.members) {
    lines.push(`  ${m.article.title}: "${m.name}" ${m.entity_id} — ${why(m)}`);
    for (const a of m.aliases) lines.push(`      "${a.text}" (${a.from})`);
  }
  return lines;
}
