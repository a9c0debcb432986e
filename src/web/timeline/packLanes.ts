/**
 * Lanes for horizontal marks so none overlaps another: each mark, taken by its left edge, goes into
 * the first lane whose last mark ends `gap` pixels before it; past `most` lanes, marks share the last.
 * @example packLanes([{ x0: 0, x1: 10 }, { x0: 5, x1: 8 }, { x0: 20, x1: 30 }], 2) // [0, 1, 0]
 */
export function packLanes(marks: { x0: number; x1: number }[], gap: number, most = Infinity): number[] {
  const ends: number[] = [];
  const lanes = new Array<number>(marks.length).fill(0);
  const order = marks.map((_, i) => i).sort((a, b) => (marks[a]?.x0 ?? 0) - (marks[b]?.x0 ?? 0));
  for (const i of order) {
    const mark = marks[i];
    if (mark === undefined) continue;
    let lane = ends.findIndex((end) => end + gap <= mark.x0);
    if (lane === -1) lane = ends.length < most ? ends.length : ends.length - 1;
    ends[lane] = Math.max(ends[lane] ?? -Infinity, mark.x1);
    lanes[i] = lane;
  }
  return lanes;
}
