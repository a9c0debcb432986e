import type { MentionDraft } from '../recogniser.js';

/** The names of places, persons and actors among an article's earlier mentions. */
export interface EarlierNames {
  places: ReadonlySet<string>;
  persons: readonly string[];
  actors: ReadonlySet<string>;
}

interface Tally {
  read: number;
  places: Set<string>;
  persons: string[];
  actors: Set<string>;
}

// The recognise stage only ever appends to an article's `earlier` list while it runs, so each list's
// names are gathered once, from where the last question left off: asking the whole list for every
// chunk of every sentence grew with the square of a long article's mentions.
const tallies = new WeakMap<readonly MentionDraft[], Tally>();

/**
 * The place, person and actor names in `earlier`.
 * @example earlierNames(context.earlier).places.has('Qarfa Shamaliya') // "once a place, always a place"
 */
export function earlierNames(earlier: readonly MentionDraft[]): EarlierNames {
  let tally = tallies.get(earlier);
  // a list that shrank is not the one tallied: start again
  if (!tally || tally.read > earlier.length) {
    tally = { read: 0, places: new Set(), persons: [], actors: new Set() };
    tallies.set(earlier, tally);
  }
  for (; tally.read < earlier.length; tally.read++) {
    const mention = earlier[tally.read] as MentionDraft;
    if (mention.kind === 'place') tally.places.add(mention.value.name);
    else if (mention.kind === 'person') tally.persons.push(mention.value.name);
    else if (mention.kind === 'actor') tally.actors.add(mention.value.name);
  }
  return tally;
}
