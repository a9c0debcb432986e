import { countryByName } from '../resolve/gazetteer/index.js';
import type { EntityRef } from '../store/index.js';
import type { CountryCodes } from './countryCodes.js';

/** ACLED's actor types (inter1, inter2); ours never says rioters (5) or protesters (6). */
export type AcledInter = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

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
  if (actor.kind === 'civilians') return country ? `Civilians (${country.name})` : 'Civilians';
  return actor.name;
}

/**
 * ACLED's actor type, where the kind of entity decides it: state forces 1, or 8 (external forces)
 * when a state acts outside its own country; civilians 7. Armed groups get none: telling a rebel
 * group (2) from a political (3) or identity militia (4) needs knowledge the article does not state.
 * @example acledInter({ kind: 'state', name: 'France', … }, mali) === 8 // French planes over Gao
 * @example acledInter({ kind: 'armed_group', name: 'MOJWA', … }, mali) === null
 */
export function acledInter(actor: EntityRef | null, country: CountryCodes | null): AcledInter | null {
  if (!actor) return null;
  if (actor.kind === 'civilians') return 7;
  if (actor.kind === 'military_unit') return 1;
  if (actor.kind !== 'state') return null;
  const own = countryByName(actor.name)?.code;
  return own && country && own !== country.alpha2 ? 8 : 1;
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
