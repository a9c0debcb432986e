import type { DateMention, Mention, NameMention, TimeMention } from '../model/index.js';
import type { EventDraft } from './_draft.js';
import { inConflict, namedAsGoal, sentenceText, type Facts } from './_facts.js';
import { placeStandIn } from './_standIn.js';

const isDate = (m: Mention): m is DateMention => m.kind === 'date';

/**
 * The event's date: a date its own sentence states; else the latest date stated earlier in the same
 * paragraph, then the same section (an aftermath paragraph inherits from its narrative); else the
 * infobox date. Each inherited date says so in its provenance.
 */
export function fillDate(facts: Facts, draft: EventDraft): void {
  const sentence = draft.sentences[0] ?? 0;
  const own = (facts.bySentence.get(sentence) ?? []).filter(isDate);
  const pick = nearestDate(facts, own, draft.provenance['event_type']?.span, facts.article.sentences[sentence]?.span.start ?? 0) ?? own.find((d) => d.value.precision === 'day') ?? own[0];
  if (pick) {
    draft.date = pick.value;
    draft.provenance['date'] = { article: facts.article.id, span: pick.span, from: 'prose' };
    return;
  }
  draft.inherited.add('date');
  for (const scope of ['block', 'heading', 'section'] as const) {
    const latest = finest(scope === 'heading' ? headingDates(facts, sentence) : lastDated(facts, sentence, scope));
    if (latest) {
      draft.date = latest.value;
      draft.provenance['date'] = { article: facts.article.id, span: latest.span, from: `rule:date-from-${scope}` };
      return;
    }
  }
  const field = facts.article.infobox?.fields.find((f) => f.key === 'date');
  const boxDate = facts.article.mentions.filter(isDate).find((m) => m.sentence === null && field && m.span.start >= field.span.start && m.span.end <= field.span.end);
  if (boxDate && field) {
    draft.date = boxDate.value;
    draft.provenance['date'] = { article: facts.article.id, span: boxDate.span, from: `infobox:${field.label}` };
  }
}

// Of a sentence's dates, the one told nearest its trigger: "On 8 April, rebels detonated …, three days later
// took an Army checkpoint …, but Syrian Army units took it back the next day" dates each act by its own words.
// ("attacked the city on 25 February, and captured it … by 1 March": a date before ", and" is the earlier verb's.)
function nearestDate(facts: Facts, dates: readonly DateMention[], trigger: { start: number; end: number } | undefined, sentenceStart: number): DateMention | undefined {
  if (!trigger || dates.length < 2) return undefined;
  const text = facts.article.text;
  const distance = (d: DateMention): number => {
    if (d.span.end > trigger.start) {
      const after = text.slice(trigger.end, d.span.start);
      return Math.max(0, d.span.start - trigger.end) + (CLAUSE_BREAK.test(after) || COMMA_SPLICE.test(after) ? CLAUSE_PENALTY : 0);
    }
    const between = text.slice(d.span.end, trigger.start);
    const fronted = SUBORDINATE_OPENER.test(text.slice(sentenceStart, d.span.start)) && between.includes(',');
    return trigger.start - d.span.end + (CLAUSE_BREAK.test(between) || fronted ? CLAUSE_PENALTY : 0);
  };
  return [...dates].sort((a, b) => distance(a) - distance(b))[0];
}
const CLAUSE_BREAK = /[,;]\s*(?:and|but|while|before|after|then)\b/i;
// "had recaptured positions around Talysh, On 6 April, news footage showed …": a capital after a comma opens another sentence
const COMMA_SPLICE = /,\s*(?:On|In|By|During)\s/;
// "Despite Russian forces withdrawing by early April, airstrikes continued throughout April and May": a date in a
// clause fronted by a subordinator tells that clause's time, not the main clause's
const SUBORDINATE_OPENER = /^\s*(?:despite|although|though|while|whereas|after|before|since|once|as|when|following)\b/i;
const CLAUSE_PENALTY = 100;

// The dates of the nearest earlier sentence of the same scope that states any.
function lastDated(facts: Facts, sentence: number, scope: 'block' | 'section'): DateMention[] {
  const same = scope === 'block' ? facts.blockOf : facts.sectionOf;
  for (let i = sentence - 1; i >= 0; i--) {
    if (same[i] !== same[sentence] || same[i] === undefined) continue;
    const dates = (facts.bySentence.get(i) ?? []).filter(isDate);
    if (dates.length > 0) return dates;
  }
  return [];
}

