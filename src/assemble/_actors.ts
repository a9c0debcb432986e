import type { NameMention } from '../model/index.js';
import { stateOfCountry, type Facts } from './_facts.js';

// "The Russians were again attacked at the airport … by Ukraine", "a vehicle of Armenia was claimed to be shot down":
// the subject suffered, "by" names who acted.
// ("the Azerbaijani forces were shelling Hadrut" is a progressive: its subject acted.)
export function isPassive(text: string, index: number): boolean {
  const before = text.slice(0, index);
  const progressive = /^\w+ing\b/i.test(text.slice(index));
  return (!progressive && PASSIVE_BEFORE.test(before)) || HIT_BY_WEAPON.test(before) || /^came under\b/i.test(text.slice(index));
}

// "was reportedly captured", "were reported killed", and a second participle joined to the first: "were abducted
// and killed by", "were held and killed by"
const ADVERBS = '(?:(?:\\w+ly|again|also|then|later|reportedly|allegedly|reported|confirmed|believed|presumed|feared)\\s+)*';
const PASSIVE_BEFORE = new RegExp(`\\b(?:was|were|been|being|be)\\s+${ADVERBS}(?:\\w+(?:ed|en|wn|ld|nt|ght|ot)\\s+(?:and|or)\\s+${ADVERBS})?$`, 'i');

// "after being wounded by a car bomb", "his vehicle was hit by an improvised explosive device": the
// weapon's noun is the trigger, and whoever comes before it was hit.
const HIT_BY_WEAPON = /\b(?:was|were|been|being|be)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|hit|struck|targeted|damaged|destroyed)\s+(?:by|in)\s+(?:an?\s+|the\s+|another\s+)?$/i;

// How far after its "by" an agent may start: "by the heavily armed fighters of the Islamic State".
const AGENT_REACH = 60;

// "came under fire from Armenian military": who fired; but "had been liberated from ISIL control": who lost it.
export function agentAfter(facts: Facts, actors: NameMention[], places: NameMention[], at: number, text: string, start: number, territory = false): NameMention | null {
  const by = (territory ? /\bby\s+(?:the\s+)?/i : /\b(?:by|from)\s+(?:the\s+)?/i).exec(text.slice(at - start, at - start + 120));
  // "was attacked near Haffah, and weeks later civilians fled from the soldiers": a "from" of the next clause
  if (!by || /[;:]|,\s+(?:and|but|while|as|after|before|when|then)\b/i.test(text.slice(at - start, at - start + by.index))) return null;
  const from = at + by.index;
  const near = from + by[0].length;
  // "blocked from entering the city … reports of civilians": "from" before a gerund, or a name a clause
  // away, is no agent; the agent follows its "by" within the phrase ("by a suicide bomber from ISIL")
  if (/^from\b/i.test(by[0]) && /^\p{L}+ing\b/u.test(text.slice(near - start))) return null;
  const inPhrase = (m: NameMention): boolean => m.span.start >= from && m.span.start - near <= AGENT_REACH && !/[,;:]/.test(text.slice(near - start, m.span.start - start));
  const actor = actors.find((m) => m.span.start >= from);
  // "by Ukraine": a country named as the agent is its state, when the article has it as an actor
  const country = places.find((m) => m.span.start >= from && facts.entity.get(m.entity ?? '')?.precision === 'country');
  const state = country ? stateOfCountry(facts, facts.entity.get(country.entity ?? '')?.country) : undefined;
  if (state && country && inPhrase(country) && (!actor || country.span.start < actor.span.start)) return { ...country, entity: state.id };
  return actor && inPhrase(actor) ? actor : null;
}

/**
 * "Ukraine inflicted another attack", "Russia bombed six airports": a country named as the subject of
 * the sentence (before its verb, not after "in"/"of") acts as its state.
 */
