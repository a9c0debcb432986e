import type { Entity } from '../model/index.js';
import type { EventDraft } from './_draft.js';
import { AIR_WORDS, MISSILE_WORDS, type Trigger } from './_triggers.js';

// Words of fighting on the ground: with them an attack is a battle, without them a strike from afar.
const GROUND = /\b(?:clash(?:es|ed)?|f(?:ought|ighting)|infantry|stormed|assault|ground|gunfire|firefight|advanced|entered|captured|besieged)\b/i;

/**
 * ACLED types by what happened, not by the article's word: missiles without aircraft are shelling; an
 * "attack on" a place with no ground fighting is a strike from afar; a bomb followed by clashes is a
 * battle; capturing "parts of" a town is a clash; a town taken "without resistance" changes hands
 * without violence.
 */
export function typed(trigger: Trigger, sentence: string, words: string): Pick<EventDraft, 'event_type' | 'sub_event_type'> {
  const after = sentence.slice(sentence.indexOf(words) + words.length);
  if (trigger.sub_event_type === 'Air/drone strike' && MISSILE_WORDS.test(sentence) && !AIR_WORDS.test(sentence)) {
    return { event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack' };
  }
  if (trigger.name === 'clash' && /\battack on\b/i.test(words) && !GROUND.test(sentence)) {
    return { event_type: 'Explosions/Remote violence', sub_event_type: AIR_WORDS.test(sentence) ? 'Air/drone strike' : 'Shelling/artillery/missile attack' };
  }
  if ((trigger.name === 'suicide' || trigger.name === 'remote-explosive') && /\bfollowed by (?:clashes|fighting|an? (?:assault|attack))\b/i.test(after)) {
    return { event_type: 'Battles', sub_event_type: 'Armed clash' };
  }
  if (trigger.name === 'capture' && /\bcaptur(?:ed|ing) (?:parts? of|some (?:areas|positions)|positions)\b/i.test(sentence)) return { event_type: 'Battles', sub_event_type: 'Armed clash' };
  // shooting down a drone or a missile disrupts a weapon; shooting down a manned aircraft is a fight
  if (/\bshot down\b/i.test(words) && /\b(?:drones?|UAVs?|unmanned|missiles?|rockets?)\b/i.test(sentence)) {
    return { event_type: 'Strategic developments', sub_event_type: 'Disrupted weapons use' };
  }
  // a strike from afar by aircraft ("came under government air assault") is an air strike
  if (trigger.name === 'strike' && AIR_WORDS.test(sentence) && !MISSILE_WORDS.test(sentence)) return { event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike' };
  if ((trigger.name === 'capture' || trigger.name === 'regain') && /\bwithout (?:a fight|resistance|fighting|a shot)\b/i.test(after)) {
    return { event_type: 'Strategic developments', sub_event_type: 'Non-violent transfer of territory' };
  }
  return { event_type: trigger.event_type, sub_event_type: trigger.sub_event_type };
}

// ACLED types a change of territory by who took it: a state regains, a non-state actor overtakes.
export function byWhom(type: Pick<EventDraft, 'event_type' | 'sub_event_type'>, actor: Entity | undefined): Pick<EventDraft, 'event_type' | 'sub_event_type'> {
  if (type.event_type !== 'Battles' || !actor || type.sub_event_type === 'Armed clash') return type;
  const state = actor.kind === 'state';
  return { event_type: 'Battles', sub_event_type: state ? 'Government regains territory' : 'Non-state actor overtakes territory' };
}

