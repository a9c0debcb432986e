import { casualtyKind } from './casualtyWords.js';

// Nouns that count people without saying which people: they fit any other count of people.
const GENERIC = new Set(['', 'person', 'people', 'man', 'men', 'individual', 'soul', 'life', 'toll']);

// Nouns for people under arms: one side's "soldiers" and its "fighters" count the same kind of thing.
const PERSONNEL = new Set(['soldier', 'troop', 'fighter', 'militant', 'personnel', 'serviceman', 'servicemen', 'combatant',
  'rebel', 'jihadist', 'insurgent', 'militiaman', 'militiamen', 'gunman', 'gunmen', 'guerrilla', 'terrorist', 'islamist',
  'separatist', 'member', 'marine', 'paratrooper', 'recruit', 'mercenary', 'loyalist', 'extremist', 'partisan', 'enemy']);

/** Nouns for the unarmed, singular: a figure of these is a civilian figure. */
export const CIVILIAN_HEADS: ReadonlySet<string> = new Set(['civilian', 'resident', 'villager', 'local', 'inhabitant',
  'refugee', 'protester', 'demonstrator', 'non-combatant', 'noncombatant', 'child', 'children', 'woman', 'women', 'bystander',
  'passer-by', 'worshipper', 'pedestrian']);

/**
 * Whether two counted nouns (singular heads) count the same kind of thing, so that their numbers can
 * be compared: the same noun, a casualty word or "people" against anything, or two nouns for people
 * under arms. "officer" against "soldier" is not: officers are some of the soldiers.
 * @example headsMeet('killed', 'jihadist') // true — "60+ killed" and "more than sixty jihadists"
 * @example headsMeet('soldier', 'officer') // false
 */
export function headsMeet(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y || isGeneric(x) || isGeneric(y)) return true;
  return PERSONNEL.has(x) && PERSONNEL.has(y);
}

/**
 * Whether a singular noun counts people under arms.
 * @example isPersonnel('fighter') // true — "~1,000 fighters"
 */
export function isPersonnel(head: string): boolean {
  return PERSONNEL.has(head.toLowerCase());
}

function isGeneric(head: string): boolean {
  return GENERIC.has(head) || casualtyKind(head) !== null;
}
