import { figureVerdicts, showFigure } from './_figureVerdicts.js';
import { verdict, type FieldChecker } from './fieldChecker.js';
import { isUnknownValue, infoboxFigures } from '../resolve/index.js';

/**
 * `StrengthN`: agrees when the prose gives a compatible count of the same kind of thing, not about
 * another side and not a loss ("~1,000 fighters" with "about 1,000 fighters"); otherwise unsupported.
 * Prose never contradicts a strength: it so often counts a part of a force.
 * @example strengthCheck.check(context, strength2).verdict // 'agrees' — "More than 50 militants" and "over 50 militants attacked"
 */
export const strengthCheck: FieldChecker = {
  name: 'strength',
  keys: /^(?:strength|forces|troops)(\d*)$/,
  check(context, field) {
    if (isUnknownValue(field.value)) return verdict(field, 'unsupported', null, 'the infobox gives no figure');
    const digits = /(\d+)$/.exec(field.key)?.[1];
    const figures = infoboxFigures(context.article, field, null).filter((f) => f.kind === null);
    if (figures.length === 0) return verdict(field, 'unsupported', null, 'no figure read in the infobox');
    const { agrees } = figureVerdicts(context, figures, digits === undefined ? null : Number(digits), 'count');
    return agrees
      ? verdict(field, 'agrees', agrees.prose.span, `prose gives ${showFigure(agrees.prose)}`)
      : verdict(field, 'unsupported', null, 'no prose count like it');
  },
};