// "### 28 February" over "About 18:00, Ukrainian troops reportedly destroyed a Russian military base": the
// dates of the heading of the innermost section holding the sentence
function headingDates(facts: Facts, sentence: number): DateMention[] {
  const at = facts.article.sentences[sentence]?.span.start ?? -1;
  const section = facts.article.sections.filter((s) => s.extent.start <= at && at < s.extent.end).sort((a, b) => b.level - a.level)[0];
  if (!section) return [];
  return facts.article.mentions.filter(isDate).filter((m) => m.sentence === null && m.span.start >= section.span.start && m.span.end <= section.span.end);
}

// The sentence's last date of its finest precision: "from 25 February 2022 until 12 March 2022, during the
// 2022 invasion" hands on the days, not the year of the war they belong to.
const PRECISION_RANK = { day: 0, week: 1, month: 2, year: 3 } as const;
function finest(dates: readonly DateMention[]): DateMention | undefined {
  const best = Math.min(...dates.map((d) => PRECISION_RANK[d.value.precision]));
  return dates.findLast((d) => PRECISION_RANK[d.value.precision] === best);
}

/** A time of day the trigger's sentence states, as written. */
export function fillTime(facts: Facts, draft: EventDraft): void {
  const sentence = draft.sentences[0] ?? 0;
  const time = (facts.bySentence.get(sentence) ?? []).find((m): m is TimeMention => m.kind === 'time');
  if (time) {
    draft.time = time.value.time;
    draft.provenance['time'] = { article: facts.article.id, span: time.span, from: 'prose' };
  }
}

// "in and around Gao", "near Aleppo", "the outskirts of Mosul": the event is near the place, not at it.
const NEAR = /\b(?:in and around|around|near|nearby|outskirts of|north of|south of|east of|west of|close to|vicinity of)\s+(?:the\s+)?(?:\w+\s+of\s+)?$/i;

/** ACLED's geo precision: the place entity's, loosened to 2 when the words put the event near it. */
export function fillPrecision(facts: Facts, draft: EventDraft): void {
  const place = draft.location ? facts.entity.get(draft.location) : undefined;
  if (!place || place.precision === null) return;
  const span = draft.provenance['location']?.span;
  const sentence = draft.sentences[0] ?? 0;
  const start = facts.article.sentences[sentence]?.span.start ?? 0;
  const before = span ? sentenceText(facts, sentence).slice(0, span.start - start) : '';
  // a place the words never gave this event, only the article, is its region at best
  if (draft.provenance['location']?.from === 'rule:article-main-place') draft.geo_precision = 3;
  else draft.geo_precision = place.precision === 1 && NEAR.test(before) ? 2 : place.precision;
}

/**
 * Where, when the trigger's sentence names no place ("captured the town"): the latest place named
 * earlier in the paragraph, then the section, then the infobox's first place, then the town the
 * article names most; each says so in its provenance.
 */
export function fillLocation(facts: Facts, draft: EventDraft): void {
  // a country named in the sentence ("in Ukraine") says less than a town of it told around the sentence
  const country = draft.location !== null && facts.entity.get(draft.location)?.precision === 'country' ? facts.entity.get(draft.location) : undefined;
  if (draft.location !== null && !country) return;
  const sentence = draft.sentences[0] ?? 0;
  // "in the center of the city": a town told before, not the province it lies in
  const town = saysTown(facts, draft);
  const isPlace = (m: Mention): m is NameMention => m.kind === 'place' && m.entity !== null && facts.entity.get(m.entity)?.precision !== 'country' && (!town || facts.entity.get(m.entity)?.precision !== 3);
  for (const scope of ['block', 'section'] as const) {
    const same = scope === 'block' ? facts.blockOf : facts.sectionOf;
    const earlier: NameMention[] = [];
    for (let i = 0; i <= sentence; i++) if (same[i] === same[sentence]) earlier.push(...(facts.bySentence.get(i) ?? []).filter(isPlace));
    // ("the easiest route for Russian forces to reach the port of Odessa": a place a move heads for is not where it happened)
    const latest = earlier.filter((m) => m.span.start < (draft.evidence[0]?.end ?? Infinity) && within(facts, m, country) && !namedAsGoal(facts, m)).pop();
    if (latest?.entity) return setLocation(facts, draft, latest, `rule:place-from-${scope}`);
  }
  const field = facts.article.infobox?.fields.find((f) => f.key === 'place' || f.key === 'location');
  const boxPlace = field ? facts.article.mentions.filter(isPlace).find((m) => m.sentence === null && m.span.start >= field.span.start && m.span.end <= field.span.end && within(facts, m, country)) : undefined;
  if (boxPlace && field) return setLocation(facts, draft, boxPlace, `infobox:${field.label}`);
  // no infobox place: the town the article names most ("explosions at the Saky airbase" told throughout)
  const main = country ? undefined : mainPlace(facts);
  if (main) setLocation(facts, draft, main, 'rule:article-main-place');
}

