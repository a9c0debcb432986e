import { casualtiesCheck } from './casualtiesCheck.js';
import { coordinatesCheck } from './coordinatesCheck.js';
import { dateCheck } from './dateCheck.js';
import type { FieldChecker } from './fieldChecker.js';
import { namesCheck } from './namesCheck.js';
import { placeCheck } from './placeCheck.js';
import { strengthCheck } from './strengthCheck.js';
import { timeCheck } from './timeCheck.js';
import { unitsCheck } from './unitsCheck.js';

/**
 * The field checkers, in order: a field goes to the first whose keys match its normalised key. Fields
 * none matches (result, status, partof, caption…) are not checked: they sum the prose up in
 * judgements no single sentence states. Coordinates are checked against the place field, not the prose.
 */
export const fieldCheckers: readonly FieldChecker[] = [dateCheck, timeCheck, placeCheck, coordinatesCheck, casualtiesCheck, strengthCheck, unitsCheck, namesCheck];
