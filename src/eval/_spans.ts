import type { Span } from '../model/index.js';

/** Every occurrence of each string in `text`, as spans (a gold quote may appear more than once). */
export function locateAll(text: string, quotes: readonly string[]): Span[] {
  const spans: Span[] = [];
  for (const quote of quotes) {
    if (quote.length === 0) continue;
    for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
      spans.push({ start: at, end: at + quote.length });
    }
  }
  return spans;
}

/** How many characters two sets of spans share, each set merged first so nothing counts twice. */
export function overlapLength(a: readonly Span[], b: readonly Span[]): number {
  const left = merge(a);
  const right = merge(b);
  let shared = 0;
  for (const x of left) {
    for (const y of right) shared += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  }
  return shared;
}

function merge(spans: readonly Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((x, y) => x.start - y.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}
