import type { Entity, Event } from '../model/index.js';
import type { GoldEvent } from './goldFile.js';
import type { PredictedArticle } from './predictedArticle.js';
import { entityIndex } from './_names.js';
import { locateAll, overlapLength } from './_spans.js';
import { dateInside, haversineKm } from './_values.js';

export interface EventMatch {
  gold: GoldEvent;
  predicted: Event;
}

export interface EventMatching {
  matches: EventMatch[];
  unmatchedGold: GoldEvent[];
  unmatchedPredicted: Event[];
}

interface Candidate extends EventMatch {
  overlap: number;
  typeRight: boolean;
  dateRight: boolean;
  distanceKm: number;
}

/**
 * Pairs gold and predicted events one-to-one. A pair is possible only when the prediction cites a
 * span overlapping an occurrence of one of the gold evidence quotes; pairs are taken greedily by
 * characters of overlap, then the same sub-event type (one sentence often tells two happenings, and
 * an analyst pairs the shelling row with the shelling, not with the assault beside it), then a date
 * inside the gold interval, then the nearer place, then required gold events before optional ones.
 * @example matchEvents(gold.events, predicted).matches // [{ gold: { id: 'gao-air-strikes', … }, predicted: { id: 'v1', … } }]
 */
export function matchEvents(gold: readonly GoldEvent[], predicted: PredictedArticle): EventMatching {
  const entities = entityIndex(predicted.entities);
  const candidates: Candidate[] = [];
  for (const g of gold) {
    const quotes = locateAll(predicted.text, g.evidence);
    for (const p of predicted.events) {
      const overlap = overlapLength(quotes, p.evidence);
      if (overlap === 0) continue;
      candidates.push({ gold: g, predicted: p, overlap, typeRight: sameType(g, p), dateRight: dateInside(g.date, p.date), distanceKm: distanceKm(g, p, entities) });
    }
  }
  candidates.sort(
    (a, b) =>
      b.overlap - a.overlap ||
      Number(b.typeRight) - Number(a.typeRight) ||
      Number(b.dateRight) - Number(a.dateRight) ||
      compareDistance(a.distanceKm, b.distanceKm) ||
      Number(b.gold.required) - Number(a.gold.required),
  );
  const usedGold = new Set<GoldEvent>();
  const usedPredicted = new Set<Event>();
  const matches: EventMatch[] = [];
  for (const c of candidates) {
    if (usedGold.has(c.gold) || usedPredicted.has(c.predicted)) continue;
    usedGold.add(c.gold);
    usedPredicted.add(c.predicted);
    matches.push({ gold: c.gold, predicted: c.predicted });
  }
  return {
    matches,
    unmatchedGold: gold.filter((g) => !usedGold.has(g)),
    unmatchedPredicted: predicted.events.filter((p) => !usedPredicted.has(p)),
  };
}

function sameType(gold: GoldEvent, predicted: Event): boolean {
  return gold.event_type === predicted.event_type && gold.sub_event_type === predicted.sub_event_type;
}

/**
 * Km from the gold point to the predicted place; Infinity when either is unknown, so it sorts last.
 * @example distanceKm(goldGaoStrike, { location: 'p1', … }, entities) // 0.02 (Gao geocoded 20 m from the gold point)
 */
export function distanceKm(gold: GoldEvent, predicted: Event, entities: ReadonlyMap<string, Entity>): number {
  const place = predicted.location === null ? undefined : entities.get(predicted.location);
  if (!gold.location || place?.lat == null || place.lon == null) return Infinity;
  return haversineKm(gold.location.lat, gold.location.lon, place.lat, place.lon);
}

// Infinity − Infinity is NaN, which sort treats as "equal" only by accident.
function compareDistance(a: number, b: number): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
