/**
 * The values by how often they occur, most first, ties in text order: a deterministic vote.
 * @example byVotes(['FSA', 'Free Syrian Army', 'FSA']) // ['FSA', 'Free Syrian Army']
 */
export function byVotes<T extends string | number>(values: readonly (T | null | undefined)[]): T[] {
  const counts = new Map<T, number>();
  for (const v of values) if (v !== null && v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0)).map(([v]) => v);
}
