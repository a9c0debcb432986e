// One colour per ACLED event type, the same on the map, the timeline, the table and the article view.
// Chosen to stay apart for the common kinds of colour blindness (Okabe–Ito palette).
const TYPE_COLOURS: Record<string, string> = {
  Battles: '#d55e00',
  'Explosions/Remote violence': '#e69f00',
  'Violence against civilians': '#cc79a7',
  Protests: '#0072b2',
  Riots: '#009e73',
  'Strategic developments': '#6b6b6b',
};

/** The event types in legend order. */
export const EVENT_TYPES = Object.keys(TYPE_COLOURS);

/**
 * The colour of an ACLED event type.
 * @example typeColour('Battles') // '#d55e00'
 */
export function typeColour(type: string): string {
  return TYPE_COLOURS[type] ?? '#444444';
}

/** A class name for an event type ("Explosions/Remote violence" → "type-explosions-remote-violence"). */
export function typeClass(type: string): string {
  return `type-${type.toLowerCase().replace(/[^a-z]+/g, '-')}`;
}
