export { quantityRecognisers, quantityForms } from './quantityRecognisers.js';
export { parseNumber, type ParsedNumber } from './parseNumber.js';
export { singularHead } from './singularHead.js';
export { CASUALTY_WORDS } from './_lexicon.js';
export { NONE_HEADS } from './noneForm.js';
export type { QuantityForm, NumberExpression } from './_form.js';
