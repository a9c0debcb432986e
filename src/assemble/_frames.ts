import type { NameMention } from '../model/index.js';
import type { EventMention } from './_eventMention.js';
import type { Facts } from './_facts.js';
import type { SentenceView } from './_detect.js';
import { agentAfter, alongside, betweenPair, citedAfter, inOtherClause, isPassive, isSource, peopleKilled, subjectOf } from './_actors.js';
import { reportingAt } from './_phrases.js';
import type { Word } from './_words.js';

type Actor = NameMention | null;
export interface Sides {
  actor1: Actor;
  actor2: Actor;
  /** The two came as a pair "between" them ("clashes between the SDF and government forces"): the words give no order. */
  unordered?: boolean;
}

// ACLED never codes civilians as who fought, shelled or killed: "10 civilians were killed when Malian
// forces fought to recapture Konna" is fought by the forces. (Civilians may loot, riot or protest.)
const CIVILIANS_NEVER_ACT = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians']);
// After the trigger: whom it was against ("an attack on the base", "clashed with IS militants", "a missile
// struck a Ukrainian barracks", "an offensive which reportedly drove Russian forces … away"), also through
// the site it holds ("shelling on buildings of the 27th Brigade", "exploded near a checkpoint of the Syrian Army").
const TARGET_WORDS = /^\s*(?:\S+\s+){0,3}?(?:on|against|at|near|targeting|upon|with|into|struck|hit|targeted|destroyed|damaged|killed|wounded|attacked|drove|pushed|repelled|expelled|routed|encircled)\s+(?:(?:the|a|an)\s+)?(?:(?:buildings?|positions?|bases?|barracks|headquarters|camps?|depots?|premises|checkpoints?|posts?|outposts?|convoys?|columns?|groups?|patrols?)\s+of\s+(?:(?:the|a|an)\s+)?)?$/i;

/**
 * Pass 2: who acted and who suffered, by the frames every trigger shares — for a verb its subject
 * (or the "by" of a passive) and what follows it; for a noun the actor inside its phrase ("a Russian
 * missile attack"), its "by", the subject of the verb that tells it ("the rebels launched an
 * offensive"), the side it struck ("on the town", "with government forces") and, when it killed,
 * the dead; a subject that repels, defends or withdraws is whom it was against.
 * @example actorsOf(facts, view, bombed) // { actor1: French planes → France, actor2: MOJWA }
 */
export function actorsOf(facts: Facts, view: SentenceView, mention: EventMention): Sides {
  const agents = CIVILIANS_NEVER_ACT.has(mention.entry.event_type) ? view.actors.filter((m) => kindOf(facts, m) !== 'civilians') : view.actors;
  const sides = mention.pos === 'verb' ? verbSides(facts, view, mention, agents) : nounSides(facts, view, mention, agents);
  return mention.entry.mutual ? withPartner(view, mention, sides) : sides;
}

// "the United States and Russia agreed", "the Asayish and NDF reached an armistice deal", "Russian President Vladimir
// Putin and Turkish President Recep Tayyip Erdoğan reached a deal" (a title and a name between): of a mutual happening,
// the actor joined to the first by "and" before the trigger is the other party
const JOINED = /^(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}\s*,?\s+and\s+(?:the\s+)?$/u;
function withPartner(view: SentenceView, m: EventMention, sides: Sides): Sides {
  const { actor1 } = sides;
  if (actor1 === null || sides.actor2 !== null) return sides;
  const partner = view.actors.find((a) => a.span.start > actor1.span.end && a.span.end <= m.span.start && a.entity !== actor1.entity && JOINED.test(view.text.slice(actor1.span.end - view.start, a.span.start - view.start)));
  return partner ? { actor1, actor2: partner } : sides;
}

const kindOf = (facts: Facts, m: NameMention) => facts.entity.get(m.entity ?? '')?.kind;

