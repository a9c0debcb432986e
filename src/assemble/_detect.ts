import type { EventType, Mention, NameMention, Provenance } from '../model/index.js';
import type { EventDraft } from './_draft.js';
import type { EventMention } from './_eventMention.js';
import { entityMentions, sentenceText, type Facts } from './_facts.js';
import { countrySubjects } from './_actors.js';
import { actorsOf } from './_frames.js';
import { mentionsIn } from './_mentions.js';
import { TRIGGER_ENTRIES } from './lexicon/index.js';
import { isSiteNoun, reportingAt } from './_phrases.js';
import { areaTaken, asksWhether, BACK_REFERENCE, materielTally, NOT_TERRITORY, remembersPast, saysUnreal, STILL_HELD, WEAPON_TAKEN } from './_clauseChecks.js';
import { typedByWeapon } from './_typing.js';
import { weaponIn, weaponOf } from './_weapon.js';
import { wordsOf, type Word } from './_words.js';
import { placeAfter } from './_placeAfter.js';

const ACTOR_KINDS = ['state', 'armed_group', 'military_unit', 'civilians'] as const;
// Sections of statements about the conflict, not of its events: what they call attacks is judged, not reported.
const REACTIONS = /\b(?:reactions?|responses?|legacy|analysis|commemoration|in popular culture|international|statements?|supranational|diplomatic|see also|reception|memorials?)\b/i;

