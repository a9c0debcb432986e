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

/** The fields an analyst must find right to accept a row without editing (gold README: complete rows). */
export const CORE_FIELDS = ['event_type', 'sub_event_type', 'date', 'location', 'actor1', 'actor2', 'fatalities'] as const satisfies readonly EventField[];

export function emptyFieldTallies(): FieldTallies {
  return Object.fromEntries(EVENT_FIELDS.map((f) => [f, emptyTally()])) as FieldTallies;
}

/**
 * Counts which fields of a matched pair are right and returns the wrong ones. `fatalities` counts
 * low, best and high as three answers, so one wrong figure of three costs a third (and makes the
 * field wrong).
 * @example scoreEventFields(match, entities, tallies) // ['actor2'] when only the target was missed
 */
export function scoreEventFields(match: EventMatch, entities: ReadonlyMap<string, Entity>, into: FieldTallies): EventField[] {
  const { gold, predicted } = match;
  const wrong: EventField[] = [];
  const tally = (field: EventField, right: boolean): void => {
    count(into[field], right);
    if (!right && !wrong.includes(field)) wrong.push(field);
  };
  tally('event_type', predicted.event_type === gold.event_type);
  tally('sub_event_type', predicted.sub_event_type === gold.sub_event_type);
  tally('date', dateInside(gold.date, predicted.date));
  tally('location', locationRight(match, entities));
  tally('actor1', actorRight(gold.actor1, predicted.actor1, entities));
  tally('actor2', actorRight(gold.actor2, predicted.actor2, entities));
  for (const figure of ['low', 'best', 'high'] as const) tally('fatalities', valueMatches(gold.fatalities[figure], predicted.fatalities[figure]));
  tally('civilian_fatalities', valueMatches(gold.civilian_fatalities, predicted.civilian_fatalities));
  return wrong;
}

/** Whether a matched pair has every core field right: a row an analyst accepts as it stands. */
export function isComplete(wrong: readonly EventField[]): boolean {
  return !CORE_FIELDS.some((field) => wrong.includes(field));
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
