import type { DateInterval, EventItem, MovementItem } from '../api.js';
import { dayMs } from '../dates.js';

/** One step of a story replay: an event, or one leg of a movement. `at` is its day (ms), null when undated. */
export type StoryStep =
  | { kind: 'event'; event: EventItem; at: number | null }
  | { kind: 'leg'; movement: MovementItem; leg: number; at: number | null };

const startOf = (date: DateInterval | null): number | null => (date === null ? null : dayMs(date.start));
const sameDay = (a: DateInterval | null, b: DateInterval | null): boolean =>
  a !== null && b !== null && a.precision === 'day' && b.precision === 'day' && a.start === b.start;

// The leg after which an event of the movement's day is told: the leg at the event's place (its
// action leg first), else the action leg (a strike without a stated time happened when they struck).
function anchorLeg(movement: MovementItem, event: EventItem): number {
  const legs = movement.legs.map((leg, i) => ({ leg, i }));
  const here = legs.filter(({ leg }) => leg.place.id === event.location?.id);
  const action = legs.find(({ leg }) => leg.role === 'action');
  return (here.find(({ leg }) => leg.role === 'action') ?? here.at(-1) ?? action)?.i ?? -1;
}

// Undated last.
const compareAt = (a: number | null, b: number | null): number => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a - b);
const byDate = (a: EventItem, b: EventItem): number => compareAt(startOf(a.date), startOf(b.date)) || (a.time ?? '').localeCompare(b.time ?? '');

/**
 * An article's events and movement legs in time order: events by date; each movement's legs in
 * flown order, with the events of its day told after the leg where they happened.
 * @example storySteps(seedEvents, seedMovements).map(describe) // MNLA takes Kidal (2012), Saint-Dizier, Spain, …, Gao, the strike at Gao, …, N'Djamena
 */
export function storySteps(events: EventItem[], movements: MovementItem[]): StoryStep[] {
  const after = new Map<MovementItem, Map<number, EventItem[]>>();
  const loose: EventItem[] = [];
  for (const event of [...events].sort(byDate)) {
    const movement = movements.find((m) => sameDay(m.date, event.date) && anchorLeg(m, event) >= 0);
    if (movement === undefined) {
      loose.push(event);
      continue;
    }
    const legs = after.get(movement) ?? new Map<number, EventItem[]>();
    const leg = anchorLeg(movement, event);
    legs.set(leg, [...(legs.get(leg) ?? []), event]);
    after.set(movement, legs);
  }
  const eventStep = (event: EventItem): StoryStep => ({ kind: 'event', event, at: startOf(event.date) });
  const blocks = [
    ...movements.map((movement) => ({
      at: startOf(movement.date),
      steps: movement.legs.flatMap((_, leg): StoryStep[] => [
        { kind: 'leg', movement, leg, at: startOf(movement.date) },
        ...(after.get(movement)?.get(leg) ?? []).map(eventStep),
      ]),
    })),
    ...loose.map((event) => ({ at: startOf(event.date), steps: [eventStep(event)] })),
  ];
  // Stable: on the same day a movement (listed first) comes before the loose events.
  blocks.sort((a, b) => compareAt(a.at, b.at));
  return blocks.flatMap((b) => b.steps);
}
