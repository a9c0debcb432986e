export { CASUALTY_WORDS_SOURCE, casualtyKind, kindsMeet, type CasualtyKind } from './casualtyWords.js';
export { isNoneValue, isUnknownValue } from './emptyValue.js';
export { fieldMentions, fieldNames, inside } from './fieldMentions.js';
export { isCivilianUnit, type Figure } from './figure.js';
export { headsMeet, isPersonnel, CIVILIAN_HEADS } from './heads.js';
export { infoboxFigures } from './infoboxFigures.js';
