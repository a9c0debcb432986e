import { memoized } from '../_memo.js';

// Letters NFKD does not decompose, spelled the way GeoNames' ASCII names spell them.
const LETTERS: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', ı: 'i', þ: 'th', ħ: 'h',
};

// Apostrophes and the Arabic ʿayn/hamza marks: "N'Djamena" = "Ndjamena", "Ma‘arrat" = "Maarrat".
const APOSTROPHES = /['`´ʻʼʽʾʿ‘’′]/g;

/**
 * A name folded for exact matching: lower case, no diacritics, no apostrophes, hyphens and other
 * punctuation as single spaces.
 * @example foldName("Ménaka") === 'menaka'
 * @example foldName("Maarrat al-Nu'man") === 'maarrat al numan'
 */
export function foldName(name: string): string {
  return foldOnce(name);
}

// Resolve folds the same few hundred names of an article again and again (each lookup, each ranking,
// each vote): each is folded once. Pure, so remembering changes nothing; bounded for a whole dump.
const foldOnce = memoized(fold, 20_000);

function fold(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđðłıþħ]/g, (c) => LETTERS[c] ?? c)
    .replace(APOSTROPHES, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
