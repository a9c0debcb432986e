import type { DateInterval, DateMention, Span } from '../model/index.js';
import type { ResolvedArticle } from '../resolve/index.js';
import { dateRelation, fieldInterval } from './_dates.js';
import { verdict, type FieldChecker } from './fieldChecker.js';

// A prose date within the event beats one that only holds it ("January 2013"), which beats one that straddles it.
const RANK = { inside: 0, around: 1, straddles: 2 } as const;
// A yearless date ("On 3 April") agrees only where no date with its year does.
const YEARLESS = 3;
const CALENDAR = 'date:calendar';
// The preposition that opens a date's phrase belongs to its evidence: "On January 13, 2013".
const PREPOSITION = /(?<![\p{L}])(on|in|since|from|by|until|between|during)\s+$/iu;

/**
 * `Date`: agrees when a prose date lies within the infobox's interval, or holds it at month precision;
 * contradicts only when nothing agrees and the opening paragraph — where an article dates its event —
 * gives a date outside it; otherwise unsupported. A relative date was anchored to the infobox's own
 * date, so it cannot confirm it; a yearless one ("On 3 April") confirms only when nothing better does.
 * @example dateCheck.check(context, date).evidence // span of "On January 13, 2013" — infobox "January 13, 2013"
 */
export const dateCheck: FieldChecker = {
  name: 'date',
  keys: /^dates?$/,
  check(context, field) {
    const { article } = context;
    const event = fieldInterval(article, field);
    if (!event) return verdict(field, 'unsupported', null, 'no date read in the infobox');
    const dates = proseDates(article);
    let best: { rank: number; date: DateMention } | null = null;
    for (const date of dates) {
      const relation = dateRelation(date.value, event);
      if (relation === 'apart' || (relation === 'around' && date.value.precision === 'year')) continue;
      const rank = RANK[relation] + (date.stated ? 0 : YEARLESS);
      if (!best || rank < best.rank) best = { rank, date };
    }
    if (best) return verdict(field, 'agrees', withPreposition(article.text, best.date.span), `prose dates it ${show(best.date.value)}`);
    const lead = dates.find((d) => d.stated && inOpening(article, d) && d.value.precision !== 'year');
    if (lead) return verdict(field, 'contradicts', withPreposition(article.text, lead.span), `the opening dates it ${show(lead.value)}`);
    return verdict(field, 'unsupported', null, 'no prose date within it');
  },
};

// Dates written as dates. A relative one ("the same day") leans on another date, perhaps the
// infobox's own, so it cannot confirm it; a yearless one ("On 3 April") took only its year from there.
function proseDates(article: ResolvedArticle): DateMention[] {
  return article.mentions.filter(
    (m): m is DateMention => m.kind === 'date' && m.sentence !== null && (m.anchor === null || (m.rule === CALENDAR && !m.stated)),
  );
}

// The opening paragraph, where an article dates its event ("On January 13, 2013, …"); later
// paragraphs of the lead give background as readily ("In the summer of 2017, the army launched …").
function inOpening(article: ResolvedArticle, date: DateMention): boolean {
  const first = article.sentences[0];
  const opening = first && article.blocks.find((b) => first.span.start >= b.span.start && first.span.end <= b.span.end);
  return opening !== undefined && date.span.start >= opening.span.start && date.span.end <= opening.span.end;
}

function withPreposition(text: string, span: Span): Span {
  const found = PREPOSITION.exec(text.slice(Math.max(0, span.start - 12), span.start));
  return found ? { start: span.start - found[0].length, end: span.end } : span;
}

function show(date: DateInterval): string {
  return date.start === date.end ? date.start : `${date.start}…${date.end}`;
}
