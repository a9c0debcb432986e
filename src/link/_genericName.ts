import { CIVILIAN_NOUNS, FORCE_NOUNS, GROUP_NOUNS } from '../recognise/index.js';
import { nameKey } from './_nameKey.js';

// Words that describe fighters, forces or places without naming any: a name made only of these
// ("rebel forces", "pro-government militias", "Special Operations Forces", "the town") is a common
// noun phrase, and two articles using it may mean different groups.
const DESCRIPTIVE = [
  'a an the some many several other others their its his her they them it this that these those al el as ar ad ash',
  'local armed unidentified unknown pro anti government regime opposition rebel islamist jihadist militant insurgent',
  'foreign allied enemy hostile regular irregular special operations operation elite heavy light main',
  'group groups positions position unit units brigade brigades battalion battalions division divisions regiment company',
  'staff coalition protection members member commander commanders leader leaders official officials source sources',
  'activists activist volunteers volunteer defenders defender attackers attacker assailants assailant men personnel people',
  'population crowd crowds tribal security air ground guard guards naval reserve reserves reinforcements garrison',
  'armed forces army military command headquarters intelligence service services',
  'town city village villages area areas region province district base airbase airport checkpoint checkpoints highway road',
  'bridge river border front frontline outskirts neighbourhood neighborhood countryside plain plains hill hills',
  'mountain mountains valley north south east west northern southern eastern western central',
  // who a crowd is, not which group: "Shia militias", "Kurdish fighters"
  'sunni shia shiite alawite druze christian kurdish arab turkmen assyrian tribal bedouin yazidi tuareg',
  'council committee ministry authorities administration occupation backed led',
  // the common nouns group names are built from, alone: "Party", "State", "Ahrar"
  'movement front party state jihad liberation organization organisation alliance union legion mujahideen',
  'ansar jabhat jaysh jaish liwa harakat ahrar katibat saraya jund junud command resistance revolutionaries squad',
].flatMap((line) => line.split(' '));

const COMMON = new Set([...DESCRIPTIVE, ...GROUP_NOUNS, ...CIVILIAN_NOUNS, ...[...FORCE_NOUNS].flatMap((n) => n.split(' '))]);

/**
 * Whether a folded word is one of the descriptive words no name is made of alone (plural or singular).
 * @example isCommonWord('militias') === true && isCommonWord('nusra') === false
 */
export const isCommonWord = (word: string): boolean => COMMON.has(word) || (word.endsWith('s') && COMMON.has(word.slice(0, -1))) || COMMON.has(`${word}s`);

/**
 * Whether a name is a bare common noun phrase that names nobody in particular: no capital letter at
 * all, or every word descriptive. A country in brackets does not make it a name ("Unidentified Armed
 * Group (Syria)"); such names are never merged across articles and never tell two events apart.
 * @example isGenericName('rebel forces') === true
 * @example isGenericName('Unidentified Armed Group (Syria)') === true
 * @example isGenericName('Free Syrian Army') === false
 */
export function isGenericName(name: string): boolean {
  const bare = name.replace(/\s*\([^)]*\)\s*$/, '');
  if (!/\p{Lu}/u.test(bare)) return true;
  const words = nameKey(bare).split(' ').filter((w) => w !== '');
  return words.length === 0 || words.every(isCommonWord);
}
