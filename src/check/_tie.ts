import type { NameMention } from '../model/index.js';
import type { CheckContext } from './checkContext.js';
import { type Figure, inside } from '../resolve/index.js';

/** Whose a prose figure is: the sides its own words name, else the sides its sentence names. */
export interface Tie {
  sides: readonly number[];
  /** `own`: the counted noun names the side ("sixty jihadists"); `sentence`: only the sentence does; `none`. */
  how: 'own' | 'sentence' | 'none';
}

/**
 * The sides a prose figure is about. The counted words come first: in "more than sixty jihadists were
 * killed", "jihadists" is an alias of the group on side 2. Without a side in them, the sentence's names
 * stand in — a weaker tie — except that after a verb ("Russia had shot down one drone") the one side
 * the sentence names is the doer, so in a two-sided infobox the counted are the other side.
 * @example tieOf(context, sixtyJihadists) // { sides: [2], how: 'own' }
 */
export function tieOf(context: CheckContext, figure: Figure): Tie {
  const { mention } = figure;
  if (!mention || mention.sentence === null) return { sides: [], how: 'none' };
  const names = context.namesIn(mention.sentence);
  const sidesOf = (entities: readonly (string | null)[]): number[] => [
    ...new Set(entities.flatMap((e) => (e === null ? [] : context.sides.sidesOf(e)))),
  ];
  const inWords = names.filter((n) => inside(n.span, mention.span)).map((n) => n.entity);
  const own = sidesOf([...inWords, ...aliasesIn(context, mention.value.unit)]);
  if (own.length > 0) return { sides: own, how: 'own' };
  // "a mixed Russian column of up to 300 vehicles": a side named in the figure's own noun phrase, just before it
  const before = names.filter((n) => n.span.end <= mention.span.start && mention.span.start - n.span.end <= PHRASE_REACH && !/[,;:]|\b(?:and|but|while|before|after)\b/.test(context.article.text.slice(n.span.end, mention.span.start))).pop();
  const phrase = before ? sidesOf([before.entity]) : [];
  if (phrase.length === 1) return { sides: phrase, how: 'sentence' };
  const sentence = [...new Set([...sidesOf(names.map((n) => n.entity)), ...countriesActing(context, names)])];
  const [doer] = sentence;
  if (figure.active && doer !== undefined && sentence.length === 1) {
    const others = context.sides.all().filter((s) => s !== doer);
    return others.length === 1 ? { sides: others, how: 'sentence' } : { sides: [], how: 'none' };
  }
  return sentence.length > 0 ? { sides: sentence, how: 'sentence' } : { sides: [], how: 'none' };
}

/** How far before a figure, in characters, a side's name may stand in the figure's own noun phrase. */
const PHRASE_REACH = 25;

// A country named as a place stands for its state when it acts ("Russia reported"), not where it
// is a location ("in Russia", "over Spain").
const LOCATIVE = /(?<![\p{L}])(?:in|into|to|from|over|across|near|of|at|inside|within|through|via|towards?)\s+(?:the\s+)?$/iu;

function countriesActing(context: CheckContext, names: readonly NameMention[]): number[] {
  return names.flatMap((n) => {
    const entity = n.entity === null ? undefined : context.entities.get(n.entity);
    if (entity?.kind !== 'place' || entity.precision !== 'country' || entity.country === null) return [];
    if (LOCATIVE.test(context.article.text.slice(Math.max(0, n.span.start - 12), n.span.start))) return [];
    return context.sides.sidesOfCountry(entity.country);
  });
}

// Entities the counted words name without a mention: the recognisers may leave a name inside a count
// unread ("Twelve French soldiers", first in its sentence), and a bare group noun ("15 militants") is
// the side one of whose armed groups has a name ending with it ("JNIM militants"), if only one side's does.
function aliasesIn(context: CheckContext, unit: string): string[] {
  const words = ` ${unit.toLowerCase().replace(/[^\p{L}\p{N}'-]+/gu, ' ').trim()} `;
  const named = context.article.entities.filter((e) => e.aliases.some((a) => a.text.length > 2 && words.includes(` ${a.text.toLowerCase()} `)));
  const onSides = named.filter((e) => context.sides.sidesOf(e.id).length > 0);
  if (onSides.length > 0 || words.trim().includes(' ')) return onSides.map((e) => e.id);
  const endsWith = context.article.entities.filter(
    (e) => e.kind === 'armed_group' && context.sides.sidesOf(e.id).length > 0 && e.aliases.some((a) => a.text.includes(' ') && a.text.toLowerCase().endsWith(words.trimEnd())),
  );
  const sides = new Set(endsWith.flatMap((e) => context.sides.sidesOf(e.id)));
  return sides.size === 1 ? endsWith.map((e) => e.id) : [];
}