// A place inside the country the sentence named, or any place when it named none.
function within(facts: Facts, m: NameMention, country: { country: string | null } | undefined): boolean {
  return country === undefined || facts.entity.get(m.entity ?? '')?.country === country.country;
}

function setLocation(facts: Facts, draft: EventDraft, mention: NameMention, from: string): void {
  draft.location = mention.entity;
  draft.inherited.add('location');
  draft.provenance['location'] = { article: facts.article.id, span: mention.span, from };
}

/**
 * A place no layer could put on the map ("the al-Jadidah neighborhood") gives way to the nearest
 * place the words tie it to that is on the map ("western Mosul"), at precision 2: part of it or near it.
 */
export function fillMappedLocation(facts: Facts, draft: EventDraft): void {
  const place = draft.location ? facts.entity.get(draft.location) : undefined;
  if (!place) return;
  const mapped = (m: Mention): m is NameMention => facts.mappedPlaceSet.has(m);
  const field = facts.article.infobox?.fields.find((f) => f.key === 'place' || f.key === 'location');
  const boxed = facts.mappedPlaces.filter((m) => m.sentence === null && field && m.span.start >= field.span.start && m.span.end <= field.span.end);
  const standIn = place.precision === 'country' ? null : placeStandIn(facts, place, boxed[0]);
  if (standIn?.mention.entity) {
    draft.location = standIn.mention.entity;
    draft.geo_precision = 2;
    draft.provenance['location'] = { article: facts.article.id, span: standIn.mention.span, from: standIn.rule };
    return;
  }
  // a namesake abroad ("Ma'an", Jordan, in a Syrian article) is as good as no place at all
  if (place.resolved && (inConflict(facts.conflictCountries, place.country) || place.precision === 'country')) return;
  const sentence = draft.sentences[0] ?? 0;
  const own = (facts.bySentence.get(sentence) ?? []).filter(mapped);
  const earlierIn = (same: number[]): NameMention[] => {
    const found: NameMention[] = [];
    for (let i = 0; i < sentence; i++) if (same[i] === same[sentence]) found.push(...(facts.bySentence.get(i) ?? []).filter(mapped).filter((m) => !namedAsGoal(facts, m)));
    return found;
  };
  // the sentence's own mapped place, then the paragraph's latest, the section's latest, the infobox's first
  const town = saysTown(facts, draft);
  const fits = (m: NameMention): boolean => !town || facts.entity.get(m.entity ?? '')?.precision !== 3;
  const near = own.filter(fits)[0] ?? earlierIn(facts.blockOf).filter(fits).pop() ?? earlierIn(facts.sectionOf).filter(fits).pop() ?? boxed[0];
  if (near?.entity) {
    draft.location = near.entity;
    draft.geo_precision = 2;
    draft.provenance['location'] = { article: facts.article.id, span: near.span, from: 'rule:nearest-mapped-place' };
    return;
  }
  // nothing near it on the map: the town the article names most, known only as the event's region (3)
  const main = mainPlace(facts);
  if (!main?.entity) return;
  draft.location = main.entity;
  draft.geo_precision = 3;
  draft.provenance['location'] = { article: facts.article.id, span: main.span, from: 'rule:article-main-place' };
}

// "in the city", "the town's center": the event's clause or its paragraph speaks of a town, so no province stands in for it
const TOWN_WORDS = /\b(?:the|this|that)\s+(?:(?:besieged|embattled|whole|entire|same)\s+)?(?:city|town|village)(?:'s)?\b/i;
// ("On 5 June, a curfew was imposed in the city. The government used helicopters to bomb the militants.": the
// paragraph's city, not the province the section named last)
function saysTown(facts: Facts, draft: EventDraft): boolean {
  const clause = draft.evidence[0];
  if (clause !== undefined && TOWN_WORDS.test(facts.article.text.slice(clause.start, clause.end))) return true;
  const sentence = draft.sentences[0] ?? 0;
  const block = facts.blockOf[sentence];
  for (let i = sentence - 1; i >= 0 && block !== undefined && facts.blockOf[i] === block; i--) if (TOWN_WORDS.test(sentenceText(facts, i))) return true;
  return false;
}

function mainPlace(facts: Facts): NameMention | undefined {
  const counts = new Map<string, { n: number; first: NameMention }>();
  for (const m of facts.mappedPlaces) {
    if (!m.entity) continue;
    const seen = counts.get(m.entity);
    counts.set(m.entity, { n: (seen?.n ?? 0) + 1, first: seen?.first ?? m });
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.first;
}
