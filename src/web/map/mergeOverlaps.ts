/** Something drawn on the map, in pixels: its centre, its diameter, how many events it stands for. */
export interface Disc<T> {
  x: number;
  y: number;
  size: number;
  count: number;
  item: T;
}

/** Discs taken together: the centre weighted by count, the diameter that count is drawn at. */
export interface Merged<T> {
  x: number;
  y: number;
  size: number;
  count: number;
  items: T[];
}

// Clusters closer than this (edge to edge, in pixels) are one.
const GAP = 2;

const clash = <T>(a: Merged<T>, b: Merged<T>): boolean => (a.count > 1 || b.count > 1) && Math.hypot(a.x - b.x, a.y - b.y) < (a.size + b.size) / 2 + GAP;

/**
 * Merges every cluster that overlaps another cluster or a lone event into one, until no cluster
 * overlaps anything: supercluster places its clusters at the mean of their points, which can fall
 * within a ring's width of the next, and the map draws them at fractional zooms too. Lone events
 * may still overlap each other (several at one place); they carry no number to hide.
 * @example mergeOverlaps([{ x: 0, y: 0, size: 38, count: 22, item: 'a' }, { x: 20, y: 5, size: 38, count: 14, item: 'b' }], clusterSize) // one disc of 36 at (11.4, 1.9)
 */
export function mergeOverlaps<T>(discs: readonly Disc<T>[], sizeOf: (count: number) => number): Merged<T>[] {
  const groups: Merged<T>[] = discs.map(({ x, y, size, count, item }) => ({ x, y, size, count, items: [item] }));
  // A merged cluster is bigger and may reach a third: look again from the start after each merge.
  for (let merged = true; merged; ) {
    merged = false;
    for (let i = 0; i < groups.length && !merged; i++) {
      const a = groups[i] as Merged<T>;
      const j = groups.findIndex((b, k) => k > i && clash(a, b));
      if (j < 0) continue;
      const [b] = groups.splice(j, 1) as [Merged<T>];
      const count = a.count + b.count;
      groups[i] = { x: (a.x * a.count + b.x * b.count) / count, y: (a.y * a.count + b.y * b.count) / count, size: sizeOf(count), count, items: [...a.items, ...b.items] };
      merged = true;
    }
  }
  return groups;
}
