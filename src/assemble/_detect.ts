import type { Mention, NameMention, Provenance } from '../model/index.js';
import type { EventDraft } from './_draft.js';
import { entityMentions, inConflict, sentenceText, type Facts } from './_facts.js';
import { agentAfter, alongside, betweenPair, citedAfter, countrySubjects, isPassive, isSource, peopleKilled, subjectOf } from './_actors.js';
import { BACK_REFERENCE, NOT_HAPPENED, NOT_TERRITORY, TRIGGERS, WEAPON_TAKEN, type Trigger } from './_triggers.js';
import { byWhom, typed } from './_typing.js';

const ACTOR_KINDS = ['state', 'armed_group', 'military_unit', 'civilians'] as const;
// Sections of statements about the conflict, not of its events: what they call attacks is judged, not reported.
const REACTIONS = /\b(?:reactions?|responses?|legacy|analysis|commemoration|in popular culture|international)\b/i;

interface Found {
  trigger: Trigger;
  index: number;
  length: number;
}

// "… and a car bomb exploded at the market": a bomb with a verb of its own went off.
const WENT_OFF = /^\s+(?:\w+\s+){0,2}?(?:exploded|detonated|went off|blew up|killed|hit|struck)\b/i;

/**
 * Triggers in a sentence that report a happening (not a plan, threat, denial or negation). Several
 * of one ACLED type in a sentence make one event, typed by the most specific ("launched an offensive
 * …, capturing …" is one Battles event in which territory changed hands).
 */
function triggersIn(text: string): Found[] {
  const found: Found[] = [];
  for (const trigger of TRIGGERS) {
    const match = trigger.pattern.exec(text);
    if (!match || match.index === undefined) continue;
    const clause = text.slice(0, match.index).split(/[;:]/).pop() ?? '';
    if (NOT_HAPPENED.test(clause.split(/,\s*(?=\w)/).pop() ?? clause) || BACK_REFERENCE.test(clause)) continue;
    if ((trigger.name === 'capture' || trigger.name === 'regain') && NOT_TERRITORY.test(clause)) continue;
    const wentOff = WENT_OFF.test(text.slice(match.index + match[0].length));
    if ((trigger.name === 'suicide' || trigger.name === 'remote-explosive') && WEAPON_TAKEN.test(clause) && !wentOff) continue;
    const same = found.find((f) => f.trigger.event_type === trigger.event_type);
    // the more specific trigger (listed first) types the event; the earliest one opens its clause
    if (same && match.index < same.index) Object.assign(same, { index: match.index, length: match[0].length });
    if (!same) found.push({ trigger, index: match.index, length: match[0].length });
  }
  return found;
}

/**
 * The events one sentence reports, with what the sentence itself says of who, whom and where.
 * @example detectEvents(facts, 0) // Air/drone strike: France → MOJWA at Gao
 */
export function detectEvents(facts: Facts, sentence: number): EventDraft[] {
  const section = facts.article.sections[facts.sectionOf[sentence] ?? -1];
  if (section && REACTIONS.test(section.title)) return [];
  const text = sentenceText(facts, sentence);
  const start = facts.article.sentences[sentence]?.span.start ?? 0;
  const places = entityMentions(facts, sentence, ['place']);
  const actors = [...entityMentions(facts, sentence, ACTOR_KINDS), ...countrySubjects(facts, places)].sort((a, b) => a.span.start - b.span.start);
  return triggersIn(text).map((found) => {
    const at = start + found.index;
    const between = betweenPair(actors, at, text, start);
    // "was an American bombing": the demonym inside the trigger is who acted
    const words = text.slice(found.index, found.index + found.length);
    // "was an American bombing", "a new Ukrainian attack on": the demonym inside a noun trigger is who acted
    const noun = /^was an? /i.test(words) || /\b(?:attacks?|strikes?|shellings?) (?:on|against|at)\b/i.test(words);
    const inside = noun ? actors.find((m) => m.span.start >= at && m.span.end <= at + found.length) : undefined;
    const passive = isPassive(text, found.index) || /^(?:was|were|had been|has been) /i.test(words);
    const byAgent = passive ? agentAfter(facts, actors, places, at, text, start, found.trigger.event_type === 'Battles' && found.trigger.name !== 'clash') : null;
    const victim = passive ? (actors.find((m) => m.span.end <= at && !isSource(m, text, start, at)) ?? peopleKilled(facts, sentence, at)) : undefined;
    const dead = deadCombatants(actors, found, text, start, at);
    const actor1 = dead?.[0] ?? between?.[0] ?? inside ?? (passive ? byAgent : subjectOf(agentsOf(facts, actors, found.trigger), at, text, start));
    const actor2 = dead ? dead[1] : between ? between[1] : (victim ?? actors.find((m) => m.span.start > at && m.entity !== actor1?.entity && !citedAfter(m, text, start) && !alongside(m, text, start)) ?? civiliansHarmed(facts, actors, found.trigger) ?? null);
    const place = placeAfter(facts, places, at);
    const draft: EventDraft = {
      ...byWhom(typed(found.trigger, text, text.slice(found.index, found.index + found.length)), actor1 ? facts.entity.get(actor1.entity ?? '') : undefined),
      actor1: actor1?.entity ?? null,
      actor2: actor2?.entity ?? null,
      location: place?.entity ?? null,
      geo_precision: null,
      date: null,
      time: null,
      claims: [],
      civilianClaims: [],
      quantities: [],
      evidence: [clauseSpan(start, text, found)],
      provenance: {},
      sentences: [sentence],
      inherited: new Set(),
    };
    const prov = (m: Mention | null): Provenance | null => (m ? { article: facts.article.id, span: m.span, from: 'prose' } : null);
    for (const [field, m] of [['actor1', actor1], ['actor2', actor2], ['location', place]] as const) {
      const p = prov(m);
      if (p) draft.provenance[field] = p;
    }
    draft.provenance['event_type'] = { article: facts.article.id, span: { start: at, end: at + found.length }, from: `rule:trigger-${found.trigger.name}` };
    return draft;
  });
}

