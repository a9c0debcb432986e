import type { EventMention } from './_eventMention.js';
import type { Weapon } from './lexicon/index.js';
import { weaponAt } from './_phrases.js';
import { isPunctuation, type Word } from './_words.js';

// Families whose word names no weapon of its own, or only the usual one: the words around them say which.
const TYPED_BY_WEAPON = new Set(['attack', 'air-strike', 'shelling', 'strike', 'hit', 'fire', 'destroy', 'explosion', 'projectile']);
// The nouns that name their weapon outright ("airstrike", "missile strike", "car bomb"): the words around them do not retype them.
const OWN_WEAPON_NOUNS = /\b(?:air ?strikes?|air raids?|drone|missile|rocket|mortar|artillery|car bomb|roadside|ied|landmine|mine|tank fire)/i;
// How far from the trigger a weapon word may stand in its clause.
const REACH = 8;

/**
 * The weapon a mention was carried out with: the word's own ("an airstrike", "a car bomb"), else the
 * nearest weapon word in its clause ("shelled Al Hasakah with mortars", "Syrian warplanes attacked"),
 * else the family's usual one ("bombed" → aircraft), else none.
 * @example weaponOf(words('Russian forces bombed Kharkiv with cruise missiles'), bombed) // 'artillery'
 */
export function weaponOf(list: readonly Word[], mention: EventMention): Weapon | null {
  if (SENDS_ITS_OBJECT.has(mention.entry.family)) return objectWeapon(list, mention);
  const own = mention.entry.weapon ?? null;
  const named = list.slice(mention.first, mention.last + 1).map((w) => w.text).join(' ');
  if (!TYPED_BY_WEAPON.has(mention.entry.family) || (mention.pos === 'noun' && OWN_WEAPON_NOUNS.test(named))) return own;
  return weaponWithin(list, mention) ?? nearestWeapon(list, mention) ?? own;
}

// Before the trigger, its own subject or phrase ("Syrian warplanes attacked", "a Russian missile struck"),
// up to the verb before it; after it, only what follows "with", "using", "by" or "from" ("shelled Al
// Hasakah with mortars"): the object a strike destroyed ("destroyed an ISIS car bomb") is no weapon of its.
function nearestWeapon(list: readonly Word[], mention: EventMention): Weapon | null {
  // (an appositive between commas may stand between: "an Azerbaijani drone, identified as an Israeli-made IAI Harop,
  // attacked"; a hyphened participle is part of a name, no verb: "Israeli-made")
  for (let j = mention.first - 1, d = 1; j >= 0 && d <= REACH + 4 && list[j]?.text !== ';' && (list[j]?.pos !== 'VERB' || list[j - 1]?.text === ',' || list[j]?.hyphenated); j--, d++) {
    if (list[j]?.text === ',' && frontedAdjunct(list, j)) break;
    const found = longestEndingAt(list, j);
    if (found) return found;
  }
  const instrument = list.slice(mention.last + 1, mention.last + 10).findIndex((w) => INSTRUMENT.has(w.text) || w.text === ';');
  if (instrument >= 0 && list[mention.last + 1 + instrument]?.text === ';') return null;
  if (instrument < 0) return null;
  for (let j = mention.last + 2 + instrument, d = 1; j < list.length && d <= 5 && !isPunctuation(list[j]); j++, d++) {
    const found = weaponAt(list, j);
    if (found) return found.weapon;
  }
  return null;
}

const INSTRUMENT = new Set(['with', 'using', 'by', 'from']);

// Read backwards, the weapon whose words reach this word, the one that starts first: "a suicide bomber" is a
// suicide bombing, not the "bomber" aircraft its last word also names; "barrel bombs" reaches into its trigger.
const LONGEST_PHRASE = 3;
function longestEndingAt(list: readonly Word[], j: number): Weapon | null {
  for (let start = Math.max(0, j - LONGEST_PHRASE + 1); start <= j; start++) {
    const found = weaponAt(list, start);
    if (found && start + found.length - 1 >= j) return found.weapon;
  }
  return null;
}

// Verbs whose object is what they send: "launched seven missiles at Mykolaiv", "launched a salvo of Kalibr cruise
// missiles"; "launched an offensive" sends none, so it names no weapon.
const SENDS_ITS_OBJECT = new Set(['launch']);
// ("launched an intensive air-strike campaign": a campaign is no one blow)
const OBJECT_REACH = 6;
const OBJECT_END = new Set(['at', 'on', 'against', 'into', 'toward', 'towards', 'in']);
const CAMPAIGN_HEADS = new Set(['campaign', 'campaigns', 'operation', 'operations', 'offensive', 'offensives']);
function objectWeapon(list: readonly Word[], mention: EventMention): Weapon | null {
  let weapon: Weapon | null = null;
  for (let j = mention.last + 1, d = 1; j < list.length && d <= OBJECT_REACH && !isPunctuation(list[j]) && list[j]?.pos !== 'VERB' && !OBJECT_END.has(list[j]?.text ?? ''); j++, d++) {
    if (CAMPAIGN_HEADS.has(list[j]?.text ?? '')) return null;
    weapon ??= weaponAt(list, j)?.weapon ?? null;
  }
  return weapon;
}

// "In response to the air-strike, rebels bombarded …": a phrase opening the sentence before its subject tells
// another happening, whose weapon is not this one's
const OPENERS = new Set(['in', 'after', 'following', 'despite', 'amid', 'during', 'before', 'when', 'while', 'as', 'since', 'under']);
function frontedAdjunct(list: readonly Word[], comma: number): boolean {
  let start = comma - 1;
  while (start > 0 && !isPunctuation(list[start - 1])) start--;
  return start === 0 && OPENERS.has(list[0]?.text ?? '');
}

// "fired missiles into": the trigger's own words may name the weapon
function weaponWithin(list: readonly Word[], mention: EventMention): Weapon | null {
  for (let j = mention.first; j <= mention.last; j++) {
    const found = weaponAt(list, j);
    if (found) return found.weapon;
  }
  return null;
}

/**
 * The weapon a short free text names ("Missile strike", "Kalibr cruise missiles", "suicide bombing"),
 * the first one it holds; null when none.
 * @example weaponIn('Cruise missile strike') // 'artillery'
 */
export function weaponIn(text: string): Weapon | null {
  const list = text.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter((w) => w.length > 0).map((t) => ({ text: t, raw: t, start: 0, end: 0, pos: 'X', hyphenated: false }));
  for (let j = 0; j < list.length; j++) {
    const found = weaponAt(list, j);
    if (found) return found.weapon;
  }
  return null;
}
