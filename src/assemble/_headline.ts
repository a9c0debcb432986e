import type { NameMention } from '../model/index.js';
import type { EventDraft } from './_draft.js';
import { TRIGGER_FORMS, type TriggerEntry } from './lexicon/index.js';
import type { Facts } from './_facts.js';
import { datesMeet, daysBetween, inLead, infoboxDate, placesMeet, sidesMeet, summarisesArticle } from './_lead.js';
import { absorb } from './_absorb.js';
import { infoboxSides } from './_sides.js';
import { subTypeOf } from './_typing.js';
import { weaponIn } from './_weapon.js';

// "2017 Mosul airstrike", "Attack on Nova Kakhovka", "Tongo Tongo ambush", "2022 Novofedorivka explosions": a title naming a happening
const ONE_HAPPENING = /\b(?:attacks?|air ?strikes?|strikes?|bombings?|explosions?|massacre|ambush|raid|shelling|shootdown|sinking|assassination|bombardment|shootings?)\b/i;
// "Battle of Harem", "Siege of Marinka", "2016 Nagorno-Karabakh conflict": a title naming many
const MANY_HAPPENINGS = /\b(?:battles?|siege|offensive|campaign|war|conflict|clashes|operations?|insurgency|crisis|intervention)\b/i;
// A plural title ("Chornobaivka attacks") is one happening only when the lead tells it on one day.
const PLURAL = /\b(?:attacks|strikes|airstrikes|bombings|explosions|shootings)\b/i;
/** A happening told over at most this many days is one event. */
const ONE_EVENT_DAYS = 2;

/**
 * Whether the article is about one happening: its infobox dates it to a day or two, or, undated, its
 * title names one attack, strike or bombing.
 * @example isSingleHappening(factsOf(attackOnNovaKakhovka)) === true
 */
export function isSingleHappening(facts: Facts, drafts: readonly EventDraft[] = []): boolean {
  const date = infoboxDate(facts)?.value;
  if (date) return date.precision === 'day' && daysBetween(date.start, date.end) < ONE_EVENT_DAYS;
  const title = facts.article.title;
  if (!ONE_HAPPENING.test(title) || MANY_HAPPENINGS.test(title)) return false;
  if (!PLURAL.test(title)) return true;
  const lead = drafts.find((d) => inLead(facts, d.sentences[0] ?? -1) && d.date !== null);
  return lead?.date?.precision === 'day' && daysBetween(lead.date.start, lead.date.end) < ONE_EVENT_DAYS;
}

/**
 * Pass 3 (the headline): the lead says what the article is about. In an article about one happening,
 * its first event in the lead is that happening: it takes the infobox's date where the prose gave none
 * of its own, and every other violent event on those days at a place that fits joins it, whatever
 * words told it. In an
 * article about many (a battle of weeks, an offensive), a lead sentence that tells the whole ("The
 * Battle of Harem was fought between …") is no event of it.
 * @example anchorHeadline(facts, drafts) // Mosul airstrike: the strike of 17 March with the lead's two mentions
 */
export function anchorHeadline(facts: Facts, drafts: EventDraft[]): { drafts: EventDraft[]; headline: EventDraft | null } {
  if (!isSingleHappening(facts, drafts)) return { drafts: drafts.filter((d) => !summarisesArticle(facts, d.sentences[0] ?? -1)), headline: null };
  const violent = (d: EventDraft): boolean => d.event_type !== 'Strategic developments' && d.event_type !== 'Protests';
  const told = drafts.find((d) => inLead(facts, d.sentences[0] ?? -1) && violent(d)) ?? drafts.find(violent);
  // an article about one strike whose prose tells it in no words of the lexicon still has that one event
  const headline = told ?? fromTitle(facts);
  if (!headline) return { drafts, headline: null };
  if (!told) drafts = [headline, ...drafts];
  const box = infoboxDate(facts);
  // the infobox's day over no date, an inherited one, a contradicting one, or a coarser one that holds it ("during the 2022 invasion")
  const coarser = headline.date !== null && box !== null && headline.date.start <= box.value.start && box.value.end <= headline.date.end && (headline.date.start !== box.value.start || headline.date.end !== box.value.end);
  if (box && (headline.date === null || headline.inherited.has('date') || !datesMeet(headline.date, box.value) || coarser)) {
    headline.date = box.value;
    headline.inherited.add('date');
    const field = facts.article.infobox?.fields.find((f) => f.key === 'date');
    headline.provenance['date'] = { article: facts.article.id, span: box.span, from: `infobox:${field?.label ?? 'Date'}` };
  }
  // whatever words tell it ("explosions occurred at the airbase", "the attack on the air base", "aircraft
  // destroyed"), violence on those days at that place is the one happening the article is about
  sidesFromBox(facts, headline);
  retypeFromBox(facts, headline);
  const kept = drafts.filter((d) => {
    if (d === headline || !violent(d) || !datesMeet(d.date, headline.date) || spansMore(d, headline) || !placesMeet(facts, d.location, headline.location) || !sidesMeet(d, headline)) return true;
    absorb(headline, d);
    return false;
  });
  return { drafts: kept, headline };
}

