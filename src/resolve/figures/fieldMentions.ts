import type { InfoboxField, Mention, NameMention, Span } from '../../model/index.js';
import type { ResolvedArticle } from '../index.js';

const NAME_KINDS: ReadonlySet<string> = new Set(['actor', 'person', 'place', 'group']);

/**
 * What the recognisers read in one infobox field: its mentions outside any sentence and inside the
 * field's value, in order.
 * @example fieldMentions(seed, units1).map((m) => m.kind) // ['quantity'] — "4 Rafale fighter jets"
 */
export function fieldMentions(article: ResolvedArticle, field: InfoboxField): Mention[] {
  return article.mentions.filter((m) => m.sentence === null && inside(m.span, field.span));
}

/**
 * The names a field lists, leaving out what its parentheses add: "Artem Nasbulin (Ukrainian claim)"
 * lists one person, not Ukraine — a bracket holds a role, a source or a date, never another item.
 * @example fieldNames(article, commander2).map((m) => m.value.name) // ['Artem Nasbulin']
 */
export function fieldNames(article: ResolvedArticle, field: InfoboxField): NameMention[] {
  const brackets = bracketSpans(article.text, field.span);
  return fieldMentions(article, field).filter(
    (m): m is NameMention => NAME_KINDS.has(m.kind) && !brackets.some((b) => inside(m.span, b)),
  );
}

/**
 * Whether `inner` lies within `outer`.
 * @example inside(mojwa.span, combatant2.span) // true — "- Combatant2: MOJWA"
 */
export function inside(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

// "(Southern Front leader)", "(from 13 October 2019)": the spans between matching brackets.
function bracketSpans(text: string, span: Span): Span[] {
  const found: Span[] = [];
  const open: number[] = [];
  for (let i = span.start; i < span.end; i++) {
    if (text[i] === '(') open.push(i);
    else if (text[i] === ')' && open.length > 0) found.push({ start: open.pop() ?? i, end: i + 1 });
  }
  // An unclosed bracket runs to the end of the value.
  for (const start of open) found.push({ start, end: span.end });
  return found;
}
