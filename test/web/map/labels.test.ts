import { describe, expect, it } from 'vitest';
import type { Leg } from '../../../src/web/api.js';
import { legLabel } from '../../../src/web/map/legLabel.js';
import { placeLabels } from '../../../src/web/map/placeLabels.js';

const leg = (role: Leg['role'], text: string, more: Partial<Leg> = {}): Leg => ({
  place: { id: 'e1', name: text, kind: 'place', aliases: [], lat: 0, lon: 0, country: null, admin1: null },
  role,
  time: null,
  offset_hours: null,
  span: { start: 0, end: 0 },
  text,
  ...more,
});

describe('legLabel', () => {
  it.each([
    ['took off from Saint-Dizier', leg('origin', 'Saint-Dizier'), 0, '1 origin · Saint-Dizier'],
    ['landing at the N’Djamena airbase around 4:30pm', leg('destination', "N'Djamena", { time: '16:30' }), 7, "8 destination · N'Djamena · 16:30"],
    ['around six hours after takeoff … Gao', leg('action', 'Gao', { offset_hours: { low: 6, best: 6, high: 6, qualifier: 'about' } }), 6, '7 action · Gao · ~6 h after takeoff'],
    ['six hours after takeoff … Gao', leg('action', 'Gao', { offset_hours: { low: 6, best: 6, high: 6, qualifier: 'exact' } }), 6, '7 action · Gao · 6 h after takeoff'],
  ])('%s', (_, given, index, label) => {
    expect(legLabel(given, index)).toBe(label);
  });
});

describe('placeLabels', () => {
  it('puts a lone label on the right', () => {
    expect(placeLabels([{ x: 100, y: 100, width: 80, height: 18 }])).toEqual(['right']);
  });

  it('keeps a label off the next point', () => {
    expect(placeLabels([{ x: 100, y: 100, width: 200, height: 18 }, { x: 140, y: 104, width: 120, height: 18 }])).toEqual(['left', 'right']);
  });

  it('puts a label below when both sides are taken', () => {
    const row = [0, 60, 120].map((x) => ({ x, y: 0, width: 100, height: 18 }));
    expect(placeLabels(row)).toEqual(['left', 'bottom', 'right']);
  });
});
