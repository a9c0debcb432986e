import { formatInterval } from '../dates.js';
import { legLabel } from '../map/legLabel.js';
import type { StoryStep } from './storySteps.js';

/** What the story panel says about a step: a heading, who and when, and the article's own words. */
export interface StepText {
  heading: string;
  detail: string;
  words: string;
}

/**
 * The words shown for a story step; a leg's words are the evidence sentence that names its place.
 * @example stepText(steps[1]).heading // '1 origin · Saint-Dizier'
 */
export function stepText(step: StoryStep): StepText {
  if (step.kind === 'event') {
    const { event } = step;
    const actors = [event.actor1?.name, event.actor2?.name].filter((n) => n !== undefined).join(' → ');
    const deaths = event.fatalities.best === null ? '' : ` · ${event.fatalities.best} killed`;
    return {
      heading: `${event.sub_event_type} · ${event.location?.name ?? 'no place'}`,
      detail: `${formatInterval(event.date)}${event.time ? ` ${event.time}` : ''}${actors ? ` · ${actors}` : ''}${deaths}`,
      words: event.evidence[0]?.text ?? event.notes,
    };
  }
  const { movement } = step;
  const leg = movement.legs[step.leg];
  if (leg === undefined) return { heading: '', detail: '', words: '' };
  const vehicles = movement.vehicles ? `${movement.vehicles.count ?? ''} ${movement.vehicles.kind}`.trim() : '';
  const who = [movement.actor?.name, vehicles].filter(Boolean).join(', ');
  const sentence = movement.evidence.find((e) => e.start <= leg.span.start && leg.span.end <= e.end);
  return {
    heading: legLabel(leg, step.leg),
    detail: `${formatInterval(movement.date)} · leg ${step.leg + 1} of ${movement.legs.length}${who ? ` · ${who}` : ''}`,
    words: sentence?.text ?? leg.text,
  };
}