// ACLED never codes civilians as who fought, shelled or killed: "10 civilians were killed when Malian
// forces fought to recapture Konna" is fought by the forces. (Civilians may loot, riot or protest.)
const CIVILIANS_NEVER_ACT = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians']);

function agentsOf(facts: Facts, actors: NameMention[], trigger: Trigger): NameMention[] {
  if (!CIVILIANS_NEVER_ACT.has(trigger.event_type)) return actors;
  return actors.filter((m) => facts.entity.get(m.entity ?? '')?.kind !== 'civilians');
}

// "54 government employees … were killed …, when a mini-bus blew up at a bus stop": civilians the
// sentence counts are whom a bomb or a strike harmed, wherever the words put them.
function civiliansHarmed(facts: Facts, actors: NameMention[], trigger: Trigger): NameMention | undefined {
  if (trigger.event_type !== 'Explosions/Remote violence') return undefined;
  return actors.find((m) => facts.entity.get(m.entity ?? '')?.kind === 'civilians');
}

/**
 * Deaths in a fight name its sides: "21 rebels and a number of Army soldiers were killed in clashes"
 * (the sides in the order named), "a soldier of the Nagorno Karabakh military was killed in action with
 * Azerbaijani forces" (who it was fought with acted, against the dead's side).
 */
function deadCombatants(actors: NameMention[], found: Found, text: string, start: number, at: number): [NameMention | null, NameMention | null] | null {
  const words = text.slice(found.index, found.index + found.length);
  const named = actors.filter((m) => m.span.end <= at && !isSource(m, text, start, at));
  if (/^(?:killed|died) (?:in|by|during) (?:the )?(?:heavy )?(?:clashes|fighting|battles?)$/i.test(words)) {
    const [first] = named;
    const second = named.find((m) => m.entity !== first?.entity);
    return first ? [first, second ?? null] : null;
  }
  if (/^killed in action$/i.test(words) && /^\s+(?:with|against|by)\s/i.test(text.slice(found.index + found.length))) {
    const enemy = actors.find((m) => m.span.start >= at + found.length);
    const own = named.find((m) => m.entity !== enemy?.entity);
    return enemy ? [enemy, own ?? null] : null;
  }
  return null;
}

// Where: the first place on the map after the trigger, inside the conflict's countries if one is; then
// any mapped place in the sentence; a place no layer knows only when nothing else is named; a country last.
function placeAfter(facts: Facts, places: NameMention[], at: number): NameMention | null {
  const entity = (m: NameMention) => facts.entity.get(m.entity ?? '');
  const town = (m: NameMention): boolean => entity(m)?.precision !== 'country';
  const mapped = (m: NameMention): boolean => town(m) && entity(m)?.resolved === true;
  const home = (m: NameMention): boolean => inConflict(facts.conflictCountries, entity(m)?.country ?? null);
  // "Two U.S. service members": a country naming whose people, not where
  const attributive = (m: NameMention): boolean => !town(m) && /^\s+\p{Ll}/u.test(facts.article.text.slice(m.span.end, m.span.end + 3)) && !/\b(?:in|at|to|from|into|across|over)\s+(?:the\s+)?$/i.test(facts.article.text.slice(Math.max(0, m.span.start - 12), m.span.start));
  places = places.filter((m) => !attributive(m));
  const after = places.filter((m) => m.span.start > at);
  return (
    after.find((m) => mapped(m) && home(m)) ??
    places.find((m) => mapped(m) && home(m)) ??
    after.find(mapped) ??
    after.find(town) ??
    places.find(town) ??
    after[0] ??
    places[0] ??
    null
  );
}

// The evidence: the sentence's clause that holds the trigger, between the nearest semicolons.
function clauseSpan(start: number, text: string, found: Found): { start: number; end: number } {
  const from = text.lastIndexOf(';', found.index) + 1;
  const to = text.indexOf(';', found.index + found.length);
  const end = to < 0 ? text.length : to;
  const lead = text.slice(from, end).length - text.slice(from, end).trimStart().length;
  return { start: start + from + lead, end: start + end };
}
