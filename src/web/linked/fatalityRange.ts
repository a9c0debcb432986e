import type { EventLinks } from '../linkApi.js';

/**
 * The deaths the sources of a linked event report, as words: the best figure, then the range when the
 * sources disagree; empty when none gives a figure.
 * @example fatalityRange({ low: 50, best: 60, high: 90 }) // '60 killed (50–90 across sources)'
 */
export function fatalityRange(f: EventLinks['fatalities']): string {
  const best = f.best ?? f.low;
  if (best === null) return '';
  const [low, high] = [f.low ?? best, f.high ?? best];
  return low === high && low === best ? `${best} killed` : `${best} killed (${low}–${high} across sources)`;
}
