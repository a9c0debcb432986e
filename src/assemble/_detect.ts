import type { Entity, Mention, NameMention, Provenance } from '../model/index.js';
import type { EventDraft } from './_draft.js';
import { entityMentions, sentenceText, type Facts } from './_facts.js';
import { AIR_WORDS, BACK_REFERENCE, MISSILE_WORDS, NOT_HAPPENED, NOT_TERRITORY, TRIGGERS, type Trigger } from './_triggers.js';

const ACTOR_KINDS = ['state', 'armed_group', 'military_unit', 'civilians'] as const;
// Sections of statements about the conflict, not of its events: what they call attacks is judged, not reported.
const REACTIONS = /\b(?:reactions?|responses?|legacy|analysis|commemoration|in popular culture|international)\b/i;

interface Found {
  trigger: Trigger;
  index: number;
  length: number;
}

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
    const same = found.find((f) => f.trigger.event_type === trigger.event_type);
    // the more specific trigger (listed first) types the event; the earliest one opens its clause
    if (same && match.index < same.index) Object.assign(same, { index: match.index, length: match[0].length });
    if (!same) found.push({ trigger, index: match.index, length: match[0].length });
  }
  return found;
}

// Words of fighting on the ground: with them an attack is a battle, without them a strike from afar.
const GROUND = /\b(?:clash(?:es|ed)?|f(?:ought|ighting)|infantry|stormed|assault|ground|gunfire|firefight|advanced|entered|captured|besieged)\b/i;

/**
 * ACLED types by what happened, not by the article's word: missiles without aircraft are shelling; an
 * "attack on" a place with no ground fighting is a strike from afar; a bomb followed by clashes is a
 * battle; capturing "parts of" a town is a clash; a town taken "without resistance" changes hands
 * without violence.
 */