function verbSides(facts: Facts, view: SentenceView, m: EventMention, agents: NameMention[]): Sides {
  const { text, start, actors, places } = view;
  const at = m.span.start;
  const index = at - start;
  const between = betweenPair(actors, at, text, start);
  const passive = isPassive(text, index);
  const territory = m.entry.event_type === 'Battles' && (m.entry.family === 'capture' || m.entry.family === 'regain' || m.entry.family === 'take');
  const byAgent = passive ? agentAfter(facts, agents, places, at, text, start, territory) : null;
  const victim = passive ? (passiveSubject(actors, text, start, at) ?? peopleKilled(facts, view.sentence, at)) : undefined;
  const subject = passive ? byAgent : subjectOf(agents, at, text, start, m.doerAfter);
  const after = actors.find((a) => a.span.start > at && a.entity !== subject?.entity && !inOtherClause(text, start, at, a.span.start) && !citedAfter(a, text, start) && !alongside(a, text, start) && !isSource(a, text, start)) ?? null;
  // "X was killed in action": the dead are the struck; "Russian forces attempted to cut the road, but the assault
  // was thwarted (by Y)": an attack repelled or ground defended is the attackers' (before it) against the defender (its "by")
  if (m.subjectStruck && passive && m.entry.family !== 'killed-in-action') return { actor1: victim ?? null, actor2: byAgent };
  if (m.subjectStruck) return { actor1: passive ? null : after, actor2: passive ? (victim ?? null) : subject };
  const actor1 = between?.[0] ?? subject;
  const actor2 = between ? between[1] : (victim ?? (after?.entity !== actor1?.entity ? after : null) ?? civiliansHarmed(facts, m, actors));
  return { actor1, actor2, unordered: between?.[1] != null };
}

function nounSides(facts: Facts, view: SentenceView, m: EventMention, agents: NameMention[]): Sides {
  const { text, start, actors } = view;
  const at = m.span.start;
  const phraseFrom = view.words[m.phraseStart]?.start ?? at;
  const inPhrase = agents.find((a) => a.span.start >= phraseFrom && a.span.end <= at) ?? null;
  const by = byAfter(agents, view, m);
  const target = targetAfter(actors, view, m, inPhrase);
  const between = betweenPair(actors, m.span.end, text, start);
  switch (m.frame) {
    case 'support': {
      const verbAt = view.words[m.frameWord ?? m.phraseStart]?.start ?? phraseFrom;
      // who "confirmed the destruction" tells of it; the one who destroyed is named elsewhere or not at all
      const subject = m.frameWord !== null && reportingAt(view.words, m.frameWord) > 0 ? null : subjectOf(agents, verbAt, text, start);
      if (m.subjectStruck) return { actor1: inPhrase ?? by, actor2: subject };
      const actor1 = inPhrase ?? by ?? subject;
      return { actor1, actor2: between?.[1] ?? target ?? civiliansHarmed(facts, m, actors) };
    }
    case 'harm': {
      const dead = deadSides(view, m);
      if (dead) return dead;
      const victim = actors.find((a) => a.span.end <= phraseFrom && !isSource(a, text, start, at)) ?? peopleKilled(facts, view.sentence, at) ?? null;
      // "five people were injured from shelling on buildings of the 27th Artillery Brigade": a strike on an
      // armed side is against that side, as ACLED codes it; the unarmed it hurt are its toll, not its target
      const armedTarget = target !== null && kindOf(facts, target) !== 'civilians' ? target : null;
      const struck = victim !== null && kindOf(facts, victim) === 'civilians' && armedTarget ? armedTarget : (victim ?? target);
      return { actor1: inPhrase ?? by ?? between?.[0] ?? null, actor2: struck };
    }
    case 'circumstance': {
      const under = actors.find((a) => a.span.end <= phraseFrom && !isSource(a, text, start, at)) ?? null;
      const struck = /\bunder\s*$/i.test(text.slice(0, phraseFrom - start).trimEnd().split(/\s+/).slice(-3).join(' ') + ' ');
      return struck ? { actor1: inPhrase ?? by, actor2: under } : { actor1: inPhrase ?? under ?? by, actor2: target };
    }
    default: {
      if (between) return { actor1: inPhrase ?? between[0], actor2: between[1]?.entity === (inPhrase ?? between[0]).entity ? null : between[1], unordered: inPhrase === null && between[1] !== null };
      const before = agents.find((a) => a.span.end <= phraseFrom && !isSource(a, text, start, at)) ?? null;
      const actor1 = inPhrase ?? by ?? before;
      return { actor1, actor2: target ?? civiliansHarmed(facts, m, actors) };
    }
  }
}

