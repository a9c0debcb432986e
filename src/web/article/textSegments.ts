/** A range of the article text to mark: an event's (or movement's) evidence, an entity mention, a check's deciding words. */
export interface Mark {
  start: number;
  end: number;
  kind: 'evidence' | 'mention' | 'check';
  /** The record id (`v1`, `m1`), entity id (`e4`) or check id (`c3`). */
  ref: string;
}

/** A stretch of text under the same marks. */
export interface Segment {
  start: number;
  end: number;
  evidence: string[];
  /** The entity of the innermost mention over it, if any. */
  mention: string | null;
  checks: string[];
}

const refs = (active: Set<Mark>, kind: Mark['kind']): string[] => [...new Set([...active].filter((m) => m.kind === kind).map((m) => m.ref))].sort();

/**
 * Cuts `[0, length)` where any mark starts or ends, so each piece can be drawn as one text node
 * inside the marks over it; marks may overlap and nest.
 * @example textSegments(10, [{ start: 2, end: 8, kind: 'evidence', ref: 'v1' }, { start: 4, end: 6, kind: 'mention', ref: 'e1' }])
 * // [0,2) none · [2,4) v1 · [4,6) v1 + e1 · [6,8) v1 · [8,10) none
 */
export function textSegments(length: number, marks: Mark[]): Segment[] {
  const clipped = marks.map((m) => ({ ...m, start: Math.max(0, Math.min(length, m.start)), end: Math.max(0, Math.min(length, m.end)) })).filter((m) => m.end > m.start);
  const at = new Map<number, { opens: Mark[]; closes: Mark[] }>();
  const edge = (n: number) => at.get(n) ?? (at.set(n, { opens: [], closes: [] }).get(n) as { opens: Mark[]; closes: Mark[] });
  for (const m of clipped) {
    edge(m.start).opens.push(m);
    edge(m.end).closes.push(m);
  }
  const cuts = [...new Set([0, length, ...at.keys()])].sort((a, b) => a - b);
  const active = new Set<Mark>();
  const segments: Segment[] = [];
  cuts.forEach((start, i) => {
    for (const m of at.get(start)?.closes ?? []) active.delete(m);
    for (const m of at.get(start)?.opens ?? []) active.add(m);
    const end = cuts[i + 1];
    if (end === undefined || end <= start) return;
    const mentions = [...active].filter((m) => m.kind === 'mention').sort((a, b) => a.end - a.start - (b.end - b.start));
    segments.push({ start, end, evidence: refs(active, 'evidence'), mention: mentions[0]?.ref ?? null, checks: refs(active, 'check') });
  });
  return segments;
}
