/**
 * The first heading after the `i`th at its level or higher: where the `i`th's section ends. A loop,
 * not `slice(i + 1).find(…)`, which copied the rest of the list for every heading of the page.
 * @example nextAtOrAbove([{ level: 2 }, { level: 3 }, { level: 2 }], 0) // { level: 2 }, the third
 */
export function nextAtOrAbove<T extends { level: number }>(headings: readonly T[], i: number): T | undefined {
  const level = (headings[i] as T).level;
  for (let j = i + 1; j < headings.length; j++) if ((headings[j] as T).level <= level) return headings[j];
  return undefined;
}
