import type { EventType } from '../model/index.js';
import type { EventMention } from './_eventMention.js';
import type { Weapon } from './lexicon/index.js';

type Typed = { event_type: EventType; sub_event_type: string };

const EXPLOSIONS: EventType = 'Explosions/Remote violence';
// What each weapon makes of a strike, by ACLED's codebook.
const BY_WEAPON: Partial<Record<Weapon, string>> = {
  aircraft: 'Air/drone strike',
  artillery: 'Shelling/artillery/missile attack',
  chemical: 'Chemical weapon',
  explosive: 'Remote explosive/landmine/IED',
  suicide: 'Suicide bomb',
  grenade: 'Grenade',
};
// Families of fighting on the ground unless a weapon from afar is named: "attacked", "fired on", "destroyed".
const GROUND_UNLESS_REMOTE = new Set(['attack', 'fire', 'destroy']);
// Installations struck from afar: "the airport", "an ammunition depot", "command posts", "a military base".
const INSTALLATION = /^\W*(?:\w+\W+){0,5}?(?:airports?|airfields?|air ?bases?|depots?|command posts?|warehouses?|ammunition|fuel|oil|storage|radar)\b/i;
// Words of fighting on the ground: with them an attack is a battle even when artillery supported it.
const GROUND = /\b(?:clash(?:es|ed)?|f(?:ought|ighting)|infantry|stormed|ground|gunfire|firefight|advanced|entered|besieged|street)\b/i;

/**
 * The type a weapon makes of a strike, null for weapons of a fight at close range.
 * @example subTypeOf('aircraft') // { event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike' }
 */
export function subTypeOf(weapon: Weapon): Typed | null {
  const sub = BY_WEAPON[weapon];
  return sub ? { event_type: EXPLOSIONS, sub_event_type: sub } : null;
}

/**
 * ACLED types by what happened, not by the article's word: the weapon a strike was made with names its
 * sub-type ("bombed Kharkiv with cruise missiles" is shelling, "Syrian warplanes attacked" an air
 * strike, "fired missiles into" shelling); an attack or fire with no weapon from afar stays a battle; a
 * bomb followed by clashes is a battle; capturing "parts of" a town is a clash; a shot-down drone or
 * missile is a weapon disrupted.
 * @example typedByWeapon(bombedWithMissiles, 'artillery', sentence) // Shelling/artillery/missile attack
 */
export function typedByWeapon(mention: EventMention, weapon: Weapon | null, sentence: string, target: string, strikeCampaign = false): Typed {
  const { entry } = mention;
  const family = entry.family;
  if (family === 'shoot-down' && /\b(?:drones?|UAVs?|unmanned|missiles?|rockets?|Shaheds?)\b/i.test(sentence)) return { event_type: 'Strategic developments', sub_event_type: 'Disrupted weapons use' };
  if ((family === 'suicide' || family === 'explosion') && /\bfollowed by (?:\w+ )?(?:clashes|fighting|an? (?:\w+ )?(?:assault|attack))\b/i.test(sentence)) return { event_type: 'Battles', sub_event_type: 'Armed clash' };
  if ((family === 'capture' || family === 'take') && /\b(?:captur(?:e|ed|ing)|seiz(?:e|ed|ing)|took|taking) (?:parts? of|some (?:areas|parts|positions)|positions|several positions|part of)\b/i.test(sentence)) return { event_type: 'Battles', sub_event_type: 'Armed clash' };
  // "Ukraine attacked two command posts", "destroyed another ammunition depot": a blow at an installation,
  // with no fighting on the ground told, is a strike from afar
  if (!weapon && GROUND_UNLESS_REMOTE.has(family) && INSTALLATION.test(target) && !GROUND.test(sentence)) return { event_type: EXPLOSIONS, sub_event_type: 'Shelling/artillery/missile attack' };
  // in an article about a series of strikes ("2022 Chornobaivka attacks"), "another attack on the airport" is one more strike
  if (!weapon && strikeCampaign && (family === 'attack' || family === 'destroy') && !GROUND.test(sentence)) return { event_type: EXPLOSIONS, sub_event_type: 'Shelling/artillery/missile attack' };
  const remote = weapon ? BY_WEAPON[weapon] : undefined;
  if (!remote) return { event_type: entry.event_type, sub_event_type: entry.sub_event_type };
  if (entry.event_type === EXPLOSIONS) return { event_type: EXPLOSIONS, sub_event_type: remote };
  if (GROUND_UNLESS_REMOTE.has(family) && !GROUND.test(sentence)) return { event_type: EXPLOSIONS, sub_event_type: remote };
  return { event_type: entry.event_type, sub_event_type: entry.sub_event_type };
}
