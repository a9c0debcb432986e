import type { Entity } from '../model/index.js';
import type { EventDraft } from './_draft.js';
import type { Facts } from './_facts.js';

const VIOLENT = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians']);
const kindOf = (d: EventDraft): string => (VIOLENT.has(d.event_type) ? 'violent' : d.sub_event_type);

/**
 * Pass 4 (a back-reference): a noun with "the" and nothing of its own ("killed in the attack", "the
 * fighting continued", "confirmed the capture") names a happening told already. It joins the latest
 * earlier event of its kind (any violent event for a violent word), in its section if one is there,
 * else anywhere before it, and makes no row of its own. With none before it, it stands alone, unless
 * it was told only as the cause of deaths ("no civilian casualties during the bombings"): a toll
 * without its happening is no row. Returns whether the draft is done with (joined or dropped).
 * @example joinAntecedent(facts, draftOf('The Iraqi military blamed ISIL for the attack'), earlier) // true: joins the airstrike
 */
export function joinAntecedent(facts: Facts, draft: EventDraft, earlier: readonly EventDraft[]): boolean {
  if (!draft.refersBack) return false;
  const sentence = draft.sentences[0] ?? 0;
  const candidates = earlier.filter((d) => kindOf(d) === kindOf(draft) && (d.sentences[0] ?? 0) < sentence);
  const section = facts.sectionOf[sentence];
  const antecedent = candidates.filter((d) => facts.sectionOf[d.sentences[0] ?? -1] === section).at(-1) ?? candidates.at(-1);
  if (!antecedent) return draft.frame === 'harm';
  // "the battle raged again on May 20": told happening on a day of its own, it is a happening of its own
  // ("the Pentagon concluded on 25 May that 105 civilians died in the airstrike" dates the conclusion)
  if (draft.frame === 'occurrence' && draft.date && !draft.inherited.has('date') && antecedent.date && (draft.date.start > antecedent.date.end || draft.date.end < antecedent.date.start)) return false;
  antecedent.evidence.push(...draft.evidence);
  if (!antecedent.sentences.includes(sentence)) antecedent.sentences.push(sentence);
  takeClaimant(facts, antecedent, draft);
  return true;
}

const isGenericGroup = (e: Entity | undefined): boolean => e !== undefined && e.kind === 'armed_group' && /^\p{Ll}/u.test(e.name);

// "A car bomb exploded at a checkpoint … Jabhat al-Nusra claimed responsibility for the attack": who claims the
// happening a back-reference names did it, where that happening's own words named no one. Only a claim of
// responsibility: the subject of another verb of doing ("led the attack", "repelled the attack") may be any side.
const CLAIMS_IT = /\b(?:claim(?:s|ed)?|t(?:ake|akes|ook)|accept(?:s|ed)?|admit(?:s|ted)?)\s+(?:full\s+)?responsibility\s+for\s+(?:the|this|that|these|those)\s/i;
function takeClaimant(facts: Facts, antecedent: EventDraft, draft: EventDraft): void {
  if (draft.frame !== 'support' || draft.actor1 === null || draft.actor1 === antecedent.actor2 || draft.inherited.has('actor1')) return;
  // a named claimant over words that named no one, or only "militants", "gunmen"
  if (antecedent.actor1 !== null && !isGenericGroup(facts.entity.get(antecedent.actor1))) return;
  if (!draft.evidence.some((e) => CLAIMS_IT.test(facts.article.text.slice(e.start, e.end)))) return;
  antecedent.actor1 = draft.actor1;
  const p = draft.provenance['actor1'];
  if (p) antecedent.provenance['actor1'] = p;
}
