import { listedNames } from './_listedNames.js';
import { namesFound, namesReason } from './_namesFound.js';
import { verdict, type FieldChecker } from './fieldChecker.js';
import { isNoneValue, isUnknownValue } from '../resolve/index.js';

/**
 * `CombatantN`, `CommanderN` and their kin: agrees when the prose names at least one listed item — by
 * any alias the resolver tied to its entity, a group noun included — with the first such prose words
 * as evidence; unsupported when it names none. Prose never contradicts a name: leaving one out is not
 * denying it.
 * @example namesCheck.check(context, combatant2).evidence // span of "Movement for Oneness and Jihad in West Africa (MOJWA)"
 */
export const namesCheck: FieldChecker = {
  name: 'names',
  keys: /^(?:combatants?|belligerents?|commanders?|leaders?|perpetrators?|attackers?|sides?|parties)\d*$/,
  check(context, field) {
    if (isUnknownValue(field.value) || isNoneValue(field.value)) return verdict(field, 'unsupported', null, 'the infobox names none');
    const persons = field.key.startsWith('commander') || field.key.startsWith('leader');
    const result = namesFound(context, listedNames(context.article, field, persons ? ['person'] : []));
    const first = result.found[0];
    return first ? verdict(field, 'agrees', first.span, namesReason(result)) : verdict(field, 'unsupported', null, namesReason(result));
  },
};
