import { foldName } from '../resolve/gazetteer/index.js';

/**
 * A name folded for comparison across articles: case, diacritics and punctuation folded as the
 * gazetteer folds them, and a leading article dropped ("the Free Syrian Army" = "Free Syrian Army").
 * @example nameKey('the Free Syrian Army') === 'free syrian army'
 * @example nameKey("Jabhat al-Nuṣra") === 'jabhat al nusra'
 */
export function nameKey(name: string): string {
  return foldName(name).replace(/^(?:the|a|an) /, '');
}
