import type { Entity, NameMention } from '../model/index.js';
import { type ResolveContext } from './_resolveContext.js';
import { nameKey } from './_nameKeys.js';
import { countryCode } from '../recognise/index.js';

// Words that, after a demonym, still name the state's forces: "Syrian Arab Army", "Royal Saudi Air Force".
const FORCE_WORDS = new Set([
  'army', 'forces', 'force', 'air', 'armed', 'military', 'troops', 'soldiers', 'planes', 'jets', 'fighter', 'aircraft', 'warplanes',
  'navy', 'police', 'government', 'authorities', 'officials', 'arab', 'national', 'royal', 'republican', 'ground', 'special',
  'security', 'helicopters', 'drones', 'artillery', 'gendarmerie', 'marines', 'units', 'contingent', 'tanks', 'guard', 'guards',
  'airspace', 'territory', 'border', 'soil', 'waters', 'coast', 'frontier', 'side', 'ministry', 'defence', 'defense', 'of',
]);
// Kinds of a state's troops, written in lower case: "Ukrainian airborne assault troops", "Ukrainian mechanized
// units" are the state's forces; "Russian Naval Infantry" is the name of a branch the infobox lists apart.
const TROOP_KINDS = new Set([
  'airborne', 'assault', 'mechanized', 'mechanised', 'motorized', 'motorised', 'infantry', 'armored', 'armoured', 'tank',
  'naval', 'paratroopers', 'commandos', 'elite', 'regular', 'regulars', 'personnel',
]);
const forceWord = (w: string): boolean => FORCE_WORDS.has(w.toLowerCase()) || (TROOP_KINDS.has(w) && w === w.toLowerCase());
// A bare force noun is the conflict country's: "the Army relieved the citadel".
const BARE_FORCES = new Set([
  'army', 'military', 'air force', 'navy', 'government', 'armed forces', 'regime', 'police', 'government forces', 'government troops',
  'government soldiers', 'regime forces', 'regime troops', 'regime soldiers', 'state forces', 'security forces', 'security troops',
  'government positions', 'regime positions', 'state positions', 'security positions', 'government fighters', 'regime fighters',
]);
// Soldiers counted with no army named ("three soldiers were killed"): the conflict country's only when
// the infobox has it fight (or lists no sides); in "MOJWA attacked Kidal and killed three soldiers" with
// France and MOJWA as the sides, they are no one's the words can tell.
const COUNTED_SOLDIERS = new Set(['soldiers', 'troops', 'regular soldiers', 'regular troops', 'army soldiers', 'army troops']);

/** Whether the mention is soldiers counted with no army named. */
export function isCountedSoldiers(mention: NameMention): boolean {
  return mention.kind === 'actor' && COUNTED_SOLDIERS.has(mention.value.name.toLowerCase());
}

function fightsInInfobox(context: ResolveContext, code: string): boolean {
  const sides = (context.article.infobox?.fields ?? []).filter((f) => /^combatant\d$/.test(f.key));
  if (sides.length === 0) return true;
  return sides.some((f) => f.value.split(/\s*·\s*|\n/).some((item) => countryCode(context.lexicon, item.trim()) === code || context.lexicon.countryOfDemonym(item.trim().split(/\s+/)[0] ?? '') === code));
}

// "Ukrainian National Guard" is the state's; "Syrian National Army", "Libyan National Army" are movements
// named after the nation they claim, fighting its government.
const NATIONAL_STATE_FORCES = new Set(['guard', 'guards', 'guardsmen', 'police']);
function namesMovement(words: readonly string[]): boolean {
  const at = words.findIndex((w) => w.toLowerCase() === 'national');
  return at > 0 && !NATIONAL_STATE_FORCES.has(words[at + 1]?.toLowerCase() ?? '');
}

const FORCES_OF = /^(.+?)\s+of\s+(?:the\s+)?(.+)$/i;

/**
 * The country a name stands for: a country's name ("Mali"), a demonym alone or before force or
 * territory words ("French planes", "Syrian Arab Army", "Algerian airspace"), or force words of a
 * country ("Armed Forces of Ukraine"); null otherwise.
 * @example countryOfName(ctx, 'Malian forces') === 'ML'
 */
export function countryOfName(context: ResolveContext, mention: NameMention): string | null {
  const name = mention.value.name.replace(/^the /i, '');
  const exact = countryCode(context.lexicon, name);
  if (exact) return exact;
  // "Armed Forces of Ukraine", "Military Forces of the Russian Federation": the force words of a named country
  const of = FORCES_OF.exec(name);
  if (of && (of[1] ?? '').split(/\s+/).every(forceWord)) {
    const owner = countryCode(context.lexicon, of[2] ?? '');
    if (owner) return owner;
  }
  const words = name.split(/\s+/);
  const first = words[0] ?? '';
  if (first.includes('-')) return null; // "Mauritanian-Malian border" is a border, not one country
  const code = context.lexicon.countryOfDemonym(first);
  if (code && words.slice(1).every(forceWord) && !namesMovement(words)) return code;
  if (mention.kind === 'actor' && BARE_FORCES.has(name.toLowerCase())) return context.conflictCountry;
  if (isCountedSoldiers(mention) && context.conflictCountry && fightsInInfobox(context, context.conflictCountry)) return context.conflictCountry;
  return null;
}

/**
 * The country's entity, made on first use: the state when the words make it act ("French planes",
 * a combatant), the place when they put something in it ("northern Mali", "over Spain").
 */
export function countryEntity(context: ResolveContext, code: string, asActor: boolean): Entity {
  const name = context.lexicon.countryName(code) ?? code;
  const entity = asActor
    ? context.table.upsert('state', name, [`state:${code}`])
    : context.table.upsert('place', name, [`country:${code}`, nameKey(name)]);
  entity.country = code;
  return entity;
}
