import type { EventDraft } from './_draft.js';
import type { Facts } from './_facts.js';
import { datesMeet, daysBetween, inLead, infoboxDate, placesMeet, sidesMeet, summarisesArticle } from './_lead.js';
import { absorb } from './_absorb.js';

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
  const headline = drafts.find((d) => inLead(facts, d.sentences[0] ?? -1) && violent(d)) ?? drafts.find(violent);
  if (!headline) return { drafts, headline: null };
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
  const kept = drafts.filter((d) => {
    if (d === headline || !violent(d) || !datesMeet(d.date, headline.date) || !placesMeet(facts, d.location, headline.location) || !sidesMeet(d, headline)) return true;
    absorb(headline, d);
    return false;
  });
  return { drafts: kept, headline };
}
