// Regex sources (no capture groups; use with the `iu` flags) for one number as prose writes it.
// Each piece ends at a boundary, so an ordinal, a model designation or a clock time never matches.

const UNIT = '(?:one|two|three|four|five|six|seven|eight|nine)';
const TEEN = '(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';
const TEN = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
const SCALE = '(?:hundred|thousand|million|billion)';
// forty-five · forty five · forty · seventeen · seven (longer first)
const BELOW_HUNDRED = `(?:${TEN}(?:[- ]${UNIT})?|${TEEN}|${UNIT})`;
// One number word; a run of them is one word at a time, so a run splits one way only and the
// regex cannot backtrack through the ways to split it ("twenty-one" is never "twenty" + "-one").
const WORD = `(?:${TEN}|${TEEN}|${UNIT}|${SCALE})`;

// Not inside a word, a number or a designation ("M4", "T-72", "Su-25"), nor after a currency sign.
const DIGITS_BEFORE = '(?<![\\p{L}\\p{N}_$€£¥#@./:,]|\\p{L}[-–])';
// Not an ordinal or decade ("2nd", "1990s"), a clock time ("4:30"), a decimal cut short, a
// coordinate ("36.12°N"), a percentage ("40%") or a measure adjective ("20-mile").
const DIGITS_AFTER = '(?![\\p{L}\\p{N}_]|[.,]\\d|:\\d|\\s?[°′″%]|-\\p{L})';
const WORDS_BEFORE = '(?<![\\p{L}\\p{N}-])';
// Not an ordinal or fraction ("twenty-first", "one-third"), nor "one-sided".
const WORDS_AFTER = '(?![\\p{L}\\p{N}]|-\\p{L})';

/** A number in digits or words, one alternative per shape, longest first. */
export const NUMBER = [
  // 1,200 · 1.5 million · 60 · 3,846
  `${DIGITS_BEFORE}(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?: ${SCALE}(?![\\p{L}]))?${DIGITS_AFTER}`,
  // a dozen · half a dozen · two dozen
  `${WORDS_BEFORE}(?:half an?|an?|${BELOW_HUNDRED}) dozen${WORDS_AFTER}`,
  // one hundred and twenty · a thousand · two thousand five hundred · sixty · forty-five
  // (at most a dozen words: no count is longer, and a bound keeps a long run of words linear)
  `${WORDS_BEFORE}(?:an?[ -]${SCALE}|${WORD})(?:(?:[ -]|,? and )${WORD}){0,11}${WORDS_AFTER}`,
].map((piece) => `(?:${piece})`).join('|');

/**
 * A quick test for NUMBER (a QuantityForm's `hint`): every way NUMBER matches holds a digit or one of
 * these words (the teens end in "teen"), so a text without any of them, even inside other words,
 * holds no number. The `iu` flags fold case as NUMBER's do.
 * @example NUMBER_HINT.test('The rebels withdrew at dawn') === false
 */
export const NUMBER_HINT = /\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen/iu;

// Every number word NUMBER knows, whole ("thirteen", "fifteen" begin with no other), and "teen", which
// ends every teen: a regex source for hints that need a number to begin or end at a given place.
const NUMBER_WORDS = `${UNIT.slice(3, -1)}|${TEEN.slice(3, -1)}|teen|${TEN.slice(3, -1)}|${SCALE.slice(3, -1)}|dozen`;

/**
 * A quick test for a number followed by a range's joiner ("90–", "two or", "50 to"): NUMBER ends in
 * a digit or a number word, so a text without this holds no range (a `hint`; `iu` as the form's).
 * @example RANGE_HINT.test('between 50 and 150 civilians') === true
 */
export const RANGE_HINT = new RegExp(`(?:\\d|${NUMBER_WORDS})(?:\\s*[–—-]|\\s+(?:to|and|or)\\s)`, 'iu');

/**
 * A quick test for a qualifier's last word right before a number ("than 60", "least one", "some
 * a dozen", "~1,000"): NUMBER begins with a digit, a number word, "a"/"an" before a scale word or
 * "dozen", or "half" (a `hint`; `iu` as the form's).
 * @example QUALIFIED_HINT.test('more than sixty jihadists') === true
 */
export const QUALIFIED_HINT = new RegExp(
  `(?:than|as|most|of|least|over|about|around|approximately|approx\\.|roughly|some|estimated|nearly|almost|to|under|circa|c\\.|ca\\.|~)\\s*(?:\\d|${NUMBER_WORDS}|an?[ -](?:hundred|thousand|million|billion|dozen)|half)`,
  'iu',
);

/**
 * A year as a bare four-digit number, 1000–2099, which a count is only when a plural noun follows.
 * @example isYearLike('2014') // true — "after it fell under occupation of … (ISIL) in 2014"
 */
export function isYearLike(written: string): boolean {
  return /^(?:1\d{3}|20\d{2})$/.test(written.trim());
}
