import type { QuantityMention } from '../model/index.js';
import { type ResolvedArticle, casualtyKind, isCivilianUnit, type Figure } from '../resolve/index.js';
import { casualtyNear } from './_casualtyNear.js';

/**
 * Every number the prose gives, with what befell the counted when a casualty word says it:
 * "more than sixty jihadists were killed" → more than 60 jihadist, killed; "four Rafale fighter jets"
 * → 4 jet, no loss; "no civilian casualties" → 0 civilian casualties.
 * @example proseFigures(seed).find((f) => f.kind === 'killed')?.count.low // 60
 */
export function proseFigures(article: ResolvedArticle): Figure[] {
  const figures: Figure[] = [];
  for (const mention of article.mentions) {
    if (mention.kind !== 'quantity' || mention.sentence === null) continue;
    const sentence = article.sentences[mention.sentence];
    if (sentence) figures.push(proseFigure(article.text, sentence.span, mention));
  }
  return figures;
}

function proseFigure(text: string, sentence: { start: number; end: number }, mention: QuantityMention): Figure {
  const { count, unit, head } = mention.value;
  const civilian = isCivilianUnit(unit);
  // "sixty dead", "3,846 civilian deaths": the noun itself says what befell them.
  const own = casualtyKind(head);
  if (own) return { count, head: '', kind: own, civilian, span: mention.span, active: false, mention };
  const near = casualtyNear(text, sentence, mention.span);
  return { count, head, kind: near?.kind ?? null, civilian, span: near?.span ?? mention.span, active: near?.active ?? false, mention };
}
