import type { TriggerEntry } from './triggerEntry.js';

/** Word families of acts without a fight: arrests, looting and destruction, agreements (ACLED "Strategic developments"). */
export const STRATEGIC_TRIGGERS: readonly TriggerEntry[] = [
  // "Iraqi security forces arrested ISIL's minister of agriculture" — by the state of the place, arrests; else abductions
  {
    family: 'arrest', event_type: 'Strategic developments', sub_event_type: 'Arrests',
    verbs: ['arrest', 'detain', 'round up:rounded'],
    nouns: ['arrest', 'mass arrest', 'detention'],
    example: { source: 'Battle_of_Mosul_(2016–2017).txt', text: 'On 22 July, Iraqi security forces arrested ISIL\'s minister of agriculture, Falah Rashid, in western Mosul.' },
    counter: { source: 'Operation_Olive_Branch.txt', text: 'He added that there are "strong nationalists winds" in Turkey and going against the operation would lead to arrest and imprisonment.' },
  },
  // "They also torched a church and looted another one" · "shops were torched or looted"
  {
    family: 'looting', event_type: 'Strategic developments', sub_event_type: 'Looting/property destruction',
    verbs: ['loot', 'pillage', 'plunder', 'ransack', 'torch', 'burn:burned,burnt', 'raze', 'demolish', 'bulldoze', 'vandalize', 'vandalise', 'set fire to:set', 'set ablaze:set', 'rob:robbed'],
    nouns: ['looting:-', 'pillage', 'plunder', 'arson', 'pillaging:-'],
    example: { source: 'Battle_of_Maaloula.txt', text: 'They also torched a church and looted another one, and threatened several Christian villagers with beheading if they did not convert to Islam.' },
    counter: { source: 'Siege_of_Mariupol.txt', text: 'On 18 May, Denis Pushilin announced Azovstal would be demolished by the Donetsk People\'s Republic, and Mariupol would be turned into a resort city.' },
  },
  // "a ceasefire was brokered in East Ghouta" · "both sides agreed to a humanitarian ceasefire"
  {
    family: 'agreement', event_type: 'Strategic developments', sub_event_type: 'Agreement', notBefore: ['that', 'with the', 'on the need'], mutual: true,
    verbs: ['agree', 'sign an agreement', 'sign a ceasefire', 'negotiate', 'broker'],
    nouns: ['ceasefire', 'cease fire', 'cease-fire', 'truce', 'armistice', 'agreement', 'peace deal', 'deal', 'accord', 'prisoner exchange', 'prisoner swap', 'swap', 'negotiations:-', 'talks:-', 'humanitarian corridor'],
    example: { source: '2017_Jobar_offensive.txt', text: 'On 22 July, a ceasefire was brokered in East Ghouta by Egypt, Russia, Jaysh al-Islam, and Syria\'s Tomorrow Movement.' },
    counter: { source: 'Battle_of_Shusha_(2020).txt', text: 'The Russian peacekeeping forces requested both sides to respect the ceasefire.' },
  },
  // "Russian forces set up a base at a local gas station"
  {
    family: 'base', event_type: 'Strategic developments', sub_event_type: 'Headquarters or base established',
    verbs: ['set up a base:set', 'set up * base:set', 'set up a headquarters:set', 'establish a base', 'establish * base', 'establish * headquarters'],
    example: { source: 'Battles_of_Voznesensk.txt', text: 'Russian snipers created nests in several houses in the village, and Russian forces set up a base at a local gas station.' },
    counter: { source: 'Siege_of_Wadi_Deif_(2012–2013).txt', text: 'However, the rebel forces were still not able to re-establish the blockade of the military bases and neither side had full control of the highway.' },
  },
  // "intercepted all of the incoming rounds": a weapon stopped before it struck
  {
    family: 'intercept', event_type: 'Strategic developments', sub_event_type: 'Disrupted weapons use',
    verbs: ['intercept', 'defuse', 'dismantle', 'shoot down missiles:shot', 'shoot down drones:shot'],
    nouns: ['interception'],
    example: { source: '2022_Snake_Island_campaign.txt', text: 'Russian officials countered that the Russian forces have intercepted all of the incoming rounds, destroyed 13 drones, and repelled an amphibious assault; this has been met with doubt by the online publication The Drive.' },
    counter: { source: 'Battle_of_Antonov_Airport.txt', text: 'On 27 February, the Security Service of Ukraine released an alleged intercepted conversation of Russian forces in Hostomel reporting casualties and requesting to be evacuated.' },
  },
];
