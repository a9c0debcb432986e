import type { TriggerEntry } from './triggerEntry.js';

/** Word families of acts without a fight: arrests, looting and destruction, agreements (ACLED "Strategic developments"). */
export const STRATEGIC_TRIGGERS: readonly TriggerEntry[] = [
  // "residents being detained, abducted, tortured and executed by Russians" — by the state of the place, arrests; else abductions
  {
    family: 'arrest', event_type: 'Strategic developments', sub_event_type: 'Arrests',
    verbs: ['arrest', 'detain', 'round up:rounded'],
    nouns: ['arrest', 'mass arrest', 'detention'],
    example: { source: 'Battle_of_Ramadi_(2015–2016).txt', text: 'Iraqi security forces arrested 11 suspected ISIL members in the city.' },
    counter: { source: '2022_Snake_Island_campaign.txt', text: 'The detained sailors were later released.' },
  },
  // "They also torched a church and looted another one" · "shops were torched or looted"
  {
    family: 'looting', event_type: 'Strategic developments', sub_event_type: 'Looting/property destruction',
    verbs: ['loot', 'pillage', 'plunder', 'ransack', 'torch', 'burn:burned,burnt', 'raze', 'demolish', 'bulldoze', 'vandalize', 'vandalise', 'set fire to:set', 'set ablaze:set', 'rob:robbed'],
    nouns: ['looting:-', 'pillage', 'plunder', 'arson', 'pillaging:-'],
    example: { source: 'Battle_of_Maaloula.txt', text: 'They also torched a church and looted another one, and threatened several Christian villagers with beheading if they did not convert to Islam.' },
    counter: { source: 'Battle_of_Jdaidet_al-Fadl.txt', text: 'The burned shops were never rebuilt.' },
  },
  // "a ceasefire was brokered in East Ghouta" · "both sides agreed to a humanitarian ceasefire"
  {
    family: 'agreement', event_type: 'Strategic developments', sub_event_type: 'Agreement', notBefore: ['that', 'with the', 'on the need'],
    verbs: ['agree', 'sign an agreement', 'sign a ceasefire', 'negotiate', 'broker'],
    nouns: ['ceasefire', 'cease fire', 'cease-fire', 'truce', 'armistice', 'agreement', 'peace deal', 'deal', 'accord', 'prisoner exchange', 'prisoner swap', 'swap', 'negotiations:-', 'talks:-', 'humanitarian corridor'],
    example: { source: '2017_Jobar_offensive.txt', text: 'On 22 July, a ceasefire was brokered in East Ghouta by Egypt, Russia, Jaysh al-Islam, and Syrian officials.' },
    counter: { source: '2019_Turkish_offensive_into_north-eastern_Syria.txt', text: 'President Donald Trump demanded a ceasefire from Turkey in a conversation with Turkish President Erdoğan.' },
  },
  // "set up a checkpoint", "established a base"
  {
    family: 'base', event_type: 'Strategic developments', sub_event_type: 'Headquarters or base established',
    verbs: ['set up a base:set', 'set up a headquarters:set', 'establish a base', 'establish a military base', 'establish * headquarters'],
    example: { source: 'Operation_Serval.txt', text: 'The French army set up a base at the airport of Tessalit.' },
    counter: { source: '2012_Hama_offensive.txt', text: 'The base had been set up years earlier.' },
  },
  // "intercepted all of the incoming rounds": a weapon stopped before it struck
  {
    family: 'intercept', event_type: 'Strategic developments', sub_event_type: 'Disrupted weapons use',
    verbs: ['intercept', 'defuse', 'dismantle', 'shoot down missiles:shot', 'shoot down drones:shot'],
    nouns: ['interception'],
    example: { source: '2022_Snake_Island_campaign.txt', text: 'Russian officials countered that the Russian forces have intercepted all of the incoming rounds, destroyed 13 drones, and repelled an amphibious assault.' },
    counter: { source: 'Battle_of_Antonov_Airport.txt', text: 'On 27 February, the Security Service of Ukraine released an alleged intercepted conversation of Russian forces in Hostomel reporting casualties and requesting to be evacuated.' },
  },
];
