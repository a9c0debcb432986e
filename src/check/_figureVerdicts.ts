import type { CheckContext } from './checkContext.js';
import { showCount } from './_counts.js';
import { judgeFigure, type FigureMode } from './_judgeFigure.js';
import { proseFigures } from './_proseFigures.js';
import { type Figure } from '../resolve/index.js';

/** The first infobox figure the prose confirms, and the first it contradicts. */
export interface FigureVerdicts {
  agrees: { figure: Figure; prose: Figure } | null;
  contradicts: { figure: Figure; prose: Figure } | null;
}

const cache = new WeakMap<CheckContext, Figure[]>();

/**
 * Judges each of a field's figures against the prose. A field listing several figures ("Per Ukraine:
 * 52 soldiers killed · Per Russia: 7 … killed") often lists rival claims, so one that agrees is kept
 * even where another is contradicted.
 * @example figureVerdicts(context, infoboxFigures(seed, casualties2, 'casualties'), 2, 'casualties').agrees?.prose.count.low // 60
 */
export function figureVerdicts(context: CheckContext, figures: readonly Figure[], side: number | null, mode: FigureMode): FigureVerdicts {
  let prose = cache.get(context);
  if (!prose) cache.set(context, (prose = proseFigures(context.article)));
  const result: FigureVerdicts = { agrees: null, contradicts: null };
  for (const figure of figures) {
    const alone = figures.filter((f) => f.kind === figure.kind).length === 1;
    const judged = judgeFigure(context, { figure, side, mode, alone }, prose);
    if (judged?.verdict === 'agrees') result.agrees ??= { figure, prose: judged.prose };
    if (judged?.verdict === 'contradicts') result.contradicts ??= { figure, prose: judged.prose };
  }
  return result;
}

/**
 * A figure in a few words, its noun as the article wrote it.
 * @example showFigure(sixtyJihadistsKilled) // 'more than 60 jihadists killed'
 */
export function showFigure(figure: Figure): string {
  const noun = figure.head === '' ? (figure.civilian ? 'civilian' : '') : (figure.mention?.value.unit ?? figure.head);
  return [showCount(figure.count), noun, figure.kind ?? ''].filter(Boolean).join(' ');
}