// "air raids from 10 March to 17 March alone had killed more than 500 civilians": a span the words state beyond the
// headline's days holds it but is more than it (a span only inherited from a heading may be the headline's own)
function spansMore(d: EventDraft, headline: EventDraft): boolean {
  if (!d.date || !headline.date || d.inherited.has('date')) return false;
  return d.date.start < headline.date.start || d.date.end > headline.date.end;
}

// An attack's infobox names who did it and to whom ("Perpetrators: …", "Target: …"): the sides the prose leaves out.
function sidesFromBox(facts: Facts, headline: EventDraft): void {
  const sides = infoboxSides(facts).filter((side) => /^(?:perpetrators?|attackers?|assailants?|targets?|victims?)$/.test(side.field.key));
  const [doers, done] = [sides.find((x) => /^(?:perpetrators?|attackers?|assailants?)$/.test(x.field.key)), sides.find((x) => /^(?:targets?|victims?)$/.test(x.field.key))];
  for (const [field, side] of [['actor1', doers], ['actor2', done]] as const) {
    const first = side?.members.find((m) => 'entity' in m && m.entity);
    if (headline[field] !== null || !side || !first || !('entity' in first) || !first.entity) continue;
    headline[field] = first.entity;
    headline.inherited.add(field);
    headline.provenance[field] = { article: facts.article.id, span: first.span, from: `infobox:${side.field.label}` };
  }
}

// "Type: Missile strike", "Weapons: Kalibr cruise missiles": the infobox names the means the prose did not.
const MEANS_FIELD = /^(?:type|weapons?|attack_?type|method)$/;
function retypeFromBox(facts: Facts, headline: EventDraft): void {
  if (headline.weapon !== null) return;
  const field = facts.article.infobox?.fields.find((f) => MEANS_FIELD.test(f.key) && weaponIn(f.value) !== null);
  const weapon = field ? weaponIn(field.value) : null;
  const typed = weapon ? subTypeOf(weapon) : null;
  if (!field || !typed) return;
  headline.weapon = weapon;
  headline.event_type = typed.event_type;
  headline.sub_event_type = typed.sub_event_type;
  headline.provenance['event_type'] = { article: facts.article.id, span: field.span, from: `infobox:${field.label}` };
}

/**
 * The happening an article's title names, when its prose tells it in no trigger words: its kind from
 * the title ("X airstrike", "Attack on X", "X ambush"), its day and place from the infobox, its first
 * sentence as evidence; the other fields follow as for any headline.
 * @example fromTitle(facts)?.sub_event_type // 'Air/drone strike' for "2023 Somewhere airstrike"
 */
function fromTitle(facts: Facts): EventDraft | null {
  const entry = titleEntry(facts.article.title);
  const first = facts.article.sentences[0];
  if (!entry || !first) return null;
  const box = infoboxDate(facts);
  const field = facts.article.infobox?.fields.find((f) => f.key === 'place' || f.key === 'location');
  const place = field ? facts.article.mentions.find((m): m is NameMention => m.kind === 'place' && m.sentence === null && m.span.start >= field.span.start && m.span.end <= field.span.end && m.entity !== null) : undefined;
  const id = facts.article.id;
  const draft: EventDraft = {
    event_type: entry.event_type, sub_event_type: entry.sub_event_type, family: entry.family, weapon: entry.weapon ?? null,
    actor1: null, actor2: null, location: place?.entity ?? null, geo_precision: place ? (facts.entity.get(place.entity ?? '')?.precision ?? null) : null,
    date: box?.value ?? null, time: null, claims: [], civilianClaims: [], civilianParts: [], quantities: [],
    evidence: [first.span], provenance: { event_type: { article: id, span: facts.article.titleSpan, from: 'rule:headline-title' } },
    sentences: [0], inherited: new Set(['date', 'location']), refersBack: false, frame: 'predicate', subjectAt: first.span.start,
  };
  if (box) draft.provenance['date'] = { article: id, span: box.span, from: 'infobox:Date' };
  if (place && field) draft.provenance['location'] = { article: id, span: place.span, from: `infobox:${field.label}` };
  return draft;
}

// The first trigger family a title's words name, violent ones only.
function titleEntry(title: string): TriggerEntry | null {
  const words = title.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  for (let i = 0; i < words.length; i++) {
    const forms = (TRIGGER_FORMS.get(words[i] ?? '') ?? []).filter((f) => f.words.every((w, k) => words[i + k] === w));
    const entry = forms[0]?.entry;
    if (entry && entry.event_type !== 'Strategic developments' && entry.event_type !== 'Protests') return entry;
  }
  return null;
}
