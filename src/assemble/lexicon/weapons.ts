import type { Weapon } from './triggerEntry.js';

/**
 * Words that name the means of violence, by weapon class; typing takes a strike's sub-type from
 * them (ACLED: aircraft and drones → Air/drone strike; artillery, rockets, missiles → Shelling).
 * Lower-case words, matched as whole words, plural included where listed.
 */
export const WEAPON_WORDS: Readonly<Record<Weapon, readonly string[]>> = {
  // "French planes bombed", "Syrian warplanes attacked", "a Bayraktar TB2 UAV", "helicopter fire"
  aircraft: [
    'plane', 'planes', 'jet', 'jets', 'warplane', 'warplanes', 'aircraft', 'helicopter', 'helicopters', 'gunship', 'gunships', 'bomber', 'bombers',
    'air force', 'air forces', 'aviation', 'airstrike', 'airstrikes', 'air strike', 'air strikes', 'air raid', 'air raids', 'drone', 'drones', 'uav', 'uavs',
    'bayraktar', 'tb2', 'sukhoi', 'mig', 'su-22', 'su-24', 'su-25', 'su-34', 'su-35', 'f-16', 'barrel bomb', 'barrel bombs', 'aerial', 'air-to-surface',
    'cluster bombs', 'thermobaric bomb', 'unmanned aerial vehicle', 'unmanned combat aerial vehicles', 'kamikaze drones', 'loitering munition',
  ],
  // "shelled Al Hasakah with mortars", "BM-27 Uragan missiles hit a pre-school", "HIMARS"
  artillery: [
    'artillery', 'mortar', 'mortars', 'rocket', 'rockets', 'missile', 'missiles', 'shell', 'shells', 'howitzer', 'howitzers', 'mlrs', 'grad',
    'bm-21', 'bm-27', 'bm-30', 'uragan', 'smerch', 'tornado', 'himars', 'iskander', 'kalibr', 'tochka', 'tochka-u', 'kh-101', 'cruise missile',
    'cruise missiles', 'ballistic missile', 'ballistic missiles', 'multiple rocket launchers', 'rocket launchers', 'tank fire', 'tanks shelled', 'scud',
  ],
  // "a chemical attack", "sarin", "chlorine"
  chemical: ['chemical', 'sarin', 'chlorine', 'mustard gas', 'nerve agent', 'toxic gas', 'poison gas'],
  // "an IED exploded", "a car bomb", "landmines", "homemade bombs"
  explosive: ['ied', 'ieds', 'improvised explosive device', 'car bomb', 'car bombs', 'roadside bomb', 'landmine', 'landmines', 'land mine', 'land-mine', 'mine', 'mines', 'booby trap', 'booby traps', 'homemade bombs', 'explosive device', 'tunnel bomb', 'vbied', 'truck bomb'],
  // "a suicide bomber", "suicide car bombs"
  suicide: ['suicide', 'suicide bomber', 'suicide bombers', 'svbied'],
  // "threw grenades at a crowd"
  grenade: ['grenade', 'grenades', 'hand grenade'],
  // "anti tank missiles at the tanks leading the column": weapons of a fight at close range
  'small-arms': ['rifle', 'rifles', 'machine gun', 'machine guns', 'sniper', 'snipers', 'rpg', 'rpgs', 'anti-tank', 'anti tank', 'atgm', 'atgms', 'small arms', 'gunmen', 'gunfire'],
};
