import type { DateInterval, DateMention, Entity, NameMention, Span } from '../model/index.js';
import { type ResolvedArticle, inside } from '../resolve/index.js';
import { fieldInterval } from './_dates.js';
import { readSides, type Sides } from './_sides.js';

const NAME_KINDS: ReadonlySet<string> = new Set(['actor', 'person', 'place', 'group']);

/** What every field check reads besides its field: the article, its sides, the event's dates. */
export interface CheckContext {
  article: ResolvedArticle;
  entities: ReadonlyMap<string, Entity>;
  sides: Sides;
  /** The interval the infobox's date field allows the whole event, or null. */
  event: DateInterval | null;
  /** The names in sentence `i`, in order. */
  namesIn(sentence: number): readonly NameMention[];
  /** The last date written in the same paragraph before `span`: the day a figure is about. */
  dateBefore(span: Span): DateInterval | null;
}

/**
 * Reads once what the field checks share.
 * @example checkContext(seed).event // { start: '2013-01-13', end: '2013-01-13', precision: 'day' }
 */
export function checkContext(article: ResolvedArticle): CheckContext {
  const names = new Map<number, NameMention[]>();
  for (const m of article.mentions) {
    if (m.sentence === null || !NAME_KINDS.has(m.kind)) continue;
    names.set(m.sentence, [...(names.get(m.sentence) ?? []), m as NameMention]);
  }
  const dateField = article.infobox?.fields.find((f) => f.key === 'date' || f.key === 'dates');
  const proseDates = article.mentions.filter((m): m is DateMention => m.kind === 'date' && m.sentence !== null && m.value.precision !== 'year');
  return {
    article,
    entities: new Map(article.entities.map((e) => [e.id, e])),
    sides: readSides(article),
    event: dateField ? fieldInterval(article, dateField) : null,
    namesIn: (sentence) => names.get(sentence) ?? [],
    dateBefore(span) {
      const block = article.blocks.find((b) => inside(span, b.span));
      if (!block) return null;
      const before = proseDates.filter((d) => inside(d.span, block.span) && d.span.start < span.start);
      return before.at(-1)?.value ?? null;
    },
  };
}
