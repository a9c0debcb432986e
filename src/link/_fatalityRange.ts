import type { LinkEvent } from '../store/index.js';

/** How the best figure of a linked event is chosen; kept on each cluster. */
export const BEST_RULE = 'median of the sources’ best figures (the lower middle one when their number is even)';

const finite = (values: readonly (number | null)[]): number[] => values.filter((v): v is number => v !== null && Number.isFinite(v));

/**
 * The fatality range across sources, UCDP-style: low the lowest low, high the highest high (a
 * source's best or low stands in for a figure it lacks), best the lower median of the sources' best.
 * Null where no source gives any figure.
 * @example fatalityRange([{ low: 60, best: 60, high: null }, { low: 50, best: 70, high: 100 }]) // { low: 50, best: 60, high: 100 }
 */
export function fatalityRange(figures: readonly LinkEvent['fatalities'][]): LinkEvent['fatalities'] {
  const lows = finite(figures.map((f) => f.low ?? f.best));
  const highs = finite(figures.map((f) => f.high ?? f.best ?? f.low));
  const bests = finite(figures.map((f) => f.best)).sort((a, b) => a - b);
  return {
    low: lows.length > 0 ? Math.min(...lows) : null,
    best: bests.length > 0 ? (bests[Math.floor((bests.length - 1) / 2)] ?? null) : null,
    high: highs.length > 0 ? Math.max(...highs) : null,
  };
}
