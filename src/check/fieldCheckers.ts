import { casualtiesCheck } from './casualtiesCheck.js';
import { dateCheck } from './dateCheck.js';
import type { FieldChecker } from './fieldChecker.js';
import { namesCheck } from './namesCheck.js';
import { placeCheck } from './placeCheck.js';
import { strengthCheck } from './strengthCheck.js';
import { unitsCheck } from './unitsCheck.js';

/**
 * The field checkers, in order: a field goes to the first whose keys match its normalised key. Fields
 * none matches (result, partof, caption…) are not checked: prose cannot confirm a verdict of history.
 */
export const fieldCheckers: readonly FieldChecker[] = [dateCheck, placeCheck, casualtiesCheck, strengthCheck, unitsCheck, namesCheck];
