/** Where a label sits beside its point. */
export type Side = 'right' | 'left' | 'bottom' | 'top';

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const GAP = 8;
const SIDES: Side[] = ['right', 'left', 'bottom', 'top'];

function boxOn(side: Side, x: number, y: number, w: number, h: number): Box {
  if (side === 'right') return { x0: x + GAP, y0: y - h / 2, x1: x + GAP + w, y1: y + h / 2 };
  if (side === 'left') return { x0: x - GAP - w, y0: y - h / 2, x1: x - GAP, y1: y + h / 2 };
  if (side === 'bottom') return { x0: x - w / 2, y0: y + GAP, x1: x + w / 2, y1: y + GAP + h };
  return { x0: x - w / 2, y0: y - GAP - h, x1: x + w / 2, y1: y - GAP };
}

const overlap = (a: Box, b: Box): number => Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));

/**
 * A side for each label (in screen pixels) so labels cover each other, the labelled points and the
 * other `points` (event markers) as little as possible; taken in order, each on the first side of
 * right, left, below, above that covers least.
 * @example placeLabels([{ x: 0, y: 0, width: 120, height: 18 }, { x: 30, y: 4, width: 90, height: 18 }]) // ['right', 'left']
 */
export function placeLabels(labels: { x: number; y: number; width: number; height: number }[], points: { x: number; y: number }[] = []): Side[] {
  const dots: Box[] = [...labels, ...points].map(({ x, y }) => ({ x0: x - 6, y0: y - 6, x1: x + 6, y1: y + 6 }));
  const placed: Box[] = [];
  return labels.map(({ x, y, width, height }) => {
    const scored = SIDES.map((side) => {
      const box = boxOn(side, x, y, width, height);
      return { side, box, cost: [...placed, ...dots].reduce((sum, other) => sum + overlap(box, other), 0) };
    });
    const best = scored.reduce((a, b) => (b.cost < a.cost ? b : a));
    placed.push(best.box);
    return best.side;
  });
}