// "… and a car bomb exploded at the market": a bomb with a verb of its own went off.
const WENT_OFF = /^\s+(?:\w+\s+){0,2}?(?:exploded|detonated|went off|blew up|killed|hit|struck)\b/i;
const TERRITORY = new Set(['capture', 'regain', 'take']);
const PRONOUN_SUBJECT = /\b(?:they|he|she|it|we|the group|the militants|the rebels|the army|the troops|the forces)\s+(?:\w+\s+){0,2}$/i;
// "another Russian ammunition depot was destroyed": one more of a kind already told, so a happening
// though no agent is named (a bare "the bridge was destroyed" may be the fighting's aftermath)
const ANOTHER_STRUCK = /\banother\s+(?:[\w'’-]+\s+){0,4}(?:was|were|has been|had been)\s+(?:\w+ly\s+)?$/i;
// "the rebels repelled the attack on the town": an attack told as repelled is the repulse, a fight of its own
const REPULSED = /\b(?:repelled|repulsed|thwarted|foiled|fought off|beat back|held off)\s+(?:the|an?|their|its|this|that)?\s*(?:[\w-]+\s+){0,2}$/i;
// "a Russian military base … was obliterated at Chornobaivka": a named side's base, depot or post struck is a
// blow against that side, whoever the words leave unnamed
const ARMED_SITE_STRUCK = /\b(?:military\s+)?(?:bases?|depots?|command posts?|headquarters|barracks|airfields?|air ?bases?|positions?|warehouses?)\b[^.;]{0,80}?\b(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?$/i;
// A title naming a series of strikes: "2022 Chornobaivka attacks", "Vinnytsia missile strikes", "Bombardment of Gao".
const STRIKE_CAMPAIGN = /\b(?:attacks|strikes|airstrikes|bombings|bombardment|shelling|shellings)\b/i;
// "captured footage", "seized 50 weapons", "captured two soldiers": what was taken is no territory
const TAKEN_THINGS = /^\s+(?:(?:the|a|an|some|several|large|many|numerous|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of)\s+)*(?:(?!(?:by|from|to|of|with|and|or|after|before|near|the|a|an)\b)\w+\s+){0,2}(?:footage|images?|videos?|photos?|photographs?|weapons|arms|ammunition|equipment|vehicles?|tanks?|documents|cache|caches|stockpiles?|soldiers|servicemen|personnel|policemen|militiamen|gunmen|sailors|crew|fighters|troops|prisoners|POWs|members|militants|rebels|jihadists|insurgents|civilians|commanders?|officers?|pilots?|hostages|journalists|residents|workers|people|men|women)\b/i;
const EXPLOSIVES = new Set(['suicide', 'explosion']);

/** What one sentence gives to build its events from. */
export interface SentenceView {
  sentence: number;
  text: string;
  start: number;
  words: Word[];
  places: NameMention[];
  actors: NameMention[];
}

/**
 * The events one sentence reports, with what the sentence itself says of who, whom, where and with
 * what. Mentions of one ACLED type make one event (of Strategic developments, one per sub-type), typed
 * by the most specific: "launched an offensive …, capturing …" is one Battles event in which
 * territory changed hands.
 * @example detectEvents(facts, 0) // Air/drone strike: France → MOJWA at Gao
 */
export function detectEvents(facts: Facts, sentence: number): EventDraft[] {
  return draftGroups(facts, sentence).flatMap(bySides).flatMap((group) => byDays(facts, sentence, group)).map(combined);
}

// "On 15 July Tiger Forces captured half a dozen oil fields, the next day, Tiger Forces captured Al-Fahd
// Oil Field": in a sentence that tells two days, a day told between two mentions of one type starts
// another happening ("Fighting ended on September 8, with Ukrainian forces capturing all of it" is one).
function byDays(facts: Facts, sentence: number, group: EventDraft[]): EventDraft[][] {
  const days = (facts.bySentence.get(sentence) ?? []).filter((m) => m.kind === 'date' && m.value.precision === 'day');
  if (new Set(days.map((m) => m.kind === 'date' && m.value.start)).size < 2) return [group];
  const at = (d: EventDraft): { start: number; end: number } => d.provenance['event_type']?.span ?? { start: 0, end: 0 };
  const told = [...group].sort((a, b) => at(a).start - at(b).start);
  const runs: EventDraft[][] = [];
  for (const d of told) {
    const last = runs.at(-1);
    const previous = last?.at(-1);
    if (last && previous && !days.some((m) => m.span.start >= at(previous).end && m.span.end <= at(d).start)) last.push(d);
    else runs.push([d]);
  }
  // the most specific first again, as combined() expects
  return runs.map((run) => group.filter((d) => run.includes(d)));
}

// "ISIL attacked the oil field, capturing the hill, before the military recaptured it": mentions of one
// type whose actors stand against each other are two happenings.
function bySides(group: EventDraft[]): EventDraft[][] {
  const clusters: EventDraft[][] = [];
  for (const d of group) {
    const fits = clusters.find((c) => c.every((o) => compatible(o.actor1, d.actor1)));
    if (fits) fits.push(d);
    else clusters.push([d]);
  }
  return clusters;
}

const compatible = (a: string | null, b: string | null): boolean => a === null || b === null || a === b;

/**
 * The trigger families a sentence reports, after every check of pass 1 and 2 (for the lexicon's own
 * examples and counter-examples).
 * @example reportedFamilies(facts, 0) // ['air-strike']
 */
export function reportedFamilies(facts: Facts, sentence: number): string[] {
  return draftGroups(facts, sentence).flatMap((group) => group.map((d) => d.family));
}

function draftGroups(facts: Facts, sentence: number): EventDraft[][] {
  const at = facts.article.sentences[sentence]?.span.start ?? 0;
  // under a heading of reactions, at any level ("International reactions" › "Other states")
  if (facts.article.sections.some((s) => s.extent.start <= at && at < s.extent.end && REACTIONS.test(s.title))) return [];
  const view = viewOf(facts, sentence);
  return happenings(facts, view)
    .map((group) => group.map((m) => draftOf(facts, view, m)).filter((d): d is EventDraft => d !== null))
    .filter((group) => group.length > 0);
}

// "despite a ceasefire organized by the UN, the Syrian army shelled parts of the city": an agreement standing
// already is the shelling's circumstance, no agreement made that day; "under an agreement for a humanitarian
// corridor reached with Russia" tells it was made
const MADE = /^[^,.;]{0,60}?\b(?:reached|signed|agreed|brokered|concluded|struck|negotiated)\b/i;
function agreementMade(view: SentenceView, m: EventMention): boolean {
  const before = view.text.slice(0, m.span.start - view.start);
  return !/\bdespite\s+(?:\S+\s+){0,3}$/i.test(before) && MADE.test(view.text.slice(m.span.end - view.start));
}

// One event of a sentence's mentions of one type: typed by the most specific (first in `drafts`), its
// missing sides and place taken from the others in the order told, its evidence the earliest clause.
function combined(drafts: EventDraft[]): EventDraft {
  const [primary, ...others] = drafts as [EventDraft, ...EventDraft[]];
  const told = [...others].sort((a, b) => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0));
  for (const other of told) {
    for (const field of ['actor1', 'actor2', 'location'] as const) {
      if (primary[field] !== null || other[field] === null || other[field] === primary.actor1 || other[field] === primary.actor2) continue;
      primary[field] = other[field];
      const p = other.provenance[field];
      if (p) primary.provenance[field] = p;
    }
  }
  const earliest = drafts.map((d) => d.evidence[0]).filter((e) => e !== undefined).sort((a, b) => a.start - b.start)[0];
  if (earliest) primary.evidence = [earliest];
  return primary;
}

// "an Israeli-made IAI Harop", "Turkish-built drones": the maker of a weapon is no side of the fight
const MAKER = /^[-‐]\s?(?:made|built|manufactured|produced|supplied|designed|origin)\b/i;

function viewOf(facts: Facts, sentence: number): SentenceView {
  const places = entityMentions(facts, sentence, ['place']);
  const actors = [...entityMentions(facts, sentence, ACTOR_KINDS), ...countrySubjects(facts, places)]
    .filter((m) => !MAKER.test(facts.article.text.slice(m.span.end, m.span.end + 16)))
    .sort((a, b) => a.span.start - b.span.start);
  return { sentence, text: sentenceText(facts, sentence), start: facts.article.sentences[sentence]?.span.start ?? 0, words: wordsOf(facts, sentence), places, actors };
}

// The mentions that report a happening, grouped by ACLED type (by sub-type of Strategic developments),
// the most specific first in each group; groups in the order told.
function happenings(facts: Facts, view: SentenceView): EventMention[][] {
  const groups = new Map<string, EventMention[]>();
  const all = mentionsIn(facts, view.sentence);
  // a weak trigger ("killed") tells an event only where nothing else the sentence reports does: "killed 16
  // gunmen … and captured a large cache of weapons" took no ground, so the killing is the event
  const strong = all.filter((m) => !m.entry.weak && reported(facts, view, m, all));
  for (const mention of all) {
    if (mention.entry.weak ? strong.length > 0 || !reported(facts, view, mention, all) : !strong.includes(mention)) continue;
    const key = groupOf(mention.entry.event_type, mention.entry.sub_event_type);
    groups.set(key, [...(groups.get(key) ?? []), mention]);
  }
  return [...groups.values()]
    // a word that names a happening told already ("a day after the report of the offensive, … was assassinated")
    // leads its group only when nothing in it is told afresh
    .map((group) => [...group].sort((a, b) => Number(a.refersBack) - Number(b.refersBack) || Number(wentOffOnly(a)) - Number(wentOffOnly(b)) || specificity(a) - specificity(b)))
    .sort((a, b) => Math.min(...a.map((m) => m.span.start)) - Math.min(...b.map((m) => m.span.start)));
}

// "a Russian Kalibr missile struck Freedom Square, detonating in front of the building": what went off was the
// missile; "exploded" or "detonated" tells the weapon only where no other word of the sentence does
const wentOffOnly = (m: EventMention): boolean => m.entry.family === 'explosion' && m.pos === 'verb';
const groupOf = (type: EventType, subType: string): string => (type === 'Strategic developments' ? subType : type);
// the lexicon lists each type's families from the most specific
const ORDER: ReadonlyMap<string, number> = new Map(TRIGGER_ENTRIES.map((e, i) => [e.family, i]));
const specificity = (m: EventMention): number => ORDER.get(m.entry.family) ?? ORDER.size;

// Not a plan, threat, denial or negation; not a bomb that was defused; a territory word about territory
// (whether a weak trigger yields to the others is `happenings`' to judge, once per sentence).
function reported(facts: Facts, view: SentenceView, m: EventMention, all: readonly EventMention[]): boolean {
  const index = m.span.start - view.start;
  const clause = view.text.slice(0, index).split(/[;:]/).pop() ?? '';
  const lastPart = clause.split(/,\s*(?=\w)/).pop() ?? clause;
  if (saysUnreal(lastPart) || remembersPast(clause) || (m.pos === 'verb' && asksWhether(lastPart))) return false;
  if (quoted(view, m)) return false;
  if (m.pos === 'verb' && BACK_REFERENCE.test(clause)) return false;
  const takenAfter = !/\bto$/i.test(view.text.slice(index, m.span.end - view.start)) && TAKEN_THINGS.test(view.text.slice(m.span.end - view.start));
  // people before a taking word were taken only when it is passive ("the pilot, …, captured by Russian
  // forces", "399 SDF fighters were killed, captured or wounded", "fighters wounded and captured");
  // "FSA fighters captured the town" took the town
  const passiveTaking = /^\s+by\b/i.test(view.text.slice(m.span.end - view.start)) || /\b(?:was|were|been|being)\s+(?:(?:\w+ly|also|again|then|later|\w+(?:ed|en),?|or|and)\s+)*$/i.test(clause) || /\b\w+(?:ed|en),?\s+(?:and|or)\s+$/i.test(clause);
  if (TERRITORY.has(m.entry.family) && ((passiveTaking && NOT_TERRITORY.test(clause)) || takenAfter || STILL_HELD.test(clause))) return false;
  if (TERRITORY.has(m.entry.family) && areaTaken(clause, view.text.slice(m.span.end - view.start))) return false;
  const wentOff = m.pos === 'verb' || WENT_OFF.test(view.text.slice(m.span.end - view.start));
  if (EXPLOSIVES.has(m.entry.family) && WEAPON_TAKEN.test(clause) && !wentOff) return false;
  if (m.entry.needsWeapon && weaponOf(view.words, m) === null) return false;
  // a tally of arms destroyed where no place or day is named sums up a fight's losses: the fight is the event
  // ("On 28 February, … TB2 drones destroyed many Russian vehicles, including 96 tanks, …" is a dated blow)
  if (m.entry.family === 'destroy' && view.places.length === 0 && !datedSentence(facts, view.sentence) && materielTally(view.text)) return false;
  const next = view.words.slice(m.last + 1, m.last + 4).map((w) => w.text).join(' ');
  if (m.entry.notBefore?.some((words) => `${next} `.startsWith(`${words} `))) return false;
  // "the rebels withdrew from the town" beside "the army recaptured it": the withdrawal is how the place was
  // taken; "entered Melitopol amid heavy clashes": the entry is part of the fight
  if (m.entry.family === 'withdraw' && all.some((o) => TERRITORY.has(o.entry.family))) return false;
  if ((m.entry.family === 'enter' || m.entry.family === 'siege' || m.entry.family === 'surround') && all.some((o) => o !== m && o.entry.event_type === 'Battles' && o.entry.family !== 'siege')) return false;
  if (m.entry.family === 'siege' && all.some((o) => o.entry.family === 'surround')) return false;
  if (m.entry.needsPlace && !placeInClause(view, m)) return false;
  if (m.entry.family === 'agreement' && m.frame === 'circumstance' && !agreementMade(view, m)) return false;
  if (m.pos === 'noun' && CAMPAIGN_WORDS.test(view.text.slice(index, m.span.end - view.start)) && onlyRegions(facts, view, m)) return false;
  return true;
}

const datedSentence = (facts: Facts, sentence: number): boolean => (facts.bySentence.get(sentence) ?? []).some((m) => m.kind === 'date');

// "took the al-Harsh checkpoint", "entered Kidal": the object right after the verb, past its determiners
// and modifiers, is a place or a site ("It took 4,000 years", "taken to the hospital" are not).
function directObjectIsPlace(view: SentenceView, next: number): boolean {
  for (let j = next; j >= 0 && j < Math.min(view.words.length, next + 5); j++) {
    const w = view.words[j] as Word;
    if (isSiteNoun(w) || view.places.some((p) => p.span.start === w.start)) return true;
    if (!['DET', 'ADJ', 'NUM', 'PROPN', 'X'].includes(w.pos) && !/^(?:the|a|an)$/.test(w.text)) return false;
  }
  return false;
}

// "launched a surprise counteroffensive in eastern Kharkiv oblast", "a major ground offensive into the North of
// the country": an offensive told only of a region or a country is a campaign, not one event of it
const CAMPAIGN_WORDS = /^(?:counter[\s-]?)?offensives?$/i;
function onlyRegions(facts: Facts, view: SentenceView, m: EventMention): boolean {
  const from = view.start + (view.text.lastIndexOf(';', m.span.start - view.start) + 1);
  const next = view.text.indexOf(';', m.span.end - view.start);
  const to = next < 0 ? view.start + view.text.length : view.start + next;
  const named = view.places.filter((p) => p.span.start >= from && p.span.end <= to);
  const coarse = (p: NameMention): boolean => {
    const precision = facts.entity.get(p.entity ?? '')?.precision;
    return precision === 3 || precision === 'country';
  };
  return (named.length > 0 && named.every(coarse)) || /\b(?:north|south|east|west)(?:ern)?\s+(?:part\s+)?of\s+the\s+country\b/i.test(view.text.slice(from - view.start, to - view.start));
}

// Words inside a quotation of six words or more are someone's statement ("These attacks on the Armenian
// people are completely unacceptable"), judged rather than reported.
const QUOTE = /["“]([^"”]+)["”]/g;
const QUOTED_WORDS = 6;
function quoted(view: SentenceView, m: EventMention): boolean {
  const at = m.span.start - view.start;
  for (const q of view.text.matchAll(QUOTE)) {
    const from = q.index ?? 0;
    if (at > from && at < from + q[0].length && (q[1] ?? '').split(/\s+/).length >= QUOTED_WORDS) return true;
  }
  return false;
}

// A place named in the trigger's clause, or a word for a site after it ("recaptured the hill"); for a
// family that says how it links to its place, right after it by those words ("withdrew from X").
function placeInClause(view: SentenceView, m: EventMention): boolean {
  const links = m.entry.placeLinks;
  if (links) {
    const rest = view.text.slice(m.span.end - view.start).toLowerCase().trimStart();
    const link = links.find((l) => l === '' || rest.startsWith(`${l} `));
    if (link === undefined) return false;
    const at = m.span.end + (view.text.length - (m.span.end - view.start) - rest.length) + (link === '' ? 0 : link.length + 1);
    const next = view.words.findIndex((w) => w.start >= at);
    if (link === '') return directObjectIsPlace(view, next);
    return view.places.some((p) => p.span.start >= at && p.span.start <= at + 25) || view.words.slice(next, next + 4).some(isSiteNoun);
  }
  const from = view.start + (view.text.lastIndexOf(';', m.span.start - view.start) + 1);
  const next = view.text.indexOf(';', m.span.end - view.start);
  const to = next < 0 ? view.start + view.text.length : view.start + next;
  if (view.places.some((p) => p.span.start >= from && p.span.end <= to)) return true;
  return view.words.slice(m.last + 1, m.last + 8).some(isSiteNoun);
}

function draftOf(facts: Facts, view: SentenceView, mention: EventMention): EventDraft | null {
  const { actor1, actor2, unordered } = actorsOf(facts, view, mention);
  // "2017 Mosul airstrike": in an article named after one kind of strike, a strike whose words name no weapon ("four
  // of these strikes targeted ISIL in Mosul") is of that kind; "2022 Chornobaivka attacks" names none
  const weapon = weaponOf(view.words, mention) ?? (mention.entry.family === 'strike' ? weaponIn(facts.article.title) : null);
  // an agent named, a weapon that struck ("a Russian missile struck"), or "they" of the paragraph's actor
  const before = view.text.slice(0, mention.span.start - view.start);
  if (mention.entry.needsAgent && mention.pos === 'verb' && !actor1 && !weapon && !PRONOUN_SUBJECT.test(before) && !ANOTHER_STRUCK.test(before) && !(actor2 && ARMED_SITE_STRUCK.test(before))) return null;
  // "Jeremiah Johnson fell to the ground", "the population fell to about a million": no one took anything
  if (mention.doerAfter && !actor1) return null;
  const place = placeAfter(facts, view.places, mention.span.start);
  const draft: EventDraft = {
    ...typedByWeapon(mention, weapon, view.text, view.text.slice(mention.span.end - view.start), STRIKE_CAMPAIGN.test(facts.article.title)),
    family: mention.entry.family === 'attack' && REPULSED.test(before) ? 'repel' : mention.entry.family,
    weapon,
    actor1: actor1?.entity ?? null,
    actor2: actor2?.entity ?? null,
    location: place?.entity ?? null,
    geo_precision: null,
    date: null,
    time: null,
    claims: [],
    civilianClaims: [],
    civilianParts: [],
    quantities: [],
    evidence: [clauseSpan(view, mention)],
    provenance: {},
    sentences: [view.sentence],
    inherited: new Set(),
    refersBack: mention.refersBack,
    ...(unordered ? { unorderedSides: true } : {}),
    frame: mention.frame,
    subjectAt: mention.frameWord !== null && mention.frame === 'support' && reportingAt(view.words, mention.frameWord) === 0 ? (view.words[mention.frameWord]?.start ?? mention.span.start) : mention.span.start,
  };
  const prov = (m: Mention | null): Provenance | null => (m ? { article: facts.article.id, span: m.span, from: 'prose' } : null);
  for (const [field, m] of [['actor1', actor1], ['actor2', actor2], ['location', place]] as const) {
    const p = prov(m);
    if (p) draft.provenance[field] = p;
  }
  const rule = mention.frame === 'verb' ? `rule:trigger-${mention.entry.family}` : `rule:trigger-${mention.entry.family}:${mention.frame}`;
  draft.provenance['event_type'] = { article: facts.article.id, span: mention.span, from: rule };
  return draft;
}

// The evidence: the sentence's clause that holds the trigger, between the nearest semicolons.
function clauseSpan(view: SentenceView, mention: EventMention): { start: number; end: number } {
  const index = mention.span.start - view.start;
  const from = view.text.lastIndexOf(';', index) + 1;
  const to = view.text.indexOf(';', mention.span.end - view.start);
  const end = to < 0 ? view.text.length : to;
  const lead = view.text.slice(from, end).length - view.text.slice(from, end).trimStart().length;
  return { start: view.start + from + lead, end: view.start + end };
}
