import { countryByName, countryOfDemonym, foldName } from '../resolve/gazetteer/index.js';
import type { EntityRef, EventRecord } from '../store/index.js';
import { tollParts } from './_tollParts.js';
import { isGovernment, ucdpSideActors } from './ucdpSides.js';

/** GED's deaths by whom they were: side A, side B, civilians, unknown; they add up to `best`. */
export interface UcdpDeaths {
  a: number;
  b: number;
  civilians: number;
  unknown: number;
}

// The dead as unarmed: "41 civilians", "five children".
const CIVILIAN = /\b(?:civilians?|residents|villagers|locals|inhabitants|children|women|non-combatants?|passengers|worshippers|students|pupils|patients|refugees)\b/i;
// The dead as a state's forces: "30 soldiers", "three policemen".
const STATE = /\b(?:soldiers?|troops|servicem[ae]n|personnel|police(?:m[ae]n| officers)?|policem[ae]n|gendarmes?|marines?|conscripts?|sailors?|airm[ae]n|pilots?|border guards?|officers?)\b/i;
// The dead as the government's allies: "30 pro-government fighters", "loyalist militiamen".
const PRO_GOVERNMENT = /\b(?:pro-government|pro-regime|loyalists?|government-backed)\b/i;
// The dead as an armed group's: "800 rebels", "sixty jihadists".
const NON_STATE = /\b(?:rebels?|militants?|insurgents?|jihadists?|islamists?|terrorists?|gunm[ae]n|militiam[ae]n|guerrillas?|separatists?|mujahideen|fighters?)\b/i;

// Whether the words name the actor, by its name, an alias, or (a state) its demonym: "ISIL fighters", "Russian soldiers".
function names(noun: string, actor: EntityRef | null): boolean {
  if (!actor || actor.kind === 'civilians') return false;
  const folded = ` ${foldName(noun)} `;
  if ([actor.name, ...actor.aliases].some((n) => foldName(n).length > 1 && folded.includes(` ${foldName(n)} `))) return true;
  const code = actor.kind === 'state' ? countryByName(actor.name)?.code : undefined;
  return code !== undefined && noun.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && countryOfDemonym(w) === code);
}

// Which side a part of the toll counts, from its words and the sides' kinds; unknown when they do not say.
function whose(noun: string, a: EntityRef | null, b: EntityRef | null): keyof UcdpDeaths {
  if (CIVILIAN.test(noun)) return 'civilians';
  const [namesA, namesB] = [names(noun, a), names(noun, b)];
  if (namesA !== namesB) return namesA ? 'a' : 'b';
  if (namesA) return 'unknown';
  const only = (test: (x: EntityRef | null) => boolean): keyof UcdpDeaths => (test(a) === test(b) ? 'unknown' : test(a) ? 'a' : 'b');
  if (STATE.test(noun) || PRO_GOVERNMENT.test(noun)) return only(isGovernment);
  if (NON_STATE.test(noun)) return only((x) => x?.kind === 'armed_group');
  return 'unknown';
}

/**
 * An event's deaths split as GED splits them, adding up to its best figure: civilians as the record
 * counts them (`civilian_fatalities`, at most `best`); side A's and side B's where the words of its
 * toll say whose they were ("30 soldiers" in a fight of a government and rebels: the government's;
 * "ISIL fighters": ISIL's side); the rest unknown. Null without a best figure (GED's cells stay empty).
 * @example ucdpDeaths(clash) // { a: 22, b: 9, civilians: 2, unknown: 0 } — "22 soldiers, nine rebels and two civilians were killed"
 */
export function ucdpDeaths(event: Pick<EventRecord, 'fatalities' | 'claims' | 'evidence' | 'civilian_fatalities' | 'actor1' | 'actor2'>): UcdpDeaths | null {
  const best = event.fatalities.best;
  if (best === null) return null;
  const [sideA, sideB] = ucdpSideActors(event);
  const told: UcdpDeaths = { a: 0, b: 0, civilians: 0, unknown: 0 };
  for (const p of tollParts(event)) told[whose(p.noun, sideA, sideB)] += p.count;
  const civilians = Math.min(best, event.civilian_fatalities ?? told.civilians);
  const a = Math.min(told.a, best - civilians);
  const b = Math.min(told.b, best - civilians - a);
  return { a, b, civilians, unknown: best - civilians - a - b };
}