// A passive's subject is in its own clause: "Despite the Iraqi government declaring …, ISIL militants hid in the
// city, until 140 ISIL sleeper agents were located and killed by Iraqi security forces" struck ISIL, not Iraq.
const CLAUSE_OPENER = /(?:[;:]|,\s+(?:until|while|whereas|although|though|but|when|after|before|as|and|which|where)\b|\bthat\b)/gi;
function passiveSubject(actors: NameMention[], text: string, start: number, at: number): NameMention | undefined {
  const before = actors.filter((a) => a.span.end <= at && !isSource(a, text, start, at));
  const opener = [...text.slice(0, at - start).matchAll(CLAUSE_OPENER)].pop();
  const clauseFrom = opener ? start + (opener.index ?? 0) + opener[0].length : start;
  return before.find((a) => a.span.start >= clauseFrom) ?? before[0];
}

// "an attack by ISIL militants", "artillery fire from Russian positions"
function byAfter(agents: NameMention[], view: SentenceView, m: EventMention): NameMention | null {
  const rest = view.text.slice(m.span.end - view.start, m.span.end - view.start + 40);
  const by = /^\s*(?:\S+\s+){0,2}?(?:by|from)\s+(?:the\s+)?/i.exec(rest);
  if (!by) return null;
  const from = m.span.end + by[0].length;
  const agent = agents.find((a) => a.span.start >= from && a.span.start <= from + 30);
  // "attacks by remnant rebel forces": only modifiers stand between; "airstrikes by the government made
  // ISIL militants depart" names the doer in words no mention holds, and ISIL only after its verb
  const between = view.words.filter((w) => w.start >= from && agent !== undefined && w.end <= agent.span.start);
  return agent && !between.some(carriesClause) ? agent : null;
}
// a verb (other than a participle: "the retreating rebels", "combined SDF forces"), an auxiliary, a conjunction or a
// pronoun carries a clause of its own, not a modifier of the doer's name ("four groups of the TFSA" is one)
const CLAUSE_TAGS = new Set(['VERB', 'AUX', 'SCONJ', 'PRON']);
const carriesClause = (w: Word): boolean => CLAUSE_TAGS.has(w.pos) && !/^\p{Lu}/u.test(w.raw) && !(w.pos === 'VERB' && /(?:ing|ed)$/.test(w.text));

// "airstrikes on Misraba", "clashed with IS militants", "an offensive against SDF forces"
function targetAfter(actors: NameMention[], view: SentenceView, m: EventMention, own: NameMention | null): NameMention | null {
  return actors.find((a) => a.span.start >= m.span.end && a.entity !== own?.entity && !inOtherClause(view.text, view.start, m.span.end, a.span.start) && TARGET_WORDS.test(view.text.slice(m.span.end - view.start, a.span.start - view.start)) && !alongside(a, view.text, view.start) && !isSource(a, view.text, view.start)) ?? null;
}

/**
 * Deaths in a fight name its sides: "21 rebels and a number of Army soldiers were killed in clashes"
 * (the sides in the order named), "a soldier of the Nagorno Karabakh military was killed in action with
 * Azerbaijani forces" (who it was fought with acted, against the dead's side).
 */
function deadSides(view: SentenceView, m: EventMention): Sides | null {
  if (m.entry.family !== 'clash') return null;
  const named = view.actors.filter((a) => a.span.end <= m.span.start && !isSource(a, view.text, view.start, m.span.start));
  const [first] = named;
  if (!first) return null;
  const second = named.find((a) => a.entity !== first.entity) ?? null;
  return { actor1: first, actor2: second };
}

// "54 government employees … were killed …, when a mini-bus blew up at a bus stop": civilians the
// sentence counts are whom a bomb or a strike harmed, wherever the words put them.
function civiliansHarmed(facts: Facts, m: EventMention, actors: NameMention[]): NameMention | null {
  if (m.entry.event_type !== 'Explosions/Remote violence') return null;
  return actors.find((a) => kindOf(facts, a) === 'civilians') ?? null;
}