export function countrySubjects(facts: Facts, places: NameMention[]): NameMention[] {
  return places.flatMap((m) => {
    const place = facts.entity.get(m.entity ?? '');
    if (place?.precision !== 'country') return [];
    const before = facts.article.text.slice(Math.max(0, m.span.start - 12), m.span.start);
    // "five missiles of Ukraine", "an unmanned aerial vehicle of Armenia": the state whose weapons they were
    const owner = /\b(?:missiles?|rockets?|drones?|vehicles?|aircraft|helicopters?|planes?|jets?|tanks?|ships?|UAVs?)\s+of\s+$/i.test(facts.article.text.slice(Math.max(0, m.span.start - 24), m.span.start));
    if (!owner && /\b(?:in|of|into|from|to|over|across|near|within|inside|towards?|at)\s+(?:the\s+)?$/i.test(before)) return [];
    // "the Azerbaijan–Iran border", "the Russia-Ukraine border": a country naming one side of a border is a place
    const after = facts.article.text.slice(m.span.end, m.span.end + 40);
    if (/^\s*[-–—]\s*\p{Lu}[\p{L}'’ ]*?\s+border\b/u.test(after) || (/[-–—]\s*$/.test(before) && /^\s+border\b/.test(after))) return [];
    // "Hama, Syria": a country right after a place contains it
    const comma = /,\s*$/.exec(before);
    if (comma && places.some((p) => p !== m && p.span.end === m.span.start - before.length + comma.index)) return [];
    const state = stateOfCountry(facts, place.country);
    return [{ ...m, entity: (state ?? place).id }];
  });
}

const PEOPLE = new Set(['person', 'people', 'civilian', 'child', 'children', 'woman', 'women', 'resident', 'villager', 'man', 'men', 'family']);

// "six people were killed by the … bombardment": people counted as the victims are the civilians of the article.
export function peopleKilled(facts: Facts, sentence: number, at: number): NameMention | undefined {
  const q = (facts.bySentence.get(sentence) ?? []).find((m) => m.kind === 'quantity' && m.span.end <= at && PEOPLE.has(m.value.head));
  const civilians = facts.article.entities.find((e) => e.kind === 'civilians');
  if (!q || !civilians) return undefined;
  return { id: q.id, kind: 'group', span: q.span, rule: 'rule:people-killed', stated: true, sentence, value: { name: civilians.name, role: null, aliasOf: null }, entity: civilians.id };
}

// Who acted: "by X" right after a passive trigger ("was launched by rebels"); else the first actor named before it.
// A verb whose doer follows it has a subject only before it ("fell to rebels led by X": X is no subject).
export function subjectOf(actors: NameMention[], at: number, text: string, start: number, doerAfter = false): NameMention | null {
  const after = text.slice(at - start);
  const by = doerAfter ? null : /^[\w\s-]{0,40}?\bby\s/.exec(after);
  const passive = /^(?:\w+\s+)?(?:was|were|had been|has been)\s/.test(after) || /\b(?:was|were)\s+$/.test(text.slice(0, at - start));
  if (by && passive) return actors.find((m) => m.span.start >= at + by[0].length - 3) ?? null;
  // "… accused Azerbaijan of launching an offensive": the accused is who acted
  const accused = /\baccused\s+$/;
  const named = actors.find((m) => m.span.end <= at && accused.test(text.slice(Math.max(0, m.span.start - start - 12), m.span.start - start)));
  if (named) return named;
  // the nearest actor before it that opens a clause ("…, but Syrian Army units took it back"), else the first one
  const candidates = actors.filter((m) => m.span.end <= at && !isSource(m, text, start, at));
  const opening = [...candidates].reverse().find((m) => SUBJECT_OPENER.test(text.slice(0, m.span.start - start)));
  const before = opening ?? candidates[0];
  if (before) return before;
  return by ? (actors.find((m) => m.span.start >= at + by.index) ?? null) : null;
}

// What may stand before a subject: the sentence's start, a clause's punctuation or conjunction, then
// determiners and capitalised modifiers ("On 8 April, rebels …", "but Syrian Army units …", "stated that Ukrainian forces …").
// ("Russian and LPR forces launched …": a bare "and" joins one subject's names; ", and" opens a clause.)
const SUBJECT_OPENER = /(?:^|[,;:(]|\b(?:but|while|after|before|when|as|that|then|which|who|whereas|although|though|until|once|meanwhile))\s*(?:(?:the|a|an|its|their|some|both|all|\p{Lu}[\p{L}'’-]*|\d[\p{L}\d-]*)\s+)*$/u;

// "According to the Azerbaijani Ministry of Defence, …", "The SOHR reported that …": who tells, not who acts.
// ("A soldier … was reported killed": a passive report is about the soldier, not by him.)
// ("the Syrian Observatory for Human Rights (SOHR) reported that …": its acronym in brackets is part of the name;
// "The Institute for the Study of War (ISW), an independent think tank, noted that …": so is a description between commas;
// "Bassma Bassim, the head of the Mosul District Council, stated that …": and the council closing that description)
// Verbs of telling: a name before one (its subject) tells what follows, it does not act in it.
const TELLING_VERBS = [
  'said', 'says', 'saying', 'stated', 'states', 'stating', 'reported', 'reporting', 'claimed', 'claiming', 'announced',
  'accused', 'confirmed', 'alleged', 'denied', 'told', 'assessed', 'assessing', 'noted', 'estimated', 'wrote', 'concluded', 'added',
  // "The ISW theorized that they were conducting a fighting retreat", "analysts suggested that …"
  'theorized', 'theorised', 'speculated', 'suggested', 'argued', 'contended', 'predicted', 'observed', 'indicated', 'revealed', 'warned',
].join('|');
const REPORTING_AFTER = new RegExp(String.raw`^,\s*(?:${TELLING_VERBS})\s+that\b|^(?:[\w\s'’()-]{0,20}?,\s+(?:an?|the)\s+[^,.;]{1,50},)?[\w\s'’()-]{0,60}?\b(?<!\b(?:was|were|been|being|is|are)\s)(?:${TELLING_VERBS})\b`);
// "…announced that they took back control": the source reports its own act
const OWN_ACT = /\b(?:said|stated|reported|claimed|announced|confirmed)\s+(?:(?:that\s+)?(?:they|it|its forces|their forces)\s+(?:had|have|has)\b|that\s+(?:they|it|its forces|their forces)|to have)\b/;
export function isSource(m: NameMention, text: string, start: number, at = Infinity): boolean {
  const before = text.slice(Math.max(0, m.span.start - start - 90), m.span.start - start);
  const between = text.slice(m.span.end - start, Math.max(m.span.end - start, at - start));
  // "claimed to have occupied": the trigger's own words may finish the claim of one's own act
  if (OWN_ACT.test(text.slice(m.span.end - start, Math.max(m.span.end - start, at - start + 12)))) return false;
  return /\baccording to\s+[^,.;]{0,80}$/i.test(before) || REPORTING_AFTER.test(between);
}

// "… captured the town according to Russian media": a source cited after the act is not its target.
export function citedAfter(m: NameMention, text: string, start: number): boolean {
  return /\baccording to\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.span.start - start - 20), m.span.start - start));
}

// "fell to rebels led by the jihadist group Jabhat al-Nusra": who leads or backs the actor fights beside it.
export function alongside(m: NameMention, text: string, start: number): boolean {
  return /\b(?:led by|backed by|supported by|including|alongside|aided by|together with|with the help of|joined by)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$/i.test(text.slice(Math.max(0, m.span.start - start - 60), m.span.start - start));
}

// "shelled the Zabadani plains, while the tunnel … was still held by al-Nusra Front": what follows a
// contrast, a semicolon or a spaced dash ("launched rockets at the city – referring to a cleric executed by Saudi
// Arabia") is another clause, whose names are not the trigger's object, target or place list
const OTHER_CLAUSE = /;|,\s*(?:while|whereas|although|though|but)\b|\s[–—]\s/i;
/** Whether the text from the trigger to a word crosses into another clause. */
export const inOtherClause = (text: string, start: number, from: number, to: number): boolean => OTHER_CLAUSE.test(text.slice(from - start, to - start));

// "clashes took place … between the Islamic Muthanna Movement and al-Sunna lions brigade": the pair
// right after "between" in the trigger's own clause; "…, while the highway between Nedryhailiv and
// Romny was still under Ukrainian control" names places between, in another clause, and no pair.
const BETWEEN = /\bbetween\s+(?:the\s+)?/i;
/** How far after "between (the)" the first side may begin: a demonym or two ("the Syrian Army", "Azerbaijani and Armenian forces"). */
const BETWEEN_REACH = 25;
export function betweenPair(actors: NameMention[], at: number, text: string, start: number): [NameMention, NameMention | null] | null {
  const between = BETWEEN.exec(text.slice(at - start));
  if (!between || OTHER_CLAUSE.test(text.slice(at - start, at - start + between.index))) return null;
  const from = at + between.index + between[0].length;
  const [a, b, c] = actors.filter((m) => m.span.start >= from);
  if (!a || a.span.start - from > BETWEEN_REACH) return null;
  // "between Al-Nusra Front and several other rebel battalions and government forces": a common noun joined to the
  // first side stands beside it; the side after the last "and" is the other
  if (b && c && alliesJoined(a, b, text, start) && /^\s*(?:[\w-]+\s+){0,2}and\s+(?:the\s+)?$/i.test(text.slice(b.span.end - start, c.span.start - start)) && c.entity !== a.entity) return [a, c];
  if (b && a.entity !== b.entity) return [a, b];
  return [a, null];
}

// ("and several other rebel battalions": a lower-case group after "and", any few words between)
function alliesJoined(a: NameMention, b: NameMention, text: string, start: number): boolean {
  return /^\p{Ll}/u.test(text.slice(b.span.start - start, b.span.end - start)) && /^\s*and\s+(?:[\w-]+\s+){0,3}$/i.test(text.slice(a.span.end - start, b.span.start - start));
}

