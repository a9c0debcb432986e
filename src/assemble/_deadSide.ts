import type { Span } from '../model/index.js';
import type { EventDraft } from './_draft.js';
import { entityMentions, type Facts } from './_facts.js';
import { onOneSide } from './_sides.js';

// Targets no words of the event's own named: none, or one guessed from the infobox or from who fights whom.
const GUESSED = new Set(['rule:main-opponent', 'rule:opponent-in-prose', 'rule:sides-of-main-fight', 'rule:sides-from-paragraph', 'rule:sides-from-section']);
const ARMED: readonly ('state' | 'armed_group' | 'military_unit')[] = ['state', 'armed_group', 'military_unit'];
const STRUCK_TYPES = new Set(['Battles', 'Explosions/Remote violence']);

/**
 * Pass 6b (the dead's side): "US-led Coalition air and artillery strikes … killed 70 ISIL fighters" struck
 * ISIL. Where the words named no target (none, or one guessed from context or the infobox) and every toll
 * counts the dead of one armed side, neither the actor nor its ally, that side is whom it struck, as ACLED
 * codes it. (The unarmed dead are the victims pass's: "Civilians (<country>)".)
 * @example deadSide(facts, [coalitionStrikeKilling70IsilFighters]) // actor2 ISIL, from 'rule:dead-side'
 */
export function deadSide(facts: Facts, drafts: readonly EventDraft[]): void {
  for (const d of drafts) {
    if (!STRUCK_TYPES.has(d.event_type) || d.actor1 === null || !guessed(d)) continue;
    const tolls = d.claims.filter((c) => (c.figure.best ?? 0) > 0);
    const sides = tolls.map((c) => sideCounted(facts, c.span));
    const side = sides[0];
    if (!side || sides.some((s) => s !== side) || side === d.actor1 || onOneSide(facts, side, d.actor1)) continue;
    d.actor2 = side;
    d.provenance['actor2'] = { article: facts.article.id, span: (tolls[0] as EventDraft['claims'][number]).span, from: 'rule:dead-side' };
  }
}

function guessed(d: EventDraft): boolean {
  const from = d.provenance['actor2']?.from ?? '';
  return d.actor2 === null || from.startsWith('infobox:') || GUESSED.has(from);
}

// Words that count the dead of no side in particular: "killing 3 fighters", "74 militants", "16 gunmen";
// and soldiers counted with no army named ("at least three soldiers"), whose state resolve only guessed.
const SIDELESS = new Set(['fighters', 'militants', 'gunmen', 'militiamen', 'combatants']);
const GUESSED_FORCE = 'names:bare-force';

// The one armed actor a toll's words count the dead of ("70 ISIL fighters", "12 ISIL militants"), if one.
function sideCounted(facts: Facts, span: Span): string | null {
  const sentence = facts.article.sentences.findIndex((s) => s.span.start <= span.start && span.start < s.span.end);
  const counted = entityMentions(facts, sentence, ARMED).filter((m) => m.span.start >= span.start && m.span.end <= span.end && m.rule !== GUESSED_FORCE);
  const named = new Set(counted.filter((m) => !SIDELESS.has(facts.entity.get(m.entity ?? '')?.name.toLowerCase() ?? '')).map((m) => m.entity));
  return named.size === 1 ? ([...named][0] ?? null) : null;
}