function typed(trigger: Trigger, sentence: string, words: string): Pick<EventDraft, 'event_type' | 'sub_event_type'> {
  const after = sentence.slice(sentence.indexOf(words) + words.length);
  if (trigger.sub_event_type === 'Air/drone strike' && MISSILE_WORDS.test(sentence) && !AIR_WORDS.test(sentence)) {
    return { event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack' };
  }
  if (trigger.name === 'clash' && /\battack on\b/i.test(words) && !GROUND.test(sentence)) {
    return { event_type: 'Explosions/Remote violence', sub_event_type: AIR_WORDS.test(sentence) ? 'Air/drone strike' : 'Shelling/artillery/missile attack' };
  }
  if ((trigger.name === 'suicide' || trigger.name === 'remote-explosive') && /\bfollowed by (?:clashes|fighting|an? (?:assault|attack))\b/i.test(after)) {
    return { event_type: 'Battles', sub_event_type: 'Armed clash' };
  }
  if (trigger.name === 'capture' && /\bcaptur(?:ed|ing) (?:parts? of|some (?:areas|positions)|positions)\b/i.test(sentence)) return { event_type: 'Battles', sub_event_type: 'Armed clash' };
  // shooting down a drone or a missile disrupts a weapon; shooting down a manned aircraft is a fight
  if (/\bshot down\b/i.test(words) && /\b(?:drones?|UAVs?|unmanned|missiles?|rockets?)\b/i.test(sentence)) {
    return { event_type: 'Strategic developments', sub_event_type: 'Disrupted weapons use' };
  }
  // a strike from afar by aircraft ("came under government air assault") is an air strike
  if (trigger.name === 'strike' && AIR_WORDS.test(sentence) && !MISSILE_WORDS.test(sentence)) return { event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike' };
  if ((trigger.name === 'capture' || trigger.name === 'regain') && /\bwithout (?:a fight|resistance|fighting|a shot)\b/i.test(after)) {
    return { event_type: 'Strategic developments', sub_event_type: 'Non-violent transfer of territory' };
  }
  return { event_type: trigger.event_type, sub_event_type: trigger.sub_event_type };
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
    const byAgent = passive ? agentAfter(facts, actors, places, at, text, start) : null;
    const victim = passive ? (actors.find((m) => m.span.end <= at && !isSource(m, text, start, at)) ?? peopleKilled(facts, sentence, at)) : undefined;
    const actor1 = between?.[0] ?? inside ?? (passive ? byAgent : subjectOf(actors, at, text, start));
    const actor2 = between ? between[1] : (victim ?? actors.find((m) => m.span.start > at && m.entity !== actor1?.entity) ?? null);
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

// ACLED types a change of territory by who took it: a state regains, a non-state actor overtakes.
function byWhom(type: Pick<EventDraft, 'event_type' | 'sub_event_type'>, actor: Entity | undefined): Pick<EventDraft, 'event_type' | 'sub_event_type'> {
  if (type.event_type !== 'Battles' || !actor || type.sub_event_type === 'Armed clash') return type;
  const state = actor.kind === 'state';
  return { event_type: 'Battles', sub_event_type: state ? 'Government regains territory' : 'Non-state actor overtakes territory' };
}

// "The Russians were again attacked at the airport … by Ukraine": the subject suffered, "by" names who acted.
function isPassive(text: string, index: number): boolean {
  return /\b(?:was|were|been|being)\s+(?:(?:\w+ly|again|also|then|later|reportedly|allegedly)\s+)*$/i.test(text.slice(0, index)) || /^came under\b/i.test(text.slice(index));
}

function agentAfter(facts: Facts, actors: NameMention[], places: NameMention[], at: number, text: string, start: number): NameMention | null {
  const by = /\b(?:by|from)\s+(?:the\s+)?/i.exec(text.slice(at - start, at - start + 120));
  if (!by) return null;
  const from = at + by.index;
  const actor = actors.find((m) => m.span.start >= from);
  // "by Ukraine": a country named as the agent is its state, when the article has it as an actor
  const country = places.find((m) => m.span.start >= from && facts.entity.get(m.entity ?? '')?.precision === 'country');
  const state = country ? facts.article.entities.find((e) => e.kind === 'state' && e.country === facts.entity.get(country.entity ?? '')?.country) : undefined;
  if (state && country && (!actor || country.span.start < actor.span.start)) return { ...country, entity: state.id };
  return actor ?? null;
}

/**
 * "Ukraine inflicted another attack", "Russia bombed six airports": a country named as the subject of
 * the sentence (before its verb, not after "in"/"of") acts as its state.
 */
function countrySubjects(facts: Facts, places: NameMention[]): NameMention[] {
  return places.flatMap((m) => {
    const place = facts.entity.get(m.entity ?? '');
    if (place?.precision !== 'country') return [];
    const before = facts.article.text.slice(Math.max(0, m.span.start - 12), m.span.start);
    if (/\b(?:in|of|into|from|to|over|across|near|within|inside|towards?|at)\s+(?:the\s+)?$/i.test(before)) return [];
    const state = facts.article.entities.find((e) => e.kind === 'state' && e.country === place.country);
    return [{ ...m, entity: (state ?? place).id }];
  });
}

const PEOPLE = new Set(['person', 'people', 'civilian', 'child', 'children', 'woman', 'women', 'resident', 'villager', 'man', 'men', 'family']);

// "six people were killed by the … bombardment": people counted as the victims are the civilians of the article.
function peopleKilled(facts: Facts, sentence: number, at: number): NameMention | undefined {
  const q = (facts.bySentence.get(sentence) ?? []).find((m) => m.kind === 'quantity' && m.span.end <= at && PEOPLE.has(m.value.head));
  const civilians = facts.article.entities.find((e) => e.kind === 'civilians');
  if (!q || !civilians) return undefined;
  return { id: q.id, kind: 'group', span: q.span, rule: 'rule:people-killed', stated: true, sentence, value: { name: civilians.name, role: null, aliasOf: null }, entity: civilians.id };
}

// Who acted: "by X" right after a passive trigger ("was launched by rebels"); else the first actor named before it.
function subjectOf(actors: NameMention[], at: number, text: string, start: number): NameMention | null {
  const after = text.slice(at - start);
  const by = /^[\w\s-]{0,40}?\bby\s/.exec(after);
  const passive = /^(?:\w+\s+)?(?:was|were|had been|has been)\s/.test(after) || /\b(?:was|were)\s+$/.test(text.slice(0, at - start));
  if (by && passive) return actors.find((m) => m.span.start >= at + by[0].length - 3) ?? null;
  // "… accused Azerbaijan of launching an offensive": the accused is who acted
  const accused = /\baccused\s+$/;
  const named = actors.find((m) => m.span.end <= at && accused.test(text.slice(Math.max(0, m.span.start - start - 12), m.span.start - start)));
  if (named) return named;
  const before = actors.find((m) => m.span.end <= at && !isSource(m, text, start, at));
  if (before) return before;
  return by ? (actors.find((m) => m.span.start >= at + by.index) ?? null) : null;
}

// "According to the Azerbaijani Ministry of Defence, …", "The SOHR reported that …": who tells, not who acts.
const REPORTING_AFTER = /^[\w\s'’-]{0,60}?\b(?:said|stated|reported|claimed|announced|accused|confirmed|alleged|denied|told)\b/;
// "…announced that they took back control": the source reports its own act
const OWN_ACT = /\b(?:said|stated|reported|claimed|announced|confirmed)\s+(?:that\s+(?:they|it|its forces|their forces)|to have)\b/;
function isSource(m: NameMention, text: string, start: number, at = Infinity): boolean {
  const before = text.slice(Math.max(0, m.span.start - start - 90), m.span.start - start);
  const between = text.slice(m.span.end - start, Math.max(m.span.end - start, at - start));
  if (OWN_ACT.test(between)) return false;
  return /\baccording to\s+[^,.;]{0,80}$/i.test(before) || REPORTING_AFTER.test(between);
}

// "clashes took place … between the Islamic Muthanna Movement and al-Sunna lions brigade"
function betweenPair(actors: NameMention[], at: number, text: string, start: number): [NameMention, NameMention | null] | null {
  const between = /\bbetween\s/.exec(text.slice(at - start));
  if (!between) return null;
  const from = at + between.index;
  const [a, b] = actors.filter((m) => m.span.start > from);
  if (a && b && a.entity !== b.entity) return [a, b];
  return a ? [a, null] : null;
}

// Where: the first place on the map after the trigger, inside the conflict's countries if one is; then
// any mapped place in the sentence; a place no layer knows only when nothing else is named; a country last.
function placeAfter(facts: Facts, places: NameMention[], at: number): NameMention | null {
  const entity = (m: NameMention) => facts.entity.get(m.entity ?? '');
  const town = (m: NameMention): boolean => entity(m)?.precision !== 'country';
  const mapped = (m: NameMention): boolean => town(m) && entity(m)?.resolved === true;
  const home = (m: NameMention): boolean => facts.conflictCountries.size === 0 || facts.conflictCountries.has(entity(m)?.country ?? '');
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
