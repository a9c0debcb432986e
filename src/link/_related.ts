import { acronymOf, initialsOf } from './_acronym.js';
import { isCommonWord } from './_genericName.js';
import { nameKey } from './_nameKey.js';

// Significant words, cut to a stem: "irregulars" and "irregular" meet; "al", "of" and common nouns do not count.
function stems(text: string): Set<string> {
  const words = nameKey(text.replace(/\([^)]*\)/g, ' ')).split(' ');
  return new Set(words.filter((w) => w.length >= 3 && !isCommonWord(w)).map((w) => w.slice(0, 5)));
}

const abbreviation = (short: string, long: string): boolean => {
  const letters = acronymOf(short);
  return letters !== null && letters === initialsOf(long.replace(/\s*\([^)]*\)\s*$/, ''));
};

/**
 * Whether two names plausibly name one thing: a significant word in common, or one is the other's
 * acronym. Guards merges against an alias or a wikilink the article attached to the wrong entity
 * ("NDF" as an alias of "DFNS", a link to "ISIL territorial claims" from "Wilayat Halab").
 * @example related('Jabhat al-Nusra', 'Al-Nusra Front') === true
 * @example related('FSA', 'Free Syrian Army') === true
 * @example related('Wilayat Halab', 'ISIL territorial claims') === false
 */
export function related(a: string, b: string): boolean {
  if (abbreviation(a, b) || abbreviation(b, a)) return true;
  const x = stems(a);
  return [...stems(b)].some((s) => x.has(s));
}

/**
 * Whether a wikilink's page names a person: every word of a full name in the page's title, or the
 * reverse ("Aleksandr Lapin" and "Aleksandr Lapin (general)"); a shared first name is not enough.
 * @example personPage('Aleksandr Lapin (general)', 'Aleksandr Lapin') === true
 * @example personPage('Oleksandr Syrskyi', 'Oleksandr Tarnavskyi') === false
 */
export function personPage(page: string, name: string): boolean {
  const p = new Set(nameKey(page.replace(/\([^)]*\)/g, ' ')).split(' '));
  const n = nameKey(name).split(' ');
  return n.length >= 2 && (n.every((w) => p.has(w)) || [...p].every((w) => n.includes(w)));
}
