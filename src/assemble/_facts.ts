import type { Entity, Mention, NameMention, QuantityMention, Span } from '../model/index.js';
import type { ResolvedArticle } from '../resolve/index.js';
import type { MainFight } from './_opponents.js';

/** What assembling reads off the resolved article, indexed once. */
export interface Facts {
  article: ResolvedArticle;
  entity: Map<string, Entity>;
  /** Mentions per sentence index, in text order. */
  bySentence: Map<number, Mention[]>;
  /** For each sentence: its block (paragraph) index and its section index (-1 for the lead). */
  blockOf: number[];
  sectionOf: number[];
  /** The countries the conflict is in: the infobox place's and the one its places are mostly in. */
  conflictCountries: Set<string>;
  /** Place mentions per entity id, in the article's mention order. */
  placeMentions: Map<string, NameMention[]>;
  /** Place mentions on the map below country level and in a conflict country (every country when none
   * is known), in the article's mention order: what an unmapped place may stand in for. Read once per
   * article, not once per event (it was the assemble stage's largest cost). */
  mappedPlaces: NameMention[];
  /** The same mentions, to ask of any mention whether it is one of them. */
  mappedPlaceSet: ReadonlySet<Mention>;
  /** Each side's main opponent in fights whose words name both (`opponentsInProse`), once drafts are told. */
  opponents?: ReadonlyMap<string, string>;
  /** Who attacks whom in the article's words, by event type and over all (`mainFight`), once drafts are told. */
  mainFight?: ReadonlyMap<string, MainFight>;
}

// "the governor of Zaporizhzhia Oblast", "the Sumy Oblast Military Administration", "the State Emergency
// Service in Zaporizhzhia Oblast stated": a place that names an office or a speaker says who spoke, not
// where anything happened
const OFFICE_BEFORE = /\b(?:governor|mayor|head|chief|prosecutor|administration|council|authorities|police)\s+of\s+(?:the\s+)?$/i;
const OFFICE_AFTER = /^\s*(?:(?:regional|oblast|city|municipal|district|military|state|civil|provincial)\s+)*(?:administration|council|authorities|governor|mayor|police)\b|^\s+(?:said|stated|reported|announced|claimed)\b/i;

/**
 * Whether a place mention below country level is part of an office's title.
 * @example namesOffice(text, mentionOf('Zaporizhzhia Oblast in "the governor of Zaporizhzhia Oblast"')) === true
 */
export function namesOffice(text: string, m: Mention): boolean {
  return OFFICE_BEFORE.test(text.slice(Math.max(0, m.span.start - 40), m.span.start)) || OFFICE_AFTER.test(text.slice(m.span.end, m.span.end + 50));
}

