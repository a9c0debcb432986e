import type { EventDraft } from './_draft.js';
import { entityMentions, sentenceText, type Facts } from './_facts.js';
import { countrySubjects } from './_actors.js';

// A subject that points back at an actor already named: "they captured", "the group launched", "it claimed".
const BACK_SUBJECT = /(?:^|[,;:]\s*|\band\s+|\bthen\s+)(they|the group|the militants|the insurgents|the rebels|the organi[sz]ation)\s+(?:(?:\w+ly|also|then|later|again|reportedly|allegedly)\s+)*$/i;

/**
 * "they reportedly captured parts of the town", "The group also bombed a police station": a pronoun
 * or "the group" as the subject of the trigger stands for who acted in the paragraph's latest event
 * that named its actor; the pronoun's words are the provenance.
 * @example resolveBackSubject(facts, draft, earlierDrafts) // actor1 ← ISIL, from "the group"
 */
export function resolveBackSubject(facts: Facts, draft: EventDraft, earlier: readonly EventDraft[]): void {
  if (draft.actor1 !== null) return;
  const sentence = draft.sentences[0] ?? 0;
  const start = facts.article.sentences[sentence]?.span.start ?? 0;
  const trigger = draft.subjectAt;
  if (trigger === undefined) return;
  const before = sentenceText(facts, sentence).slice(0, trigger - start);
  if (speakerSubject(facts, draft, sentence, before, start)) return;
  const match = BACK_SUBJECT.exec(before);
  if (!match?.[1]) return;
  const block = facts.blockOf[sentence];
  const named = [...earlier].reverse().filter((d) => d.actor1 !== null && !d.inherited.has('actor1'));
  // "the group" opening a paragraph ("On 8 June, the group launched a double bomb attack") is the armed
  // group the section's latest event named; a bare "they" reaches no further than its paragraph
  const section = facts.sectionOf[sentence];
  const groupNoun = match[1].toLowerCase() !== 'they';
  const antecedent =
    named.find((d) => facts.blockOf[d.sentences[0] ?? -1] === block) ??
    (groupNoun ? named.find((d) => facts.sectionOf[d.sentences[0] ?? -1] === section && facts.entity.get(d.actor1 ?? '')?.kind === 'armed_group') : undefined);
  if (!antecedent?.actor1) return;
  const at = start + before.lastIndexOf(match[1]);
  draft.actor1 = antecedent.actor1;
  draft.provenance['actor1'] = { article: facts.article.id, span: { start: at, end: at + match[1].length }, from: 'rule:back-reference' };
}

// "infighting erupted between Ahrar al-Sham and ISIL and the latter gained complete control": "the latter" or "the
// former" as the subject is the second or the first of the last two actors the sentence named before it
const LATTER_FORMER = /\bthe\s+(latter|former)\s+(?:(?:\w+ly|also|then|later|again|had|has|have|was|were|managed\s+to|began\s+to)\s+)*$/i;

/**
 * "the latter gained complete control", "but the latter managed to repel the assault": the subject that
 * points at one of two actors just named acts, whoever the words' nearest name is; the other is its opponent.
 * @example resolveLatterFormer(facts, draft) // actor1 ← ISIL, actor2 ← Ahrar al-Sham, from "the latter"
 */
export function resolveLatterFormer(facts: Facts, draft: EventDraft): void {
  const sentence = draft.sentences[0] ?? 0;
  const start = facts.article.sentences[sentence]?.span.start ?? 0;
  if (draft.subjectAt === undefined) return;
  const match = LATTER_FORMER.exec(sentenceText(facts, sentence).slice(0, draft.subjectAt - start));
  if (!match?.[1]) return;
  const at = start + match.index;
  const named: string[] = [];
  for (const m of entityMentions(facts, sentence, ACTOR_KINDS)) if (m.span.end <= at && m.entity && named.at(-1) !== m.entity && !named.includes(m.entity)) named.push(m.entity);
  const [first, second] = named.slice(-2);
  if (first === undefined || second === undefined) return;
  const [actor, other] = match[1].toLowerCase() === 'latter' ? [second, first] : [first, second];
  const provenance = { article: facts.article.id, span: { start: at, end: at + match[0].trimEnd().length }, from: 'rule:latter-former' };
  draft.actor1 = actor;
  draft.provenance['actor1'] = provenance;
  if (draft.actor2 === null || draft.actor2 === actor) {
    draft.actor2 = other;
    draft.provenance['actor2'] = { ...provenance };
  }
}

// "Russia claimed on 26 February that it had taken the city": a pronoun in what a side said of itself is
// that side (reported speech names its speaker in the same sentence)
const SAID_OF_ITSELF = /\b(?:claimed|said|stated|announced|reported|confirmed|declared)\b[^.;]{0,40}?\bthat\s+(it|they)\s+(?:(?:\w+ly|also|had|has|have|then)\s+)*$/i;
function speakerSubject(facts: Facts, draft: EventDraft, sentence: number, before: string, start: number): boolean {
  const match = SAID_OF_ITSELF.exec(before);
  if (!match?.[1]) return false;
  const verbAt = start + match.index;
  const named = [...entityMentions(facts, sentence, ['state', 'armed_group', 'military_unit']), ...countrySubjects(facts, entityMentions(facts, sentence, ['place']))];
  const speaker = named.filter((m) => m.span.end <= verbAt && verbAt - m.span.end <= 40).sort((a, b) => a.span.end - b.span.end).at(-1);
  if (!speaker?.entity) return false;
  const at = start + match.index + match[0].lastIndexOf(match[1]);
  draft.actor1 = speaker.entity;
  draft.provenance['actor1'] = { article: facts.article.id, span: { start: at, end: at + match[1].length }, from: 'rule:speaker-of-itself' };
  return true;
}

// "Clashes between the two groups", "the two factions clashed": the pair the sentence before named
const TWO_SIDES = /\b(?:between\s+)?the\s+two\s+(?:groups|sides|factions|forces|parties|militias|armies)\b/i;
const ACTOR_KINDS = ['state', 'armed_group', 'military_unit'] as const;

/**
 * "In March 2013, the al-Nusra Front set up a checkpoint and captured 33 fighters from the Farouq Brigades.
 * Clashes between the two groups resulted in …": "the two groups" are the two actors the paragraph's
 * sentence before named, in the order told; the words are the provenance.
 * @example resolveTwoSides(facts, clashesBetweenTheTwoGroups) // actor1 ← al-Nusra Front, actor2 ← Farouq Brigades
 */
export function resolveTwoSides(facts: Facts, draft: EventDraft): void {
  if (draft.actor1 !== null || draft.actor2 !== null) return;
  const sentence = draft.sentences[0] ?? 0;
  const match = TWO_SIDES.exec(sentenceText(facts, sentence));
  if (!match || sentence === 0 || facts.blockOf[sentence - 1] !== facts.blockOf[sentence]) return;
  // the groups the sentence names ("the Farouq Brigades"), not the fighters it counts ("33 fighters")
  const named = entityMentions(facts, sentence - 1, ACTOR_KINDS).map((m) => m.entity).filter((e): e is string => e !== null && /\p{Lu}/u.test(facts.entity.get(e)?.name ?? ''));
  const pair = [...new Set(named)];
  if (pair.length !== 2) return;
  const start = (facts.article.sentences[sentence]?.span.start ?? 0) + match.index;
  const span = { start, end: start + match[0].length };
  draft.actor1 = pair[0] ?? null;
  draft.actor2 = pair[1] ?? null;
  for (const field of ['actor1', 'actor2'] as const) draft.provenance[field] = { article: facts.article.id, span, from: 'rule:two-sides' };
}
