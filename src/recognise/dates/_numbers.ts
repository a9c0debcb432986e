// Small counts as prose writes them: "forty", "forty-five", "10", "1.5", "an", "one and a half".
const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/**
 * A regex source (no capture groups, case-insensitive use) for one count. Longer alternatives come
 * first so "forty-five" is not read as "forty".
 */
export const NUMBER = [
  // 1,000 · 72 · 1.5
  '\\d{1,3}(?:,\\d{3})+',
  '\\d+(?:\\.\\d+)?',
  // forty-five · twenty one · forty
  `(?:${TENS.join('|')})(?:[- ](?:${UNITS.slice(1, 10).join('|')}))?`,
  // eleven … one (longest first, so "seventeen" is not "seven")
  [...UNITS].reverse().join('|'),
  // half an (hour) · a dozen · a · an
  'half an?', 'a dozen', 'an?',
].map((alternative) => `(?:${alternative})`).join('|');

/** `NUMBER`, or "one and a half", as one regex source without capture groups. */
export const NUMBER_WITH_HALF = `(?:${NUMBER})(?:\\s+and\\s+a\\s+half)?`;

/**
 * The value of a count matched by `NUMBER`, or null.
 * @example numberValue('forty') // 40 — "The strikes lasted a total of forty minutes"
 */
export function numberValue(words: string): number | null {
  const text = words.toLowerCase().trim();
  const half = /\s+and\s+a\s+half$/.exec(text);
  if (half) {
    const whole = numberValue(text.slice(0, half.index));
    return whole === null ? null : whole + 0.5;
  }
  if (/^[\d,.]+$/.test(text)) {
    const value = Number(text.replace(/,/g, ''));
    return Number.isFinite(value) ? value : null;
  }
  if (text === 'a' || text === 'an') return 1;
  if (/^half an?$/.test(text)) return 0.5;
  if (text === 'a dozen') return 12;
  return wordValue(text);
}

function wordValue(text: string): number | null {
  const [tens = '', unit] = text.split(/[- ]/);
  const ten = TENS.indexOf(tens);
  if (ten >= 0) return (ten + 2) * 10 + (unit === undefined ? 0 : Math.max(UNITS.indexOf(unit), 0));
  const small = UNITS.indexOf(text);
  return small >= 0 ? small : null;
}
