// Number words as articles write them; indexes are their values.
const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };

/** A number as written, its value, and whether the words make it approximate ("a dozen"). */
export interface ParsedNumber {
  value: number;
  approximate: boolean;
}

// Past this a "number" is a run of digits, not a count (and loses precision as a double).
const MAX_DIGITS = 15;

/**
 * The value of a number written in digits or words, or null if the words are not one number.
 * @example parseNumber('twelve') // { value: 12, approximate: false } — "twelve laser-guided bombs"
 * @example parseNumber('1.5 million') // { value: 1500000, approximate: false }
 * @example parseNumber('a dozen') // { value: 12, approximate: true }
 */
export function parseNumber(written: string): ParsedNumber | null {
  const text = written.toLowerCase().replace(/\s+/g, ' ').trim();
  const dozen = /^(?:(half) )?(?:(.+) )?dozen$/.exec(text);
  if (dozen) {
    const times = dozen[2] === undefined || /^an?$/.test(dozen[2]) ? 1 : parseNumber(dozen[2])?.value;
    if (times === undefined) return null;
    return { value: (dozen[1] ? 6 : 12) * times, approximate: true };
  }
  const digits = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?: (hundred|thousand|million|billion))?$/.exec(text);
  if (digits) {
    const whole = (digits[1] ?? '').replace(/,/g, '');
    if (whole.length > MAX_DIGITS) return null;
    const value = Number(whole + (digits[2] ?? '')) * (SCALES[digits[3] ?? ''] ?? 1);
    return Number.isFinite(value) ? { value: Math.round(value * 1e6) / 1e6, approximate: false } : null;
  }
  const value = wordsValue(text.replace(/,/g, '').split(/[ -]/));
  return value === null ? null : { value, approximate: false };
}

// "one hundred and twenty" → 120; "two thousand five hundred" → 2500; "a hundred" → 100. Words in
// an order no number has ("twenty twenty", "hundred", "one and two") are not one number.
function wordsValue(words: readonly string[]): number | null {
  let state: Sum | null = { total: 0, current: 0, lastScale: Infinity, previous: '' };
  for (const [i, word] of words.entries()) {
    state = (word === 'a' || word === 'an') && i === 0 ? { ...state, current: 1, previous: word } : step(state, word);
    if (!state) return null;
  }
  if (['and', 'a', 'an'].includes(state.previous)) return null;
  return state.total + state.current;
}

interface Sum {
  total: number;
  current: number;
  lastScale: number;
  previous: string;
}

// One word added to the sum so far, or null where it cannot follow.
function step({ total, current, lastScale, previous }: Sum, word: string): Sum | null {
  const scale = SCALES[word];
  const unit = UNITS.indexOf(word);
  const ten = TENS.indexOf(word);
  const next = (value: number): Sum => ({ total, current: value, lastScale, previous: word });
  // "one hundred and twenty": "and" only joins a scale to what follows it
  if (word === 'and') return (SCALES[previous] ?? 0) >= 100 ? next(current) : null;
  if (ten >= 2) return current % 100 === 0 ? next(current + ten * 10) : null;
  if (unit >= 10) return current % 100 === 0 ? next(current + unit) : null;
  if (unit >= 0) return current % 10 === 0 ? next(current + unit) : null;
  if (scale === 100) return current > 0 && current < 100 ? next(current * 100) : null;
  if (scale === undefined || current === 0 || scale >= lastScale) return null;
  return { total: total + current * scale, current: 0, lastScale: scale, previous: word };
}
