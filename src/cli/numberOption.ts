import { InvalidArgumentError } from 'commander';

/**
 * The parser of a whole-number option from `min` to `max`, for commander's `argParser`: anything
 * else is a usage error (status 2) that echoes what was typed, instead of NaN or a silent default.
 * @example new Option('--threads <n>').argParser(wholeNumber(1)) // --threads abc → "error: option '--threads <n>' argument 'abc' is invalid. not a whole number ≥ 1"
 */
export function wholeNumber(min: number, max = Number.MAX_SAFE_INTEGER, what = `a whole number ≥ ${min}`): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max) throw new InvalidArgumentError(`not ${what}`);
    return n;
  };
}

/**
 * The parser of a decimal option from `min` to `max` (`--min-f1 0.85`), refusing anything else as `wholeNumber` does.
 * @example fraction(0, 1)('0.85') === 0.85
 */
export function fraction(min: number, max: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^(?:\d+(?:\.\d*)?|\.\d+)$/.test(value) || n < min || n > max) throw new InvalidArgumentError(`not a number from ${min} to ${max}`);
    return n;
  };
}
