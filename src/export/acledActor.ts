import { countryByName } from '../resolve/gazetteer/index.js';
import type { ActorType } from '../model/index.js';
import type { EntityRef } from '../store/index.js';
import type { CountryCodes } from './countryCodes.js';

/** ACLED's actor types (inter1, inter2). */
export type AcledInter = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

/** ACLED's code for each kind of actor assemble tells apart (entity `actorType`). */
const INTER: Readonly<Record<ActorType, AcledInter>> = {
  state_forces: 1, rebels: 2, political_militia: 3, identity_militia: 4, rioters: 5, protesters: 6, civilians: 7, external: 8,
};

/**
 * An actor under ACLED's naming: a state acts through its forces ("Military Forces of France");
 * civilians are named by the country of the event ("Civilians (Mali)"); units, groups and persons
 * keep the name the article gives. ACLED's regime years ("(2012-2017)") are never added: an article
 * does not state them.
 * @example acledActorName({ kind: 'state', name: 'France', … }, mali) === 'Military Forces of France'
 * @example acledActorName({ kind: 'civilians', name: 'Residents of Gao', … }, mali) === 'Civilians (Mali)'
 */
export function acledActorName(actor: EntityRef | null, country: CountryCodes | null): string {
  if (!actor) return '';
  if (actor.kind === 'state') return `Military Forces of ${actor.name}`;
  // protesters and rioters keep the name the victims pass gave them ("Protesters (Ukraine)")
  if (actor.kind === 'civilians' && actor.actorType !== 'protesters' && actor.actorType !== 'rioters') return country ? `Civilians (${country.name})` : 'Civilians';
  return actor.name;
}

/**
 * ACLED's actor type: a state's forces 1, or 8 (external forces) when the state acts outside its own
 * country; otherwise the kind of actor assemble told (`actorType`: rebels 2, political militia 3,
 * identity militia 4, rioters 5, protesters 6, civilians 7, external 8); none when it told none.
 * @example acledInter({ kind: 'state', name: 'France', … }, mali) === 8 // French planes over Gao
 * @example acledInter({ kind: 'armed_group', name: 'MOJWA', actorType: 'rebels', … }, mali) === 2
 */
export function acledInter(actor: EntityRef | null, country: CountryCodes | null): AcledInter | null {
  if (!actor) return null;
  if (actor.kind === 'state') {
    const own = countryByName(actor.name)?.code;
    return own && country && own !== country.alpha2 ? 8 : 1;
  }
  if (actor.actorType) return INTER[actor.actorType];
  if (actor.kind === 'civilians') return 7;
  if (actor.kind === 'military_unit') return 1;
  return null;
}

/**
 * ACLED's interaction: both actor types, the smaller first (17: state forces against civilians);
 * one actor alone is its type times ten (10: sole state forces action). Unknown when a named
 * actor's type is.
 * @example acledInteraction(1, 7) === 17
 * @example acledInteraction(8, null, false) === 80
 */
export function acledInteraction(inter1: AcledInter | null, inter2: AcledInter | null, hasActor2 = true): number | null {
  if (inter1 === null) return null;
  if (!hasActor2) return inter1 * 10;
  if (inter2 === null) return null;
  return Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
}
