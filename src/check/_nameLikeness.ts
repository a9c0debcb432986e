// Transliterated names vary letter by letter: "Kassem Saadeddin" and "Qassem Saadeddine" are one man.

// The prose's runs of capitalised words are compared with every commander the infobox lists that the
// prose does not name: each run's letters are worked out once, not once per commander (bounded, as
// a whole dump's runs would not fit).
const lettersOf = new Map<string, readonly string[]>();
const LETTERS_KEPT = 10_000;

/** Lower case, no diacritics, no titles' full stops: the letters a spelling comes down to. */
function letters(name: string): readonly string[] {
  let found = lettersOf.get(name);
  if (found) return found;
  if (lettersOf.size >= LETTERS_KEPT) lettersOf.clear();
  found = spelled(name);
  lettersOf.set(name, found);
  return found;
}

function spelled(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[\s'’-]+/)
    .filter((t) => t.length > 0);
}

/**
 * Whether two spellings of a person's name (two words or more) are the same name transliterated
 * differently: as many words, each within one letter's edit (two for words of seven letters or more).
 * @example sameTransliteratedName('Kassem Saadeddin', 'Qassem Saadeddine') // true
 * @example sameTransliteratedName('Zakir Hasanov', 'Hikmat Hasanov') // false
 */
export function sameTransliteratedName(a: string, b: string): boolean {
  const x = letters(a);
  const y = letters(b);
  if (x.length < 2 || x.length !== y.length) return false;
  return x.every((word, i) => {
    const other = y[i] ?? '';
    const allowed = Math.min(word.length, other.length) >= 7 ? 2 : 1;
    return editDistance(word, other, allowed) <= allowed;
  });
}

// Levenshtein distance, giving up once past `limit`.
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = row;
  }
  return previous[b.length] ?? limit + 1;
}
