import type { Count, InfoboxField, QuantityMention } from '../../model/index.js';
import { parseNumber } from '../../recognise/quantities/index.js';
import type { ResolvedArticle } from '../index.js';
import { CASUALTY_WORDS_SOURCE, casualtyKind, type CasualtyKind } from './casualtyWords.js';
import { isNoneValue } from './emptyValue.js';
import { fieldMentions } from './fieldMentions.js';
import { isCivilianUnit, type Figure } from './figure.js';

// Where one listed figure ends: "91 troops killed (11 non-combat), 123 wounded · 9 civilians killed".
const ITEM_END = /[·,;:(\n]/;
const CASUALTY = new RegExp(CASUALTY_WORDS_SOURCE, 'iu');
// A bare number, as some infoboxes give one: "- Deaths: 3", "- Strength1: 15,000 · 14,000", "<40", "~300", "1,500+".
const BARE_NUMBER = /(?<![\p{L}\p{N}.,])(~|c\.\s*|approx\.\s*|about\s+|<|>)?(\d{1,3}(?:,\d{3})+|\d+)(\+)?(?![\p{L}\p{N}]|[.,]\d)/giu;

/**
 * The figures an infobox field gives. A figure's loss is its own noun ("60+ killed"), else a casualty
 * word among the next few of its item ("7 soldiers and civilians killed"), else `fallback` (what the
 * field's key says: "deaths" → killed). "None" is one figure of zero.
 * @example infoboxFigures(seed, casualties2, 'casualties') // [{ count: more than 60, head: '', kind: 'killed', … }]
 */
export function infoboxFigures(article: ResolvedArticle, field: InfoboxField, fallback: CasualtyKind | null): Figure[] {
  const zeroKind = fallback ?? 'casualties';
  if (isNoneValue(field.value)) {
    return [{ count: { low: 0, best: 0, high: 0, qualifier: 'exact' }, head: '', kind: zeroKind, civilian: false, span: field.span, active: false, mention: null }];
  }
  const quantities = fieldMentions(article, field).filter((m): m is QuantityMention => m.kind === 'quantity');
  if (quantities.length === 0) return bareNumbers(field, fallback);
  return quantities.map((mention) => {
    const { count, unit, head } = mention.value;
    const civilian = isCivilianUnit(unit);
    const own = casualtyKind(head);
    if (own) return { count, head: '', kind: own, civilian, span: mention.span, active: false, mention };
    const item = article.text.slice(mention.span.end, field.span.end).split(ITEM_END)[0] ?? '';
    const word = CASUALTY.exec(item.split(/\s+/).slice(0, 6).join(' '))?.[1];
    const kind = word ? casualtyKind(word) : fallback;
    return { count, head, kind, civilian, span: mention.span, active: false, mention };
  });
}

function bareNumbers(field: InfoboxField, kind: CasualtyKind | null): Figure[] {
  return [...field.value.matchAll(BARE_NUMBER)].flatMap((match) => {
    const value = parseNumber(match[2] ?? '')?.value;
    if (value === undefined) return [];
    const start = field.span.start + match.index;
    const span = { start, end: start + match[0].length };
    return [{ count: bareCount(value, match[1]?.trim() ?? '', match[3] === '+'), head: '', kind, civilian: false, span, active: false, mention: null }];
  });
}

function bareCount(value: number, before: string, plus: boolean): Count {
  if (plus || before === '>') return { low: value, best: value, high: null, qualifier: 'more_than' };
  if (before === '<') return { low: null, best: null, high: value, qualifier: 'fewer_than' };
  if (before !== '') return { low: value, best: value, high: value, qualifier: 'about' };
  return { low: value, best: value, high: value, qualifier: 'exact' };
}
