import type { Entity } from '../model/index.js';
import { type ResolvedArticle, fieldNames } from '../resolve/index.js';

// combatant1, commander2, units1 …: the fields that say who stood on side N.
const SIDE_FIELD = /^(?:combatants?|belligerents?|commanders?|leaders?|units?|sides?|parties)(\d+)$/;

/** Who stood on which side, as the infobox lists it. */
export interface Sides {
  /** The sides an entity stands on, itself or through the entity it serves; empty when none. */
  sidesOf(entity: string): readonly number[];
  /** Whether the infobox names anyone on side `n`. */
  known(n: number): boolean;
  /** The sides the infobox names anyone on, in order. */
  all(): number[];
  /** The sides of the states whose country has this ISO code: "Russia reported …" names the state. */
  sidesOfCountry(code: string): readonly number[];
  /** The first name the infobox gives side `n`, for reasons. */
  label(n: number): string | null;
}

/**
 * The sides of a conflict from its infobox: each entity listed under combatantN, commanderN or unitsN
 * stands on side N. One listed on two sides ("Native Americans" fought on both) stands on neither.
 * @example readSides(seed).sidesOf('e5') // [2] — MOJWA, Combatant2
 */
export function readSides(article: ResolvedArticle): Sides {
  const bySide = new Map<string, Set<number>>();
  const labels = new Map<number, string>();
  for (const field of article.infobox?.fields ?? []) {
    const n = Number(SIDE_FIELD.exec(field.key)?.[1] ?? NaN);
    if (!Number.isInteger(n)) continue;
    for (const name of fieldNames(article, field)) {
      if (name.entity === null) continue;
      bySide.set(name.entity, (bySide.get(name.entity) ?? new Set<number>()).add(n));
      if (!labels.has(n)) labels.set(n, name.value.name);
    }
  }
  const entities = new Map<string, Entity>(article.entities.map((e) => [e.id, e]));
  const own = (id: string): number[] => {
    const set = bySide.get(id);
    return set?.size === 1 ? [...set] : [];
  };
  return {
    sidesOf(id) {
      const affiliation = entities.get(id)?.affiliation ?? null;
      return [...new Set([...own(id), ...(affiliation ? own(affiliation) : [])])];
    },
    known: (n) => [...bySide.values()].some((set) => set.size === 1 && set.has(n)),
    all: () => [...new Set([...bySide.values()].filter((set) => set.size === 1).flatMap((set) => [...set]))].sort((a, b) => a - b),
    label: (n) => labels.get(n) ?? null,
    sidesOfCountry: (code) => [...new Set(article.entities.filter((e) => e.kind === 'state' && e.country === code).flatMap((e) => own(e.id)))],
  };
}
