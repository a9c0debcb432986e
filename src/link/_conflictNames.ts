import { nameKey } from './_nameKey.js';

/** Words that make a phrase the name of a conflict or a part of one. */
export const CONFLICT_WORD = /\b(?:wars?|conflicts?|insurgency|invasion|intervention|involvement|revolution|uprising|campaigns?|offensives?|counteroffensives?|operations?|phase|escalation|spillover|clashes|battles?|siege|attacks?|strikes?|airstrikes?|massacre|bombardment|bombing|ambush|explosions?|skirmishes|shield|resolve|barkhane|serval|crisis|terrorism)\b/i;

/**
 * The key a conflict's name is matched by: folded, no leading "the".
 * @example conflictKey('the Syrian Civil War') === conflictKey('Syrian civil war')
 */
export const conflictKey = (name: string): string => nameKey(name);

/**
 * The key without years and brackets, to match "the 2022 battle of Donbas" with "Battle of Donbas (2022)".
 * @example conflictBase('Battle of Donbas (2022)') === 'battle of donbas'
 */
export function conflictBase(name: string): string {
  return nameKey(name.replace(/\([^)]*\)/g, ' ').replace(/\b\d{4}(?:\s*[–-]\s*(?:\d{2,4}|present))?\b/g, ' '));
}

/**
 * The years a name states, sorted: two names with different years are different conflicts.
 * @example yearsOf('Rif Dimashq offensive (November 2012 – February 2013)') // ['2012', '2013']
 */
export function yearsOf(name: string): string[] {
  return [...new Set(name.match(/\b(?:1[89]|20)\d{2}\b/g) ?? [])].sort();
}

/**
 * The Latin-script names an infobox `conflict` value gives ("Battle of Aleppo · مَعْرَكَةُ حَلَبَ").
 * @example conflictNames('Siege of Base 46 حصار الفوج 46') // ['Siege of Base 46']
 */
export function conflictNames(value: string): string[] {
  return value
    .split(/\s*·\s*/)
    .map((part) => (part.split(/[^\p{Script=Latin}\p{N}\p{P}\p{Zs}]+/u).find((piece) => /\p{Script=Latin}/u.test(piece)) ?? '').replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '');
}
