import type { Entity, Mention } from '../model/index.js';
import type { RecognisedArticle } from '../recognise/index.js';

/**
 * The state a unit serves: a demonym right before its name ("the Russian 22nd Army Corps"), or the
 * side of the infobox whose units field lists it (units2 serves combatant2's state).
 * @example affiliateUnits(article, entities, mentions) // "8th Guards Combined Arms Army" → Russia
 */
export function affiliateUnits(article: RecognisedArticle, entities: Entity[], mentions: Mention[], demonymCountry: (word: string) => string | null): void {
  const states = entities.filter((e) => e.kind === 'state');
  for (const unit of entities.filter((e) => e.kind === 'military_unit' && e.affiliation === null)) {
    const own = mentions.filter((m) => 'entity' in m && m.entity === unit.id);
    for (const m of own) {
      const before = article.text.slice(Math.max(0, m.span.start - 30), m.span.start);
      const word = /(\p{Lu}\p{Ll}+)\s+(?:\d+\w*\s+)?$/u.exec(before)?.[1];
      const code = word ? demonymCountry(word) : null;
      const state = code ? states.find((s) => s.country === code) : undefined;
      if (state) {
        unit.affiliation = state.id;
        break;
      }
      const field = article.infobox?.fields.find((f) => /^units\d$/.test(f.key) && f.span.start <= m.span.start && m.span.end <= f.span.end);
      const side = field ? article.infobox?.fields.find((f) => f.key === `combatant${field.key.slice(-1)}`) : undefined;
      const sideState = side ? mentions.find((x) => x.sentence === null && 'entity' in x && x.span.start >= side.span.start && x.span.end <= side.span.end && states.some((s) => s.id === x.entity)) : undefined;
      if (sideState && 'entity' in sideState && sideState.entity) {
        unit.affiliation = sideState.entity;
        break;
      }
    }
  }
}
