import type { Entity } from '../model/index.js';
import type { GoldActor } from './goldFile.js';
import type { EventMatch } from './matchEvents.js';
import { distanceKm } from './matchEvents.js';
import { entityNames, goldNames, sharesName } from './_names.js';
import { count, emptyTally, type Tally } from './_tally.js';
import { dateInside, valueMatches } from './_values.js';

export const EVENT_FIELDS = [
  'event_type', 'sub_event_type', 'date', 'location', 'actor1', 'actor2', 'fatalities', 'civilian_fatalities',
] as const;
export type EventField = (typeof EVENT_FIELDS)[number];
export type FieldTallies = Record<EventField, Tally>;

export function emptyFieldTallies(): FieldTallies {
  return Object.fromEntries(EVENT_FIELDS.map((f) => [f, emptyTally()])) as FieldTallies;
}

/**
 * Counts which fields of a matched pair are right. `fatalities` counts low, best and high as three
 * answers, so one wrong figure of three costs a third.
 */
export function scoreEventFields(match: EventMatch, entities: ReadonlyMap<string, Entity>, into: FieldTallies): void {
  const { gold, predicted } = match;
  count(into.event_type, predicted.event_type === gold.event_type);
  count(into.sub_event_type, predicted.sub_event_type === gold.sub_event_type);
  count(into.date, dateInside(gold.date, predicted.date));
  count(into.location, locationRight(match, entities));
  count(into.actor1, actorRight(gold.actor1, predicted.actor1, entities));
  count(into.actor2, actorRight(gold.actor2, predicted.actor2, entities));
  for (const figure of ['low', 'best', 'high'] as const) {
    count(into.fatalities, valueMatches(gold.fatalities[figure], predicted.fatalities[figure]));
  }
  count(into.civilian_fatalities, valueMatches(gold.civilian_fatalities, predicted.civilian_fatalities));
}

function locationRight({ gold, predicted }: EventMatch, entities: ReadonlyMap<string, Entity>): boolean {
  if (gold.location === null) return predicted.location === null;
  return distanceKm(gold, predicted, entities) <= gold.location.tolerance_km;
}

function actorRight(gold: GoldActor | null, predicted: string | null, entities: ReadonlyMap<string, Entity>): boolean {
  if (gold === null) return predicted === null;
  if (predicted === null) return false;
  return sharesName(goldNames(gold.name, gold.aliases), entityNames(entities.get(predicted)));
}
