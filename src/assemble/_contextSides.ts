import type { EventDraft } from './_draft.js';
import type { Facts } from './_facts.js';

const VIOLENT = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians']);

/**
 * Pass 5a (sides from context): a violent event whose words name neither side ("On 26 February,
 * fighting again broke out on the streets of Sumy", "two suicide bomber cars exploded in
 * Muwaffakiya") is fought by the sides of the latest violent event before it that named its own
 * actor, in its paragraph, else its section; each side taken says so in its provenance.
 * @example sidesFromContext(facts, fightingBrokeOut, earlier) // actor1 Russia, actor2 Ukraine, from the paragraph's attack
 */
export function sidesFromContext(facts: Facts, draft: EventDraft, earlier: readonly EventDraft[]): void {
  if (draft.actor1 !== null || draft.actor2 !== null || !VIOLENT.has(draft.event_type)) return;
  const sentence = draft.sentences[0] ?? 0;
  const told = earlier.filter((d) => VIOLENT.has(d.event_type) && d.actor1 !== null && !d.inherited.has('actor1') && (d.sentences[0] ?? 0) < sentence);
  const inBlock = told.filter((d) => facts.blockOf[d.sentences[0] ?? -1] === facts.blockOf[sentence]).at(-1);
  const source = inBlock ?? told.filter((d) => facts.sectionOf[d.sentences[0] ?? -1] === facts.sectionOf[sentence]).at(-1);
  if (!source) return;
  const rule = inBlock ? 'rule:sides-from-paragraph' : 'rule:sides-from-section';
  for (const field of ['actor1', 'actor2'] as const) {
    const id = source[field];
    const span = source.provenance[field]?.span;
    if (id === null || !span) continue;
    draft[field] = id;
    draft.inherited.add(field);
    draft.provenance[field] = { article: facts.article.id, span, from: rule };
  }
}