export function factsOf(article: ResolvedArticle): Facts {
  const entity = new Map(article.entities.map((e) => [e.id, e]));
  const office = (m: Mention): boolean => m.kind === 'place' && m.entity !== null && entity.get(m.entity)?.precision !== 'country' && namesOffice(article.text, m);
  const bySentence = new Map<number, Mention[]>();
  for (const m of article.mentions) {
    if (m.sentence === null || office(m)) continue;
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  const blockOf = article.sentences.map((s) => article.blocks.findIndex((b) => b.span.start <= s.span.start && s.span.end <= b.span.end));
  const sectionOf = article.sentences.map((s) => {
    let found = -1;
    article.sections.forEach((sec, i) => {
      if (sec.extent.start <= s.span.start && s.span.end <= sec.extent.end) found = i;
    });
    return found;
  });
  const conflictCountries = conflictCountriesOf(article);
  const placeMentions = new Map<string, NameMention[]>();
  const mappedPlaces: NameMention[] = [];
  for (const m of article.mentions) {
    if (m.kind !== 'place' || !m.entity || (m.sentence !== null && office(m))) continue;
    const same = placeMentions.get(m.entity);
    if (same) same.push(m);
    else placeMentions.set(m.entity, [m]);
    const e = entity.get(m.entity);
    if (e !== undefined && e.resolved && e.precision !== 'country' && inConflict(conflictCountries, e.country)) mappedPlaces.push(m);
  }
  return { article, entity, bySentence, blockOf, sectionOf, conflictCountries, placeMentions, mappedPlaces, mappedPlaceSet: new Set(mappedPlaces) };
}

/**
 * Whether a country is one the conflict is in; any country is, when the conflict's are unknown.
 * @example inConflict(new Set(['ML']), 'FR') === false
 */
export function inConflict(conflictCountries: ReadonlySet<string>, country: string | null): boolean {
  return conflictCountries.size === 0 || conflictCountries.has(country ?? '');
}

function conflictCountriesOf(article: ResolvedArticle): Set<string> {
  const field = article.infobox?.fields.find((f) => f.key === 'place' || f.key === 'location');
  const byId = new Map(article.entities.map((e) => [e.id, e]));
  const fromBox = new Set(
    article.mentions
      .filter((m) => field && m.sentence === null && m.span.start >= field.span.start && m.span.end <= field.span.end && 'entity' in m && m.entity)
      .map((m) => ('entity' in m && m.entity ? byId.get(m.entity)?.country : null))
      .filter((c): c is string => !!c),
  );
  const counts = new Map<string, number>();
  let total = 0;
  for (const m of article.mentions) {
    const e = m.kind === 'place' && m.entity ? byId.get(m.entity) : undefined;
    if (!e?.resolved || !e.country) continue;
    counts.set(e.country, (counts.get(e.country) ?? 0) + 1);
    total++;
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (fromBox.size === 0) return new Set(top ? [top[0]] : []);
  // an infobox place on a border ("Armenia–Azerbaijan border") is filed under one country; the country
  // the prose's places mostly lie in is the conflict's too
  if (top && top[1] * MAIN_SHARE >= total) fromBox.add(top[0]);
  return fromBox;
}

/** A country holding at least this share (1/n) of the prose's place mentions is one the conflict is in. */
const MAIN_SHARE = 3;

export const isName = (m: Mention): m is NameMention => m.kind === 'actor' || m.kind === 'person' || m.kind === 'place' || m.kind === 'group';

/** The words of a span. */
export function words(facts: Facts, span: Span): string {
  return facts.article.text.slice(span.start, span.end);
}

export function sentenceText(facts: Facts, index: number): string {
  const s = facts.article.sentences[index];
  return s ? facts.article.text.slice(s.span.start, s.span.end) : '';
}

/**
 * The article's state of a country ("SY" → the Syria entity), when it names that state as an actor.
 * @example stateOfCountry(facts, 'AM')?.name // 'Armenia'
 */
export function stateOfCountry(facts: Facts, country: string | null | undefined): Entity | undefined {
  return country ? facts.article.entities.find((e) => e.kind === 'state' && e.country === country) : undefined;
}

/** Name mentions of the sentence whose entity is of one of `kinds`, in text order. */
// "the easiest route for Russian forces to reach the port of Odessa", "the road leading to Odessa": a place a road or a
// move heads for is not where anything happened; "towards Romny" is not where a list of places lies either
// (though "attacks towards the city" are fought there)
const GOAL = '(?:to reach|on the way to|en route to|heading (?:to|for)|leading to|the road to|the route to)';
const PLACE_WORDS = '\\s+(?:the\\s+)?(?:(?:port|towns?|villages?|cities|city)\\s+(?:of\\s+)?)?$';
const GOAL_BEFORE = new RegExp(`\\b${GOAL}${PLACE_WORDS}`, 'i');
const TOWARDS_BEFORE = new RegExp(`\\b(?:${GOAL}|towards?|in the direction of)${PLACE_WORDS}`, 'i');
const before = (facts: Facts, m: NameMention): string => facts.article.text.slice(Math.max(0, m.span.start - 40), m.span.start);
/** Whether a place is named as where a road or a move heads ("to reach the port of Odessa"). */
export const namedAsGoal = (facts: Facts, m: NameMention): boolean => GOAL_BEFORE.test(before(facts, m));
/** Whether a place is named as a goal or a direction ("towards Romny and Bilovod'ske"). */
export const namedAsDirection = (facts: Facts, m: NameMention): boolean => TOWARDS_BEFORE.test(before(facts, m));

export function entityMentions(facts: Facts, sentence: number, kinds: readonly Entity['kind'][]): NameMention[] {
  return (facts.bySentence.get(sentence) ?? []).filter(isName).filter((m) => {
    const e = m.entity ? facts.entity.get(m.entity) : undefined;
    return e !== undefined && kinds.includes(e.kind);
  });
}

export function quantities(facts: Facts, sentence: number): QuantityMention[] {
  return (facts.bySentence.get(sentence) ?? []).filter((m): m is QuantityMention => m.kind === 'quantity');
}
