import type { NameLexicon } from '../../model/index.js';

/**
 * A country's code from its name, including dotted abbreviations the lexicon lists without dots.
 * @example countryCode(lexicon, 'U.S.') === 'US'
 */
export function countryCode(lexicon: NameLexicon, name: string): string | null {
  const bare = name.replace(/^the /i, '');
  return lexicon.countryCodeOf(bare) ?? (/^(\p{Lu}\.){2,3}$/u.test(bare) ? lexicon.countryCodeOf(bare.replace(/\./g, '')) : null);
}
