import { figureVerdicts, showFigure } from './_figureVerdicts.js';
import { verdict, type FieldChecker } from './fieldChecker.js';
import { type CasualtyKind, isUnknownValue, infoboxFigures } from '../resolve/index.js';

const KEYS = /^(casualties|losses|deaths|dead|fatalities|killed|injuries|injured|wounded|victims)(\d*)$/;
// What a figure with no casualty word of its own counts, by the field's key: "- Deaths: 3".
const KEY_KIND: Record<string, CasualtyKind> = { deaths: 'killed', dead: 'killed', fatalities: 'killed', killed: 'killed',
  injuries: 'wounded', injured: 'wounded', wounded: 'wounded' };

/**
 * `CasualtiesN`: each figure, with its qualifier and loss, against prose figures of the same loss about
 * side N — the side of combatantN: "60+ killed" agrees with "more than sixty jihadists were killed"
 * when "jihadists" is an alias of combatant2's group. Civilian figures meet civilian figures ("no
 * civilian casualties" is 0). "None" is zero: it agrees only with prose saying that side lost no one.
 * A prose figure about another side never decides the field.
 * @example casualtiesCheck.check(context, casualties2).evidence // span of "more than sixty jihadists were killed"
 */
export const casualtiesCheck: FieldChecker = {
  name: 'casualties',
  keys: KEYS,
  check(context, field) {
    if (isUnknownValue(field.value)) return verdict(field, 'unsupported', null, 'the infobox gives no figure');
    const [, word = '', digits = ''] = KEYS.exec(field.key) ?? [];
    const side = digits === '' ? null : Number(digits);
    const figures = infoboxFigures(context.article, field, KEY_KIND[word] ?? 'casualties').map((f) =>
      // A third casualties field with no third side holds civilian or other losses (the template's
      // own words); its "None" is most often "no civilian casualties".
      side !== null && side >= 3 && !context.sides.known(side) && f.count.best === 0 && f.head === '' ? { ...f, civilian: true } : f,
    );
    if (figures.length === 0) return verdict(field, 'unsupported', null, 'no figure read in the infobox');
    const { agrees, contradicts } = figureVerdicts(context, figures, side, 'casualties');
    if (agrees) return verdict(field, 'agrees', agrees.prose.span, `prose gives ${showFigure(agrees.prose)}`);
    if (contradicts) {
      return verdict(field, 'contradicts', contradicts.prose.span, `prose gives ${showFigure(contradicts.prose)}, infobox ${showFigure(contradicts.figure)}`);
    }
    const whose = figures.every((f) => f.civilian) ? 'civilians' : side === null ? null : context.sides.label(side);
    return verdict(field, 'unsupported', null, whose ? `no prose figure for ${whose}` : 'no prose figure for it');
  },
};
