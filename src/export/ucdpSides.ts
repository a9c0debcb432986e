import type { EntityRef, EventRecord } from '../store/index.js';

/** GED's sides: side A the government where one side is, side B the other or "Civilians". */
export interface UcdpSides {
  sideA: string;
  sideB: string;
  /** 1 state-based, 2 non-state, 3 one-sided; null for events that are not organised violence. */
  typeOfViolence: 1 | 2 | 3 | null;
}

const VIOLENT = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians']);
export const isGovernment = (a: EntityRef | null): boolean => a?.kind === 'state' || a?.kind === 'military_unit';

/**
 * The actors on GED's side A and side B: the government first where one side is one.
 * @example ucdpSideActors({ actor1: mojwa, actor2: france }) // [france, mojwa]
 */
export function ucdpSideActors(event: Pick<EventRecord, 'actor1' | 'actor2'>): [EntityRef | null, EntityRef | null] {
  const { actor1, actor2 } = event;
  return isGovernment(actor2) && !isGovernment(actor1) ? [actor2, actor1] : [actor1, actor2];
}

// GED names states as their governments and every civilian target "Civilians".
function sideName(actor: EntityRef | null): string {
  if (!actor) return '';
  if (actor.kind === 'state') return `Government of ${actor.name}`;
  return actor.kind === 'civilians' ? 'Civilians' : actor.name;
}

/**
 * An event's sides and type of violence as GED counts them: violence against civilians is
 * one-sided (3); a fight with a government on a side is state-based (1); two organised groups
 * without one is non-state (2). Protests, riots and strategic developments have no type.
 * @example ucdpSides(gaoStrike) // { sideA: 'Government of France', sideB: 'MOJWA', typeOfViolence: 1 }
 */
export function ucdpSides(event: Pick<EventRecord, 'event_type' | 'actor1' | 'actor2'>): UcdpSides {
  const [a, b] = ucdpSideActors(event);
  const sides = { sideA: sideName(a), sideB: sideName(b) };
  if (!VIOLENT.has(event.event_type)) return { ...sides, typeOfViolence: null };
  if (event.event_type === 'Violence against civilians' || b?.kind === 'civilians') return { ...sides, typeOfViolence: 3 };
  if (isGovernment(a)) return { ...sides, typeOfViolence: 1 };
  const organised = (x: EntityRef | null) => x?.kind === 'armed_group' || x?.kind === 'military_unit';
  return { ...sides, typeOfViolence: organised(a) && organised(b) ? 2 : null };
}
