import { FORCE_NOUNS } from '../recognise/index.js';
import { countryByName, countryOfDemonym } from '../resolve/gazetteer/index.js';
import { isGenericName } from './_genericName.js';
import type { Member } from './_members.js';
import { nameKey } from './_nameKey.js';
import { related } from './_related.js';

// The words after a demonym that still name the state's own forces, not rebels or a named unit.
const STATE_WORDS = new Set([...[...FORCE_NOUNS].flatMap((n) => n.split(' ')), 'armed', 'regime', 'air', 'ground', 'naval', 'state', 'regular']);

// "Russia", "Russian forces", "the Russian army": the state itself, not "Syrian rebels" or "Russian Airborne Forces".
function namesState(name: string, code: string): boolean {
  if (countryByName(name)?.code === code) return true;
  const [first, ...rest] = nameKey(name).split(' ');
  return countryOfDemonym(first ?? '') === code && rest.every((w) => STATE_WORDS.has(w));
}

/**
 * The names a member may be matched by across articles: a person's full name only (aliases include
 * roles, surnames are shared), a state's name and its demonym forces, otherwise its name and the
 * aliases that share a significant word with it or abbreviate it — never a bare common noun.
 * @example matchNames(russia) // ['Russia', 'Russian forces', 'Russian troops']
 * @example matchNames(fsa) // ['Free Syrian Army', 'FSA', 'FSA rebels']
 */
export function matchNames(m: Member): string[] {
  if (m.generic) return [];
  if (m.kind === 'person') return nameKey(m.name).includes(' ') ? [m.name] : [];
  if (m.kind === 'civilians') return [m.name];
  if (m.state) return m.names.filter((n) => namesState(n, m.state ?? ''));
  return m.names.filter((n) => !isGenericName(n) && (n === m.name || related(n, m.name)));
}
