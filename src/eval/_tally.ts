/** Right answers out of those asked: ratios are only taken at the end, so articles add up (micro-average). */
export interface Tally {
  hit: number;
  total: number;
}

export const emptyTally = (): Tally => ({ hit: 0, total: 0 });

export function count(tally: Tally, right: boolean): void {
  tally.total++;
  if (right) tally.hit++;
}

export function addTally(into: Tally, from: Tally): void {
  into.hit += from.hit;
  into.total += from.total;
}

/** The share right, to four places; null when nothing was asked (no gold checks, no matched events). */
export function share(tally: Tally): number | null {
  return tally.total === 0 ? null : round(tally.hit / tally.total);
}

export function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
