export { checkInfobox } from './checkInfobox.js';
export { fieldCheckers } from './fieldCheckers.js';
export { verdict, type FieldChecker } from './fieldChecker.js';
export { checkContext, type CheckContext } from './checkContext.js';
