import { textAt, textColumn, type TextColumn } from './_columns.js';
import { foldName } from './foldName.js';
import { nameSkeleton } from './nameSkeleton.js';

/** How a key reached a place: its own name, an alternate name, or only their skeletons. */
export const TIER = { name: 0, alt: 1, skeletonName: 2, skeletonAlt: 3 } as const;

/**
 * Sorted keys (folded names and skeletons) with their postings (`row * 4 + tier`), searched by
 * bisection. The keys stay one UTF-8 buffer with offsets: 860k small strings would cost ~37 MB
 * more than the text itself, in every thread.
 */
export interface KeyIndex {
  /** The keys, sorted as JS sorts strings (by UTF-16 code units). */
  keys: TextColumn;
  /** Postings of key k are `postings[starts[k] .. starts[k + 1])`. */
  starts: Int32Array;
  postings: Int32Array;
}

/**
 * How many keys an index holds.
 * @example keyCount(loadBaseLayer().index) // ≈ 860,000 for cities500
 */
export function keyCount(index: KeyIndex): number {
  return index.keys.starts.length - 1;
}

// Arabic article prefixes: "Al Qāmishlī" is "Qamishli" too, at the same tier. The skeleton rules
// drop these anywhere in a name; only a leading one is dropped from a folded key.
const LEADING_ARTICLE = /^(?:al|el|ar|as|ad|an|ash|at|az|ath|adh|ed|es|er|ez|et|en) (?=\S)/;

/**
 * The folded keys of a name: its folded form, and that form without a leading Arabic article.
 * @example foldedKeys('Al-Hasakah') // ['al hasakah', 'hasakah']
 */
export function foldedKeys(name: string): string[] {
  const folded = foldName(name);
  const bare = folded.replace(LEADING_ARTICLE, '');
  return bare === folded ? [folded] : [folded, bare];
}

// Ukrainian romanisations: "Kam'yane" (BGN/PCGN, the apostrophe folded away) is "Kamiane" (the national
// system of 2010): a consonant's "y" before a vowel is "i".
const Y_GLIDE = /(?<=[bcdfghjklmnpqrstvwxz])y(?=[aeiou])/g;

/**
 * A folded name with a consonant's "y" before a vowel read as "i", or '' when it has none: a key the
 * village layer adds (not the towns', where "Shar'ya" would meet the word "Sharia") and every query asks.
 * @example glideKey('kamyane') === 'kamiane'
 */
export function glideKey(folded: string): string {
  const glide = folded.replace(Y_GLIDE, 'i');
  return glide === folded ? '' : glide;
}

/** Loose keys start with this, so they never meet a folded name or a skeleton. */
export const LOOSE_MARK = '~';

/**
 * A skeleton's consonants, for the vowels romanisations disagree on ("Kernaz" = "Karnaz" = "Kurnaz",
 * all "krnz"): the weakest evidence, kept for the village layer only and trusted only near the
 * article's places. '' for a skeleton too short to say anything (under five letters).
 * @example looseKey('kirnaz') === '~krnz'
 */
export function looseKey(skeleton: string): string {
  return skeleton.length < 5 ? '' : LOOSE_MARK + skeleton[0] + skeleton.slice(1).replace(/[aeiouy]/g, '');
}

/**
 * Adds a place's names to a key → postings map under construction; `loose` adds their loose keys too.
 * @example addNames(acc, 0, ['Timbuktu'], ['Tombouctou']) // keys timbuktu, tombouctou and their skeletons
 */
export function addNames(acc: Map<string, number[]>, row: number, names: readonly string[], altNames: readonly string[], loose = false): void {
  const add = (key: string, tier: number): void => {
    if (key === '') return;
    const list = acc.get(key);
    if (list) list.push(row * 4 + tier);
    else acc.set(key, [row * 4 + tier]);
  };
  for (const [list, exact, skeleton] of [[names, TIER.name, TIER.skeletonName], [altNames, TIER.alt, TIER.skeletonAlt]] as const) {
    for (const name of list) {
      const keys = foldedKeys(name);
      for (const key of keys) add(key, exact);
      const sk = nameSkeleton(keys[0] ?? '');
      add(sk, skeleton);
      if (loose) {
        add(looseKey(sk), skeleton);
        add(glideKey(keys[0] ?? ''), exact);
      }
    }
  }
}

/**
 * Freezes the map into a `KeyIndex`, keeping each place once per key at its best tier.
 * @example lookupKey(freezeIndex(acc), 'tombouctou') // Int32Array [0 * 4 + TIER.alt]
 */
export function freezeIndex(acc: Map<string, number[]>): KeyIndex {
  const keys = [...acc.keys()].sort();
  const starts = new Int32Array(keys.length + 1);
  const out: number[] = [];
  keys.forEach((key, k) => {
    starts[k] = out.length;
    const best = new Map<number, number>();
    for (const p of acc.get(key) ?? []) {
      const row = p >> 2;
      best.set(row, Math.min(best.get(row) ?? 3, p & 3));
    }
    for (const [row, tier] of best) out.push(row * 4 + tier);
  });
  starts[keys.length] = out.length;
  return { keys: textColumn(keys), starts, postings: Int32Array.from(out) };
}

/**
 * The postings under one key (empty when absent).
 * @example lookupKey(base.index, 'gao') // the rows of Gao (ML) and of places with "Gao" as an alternate name
 */
export function lookupKey(index: KeyIndex, key: string): Int32Array {
  const at = ABOVE_SURROGATES.test(key) ? findText(index, key) : findBytes(index, Buffer.from(key, 'utf8'));
  return at < 0 ? new Int32Array(0) : index.postings.subarray(index.starts[at], index.starts[at + 1]);
}

// The keys are sorted by UTF-16 code units; UTF-8 bytes sort by code points. The two orders agree
// wherever one side has no character from U+D800 up, so such a key is searched by its bytes, without
// decoding a string at every step of the bisection (a lookup decoded ~20); any other by its text.
const ABOVE_SURROGATES = /[\uD800-\uFFFF]/;

function findBytes(index: KeyIndex, key: Buffer): number {
  const { bytes, starts } = index.keys;
  let lo = 0;
  let hi = keyCount(index) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    // the key at mid against the one sought: 0 same, -1 sorts before it, 1 after
    const order = bytes.compare(key, 0, key.length, starts[mid], starts[mid + 1]);
    if (order === 0) return mid;
    if (order < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function findText(index: KeyIndex, key: string): number {
  let lo = 0;
  let hi = keyCount(index) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const k = textAt(index.keys, mid);
    if (k === key) return mid;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
