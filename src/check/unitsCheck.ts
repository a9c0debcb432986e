import { figureVerdicts, showFigure } from './_figureVerdicts.js';
import { listedNames } from './_listedNames.js';
import { namesFound, namesReason } from './_namesFound.js';
import { verdict, type FieldChecker } from './fieldChecker.js';
import { isUnknownValue, infoboxFigures } from '../resolve/index.js';

/**
 * `UnitsN`: named units as names (agrees when the prose names one), counted ones as counts: "4 Rafale
 * fighter jets" agrees with "four Rafale fighter jets" — same number, same head noun — unless the
 * prose count is about another side. Never contradicts: a sortie of two of the four jets is no denial.
 * @example unitsCheck.check(context, units1).evidence // span of "four Rafale fighter jets"
 */
export const unitsCheck: FieldChecker = {
  name: 'units',
  keys: /^units?(\d*)$/,
  check(context, field) {
    if (isUnknownValue(field.value)) return verdict(field, 'unsupported', null, 'the infobox names none');
    const digits = /(\d+)$/.exec(field.key)?.[1];
    const figures = infoboxFigures(context.article, field, null).filter((f) => f.kind === null);
    const { agrees } = figureVerdicts(context, figures, digits === undefined ? null : Number(digits), 'count');
    if (agrees) return verdict(field, 'agrees', agrees.prose.span, `prose gives ${showFigure(agrees.prose)}`);
    const names = namesFound(context, listedNames(context.article, field));
    const first = names.found[0];
    if (first) return verdict(field, 'agrees', first.span, namesReason(names));
    return verdict(field, 'unsupported', null, figures.length > 0 ? 'no prose count like it' : namesReason(names));
  },
};
