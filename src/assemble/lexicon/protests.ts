import type { TriggerEntry } from './triggerEntry.js';

/** Word families of crowds: protests and riots (ACLED "Protests", "Riots"). Typing reads how they were met. */
export const PROTEST_TRIGGERS: readonly TriggerEntry[] = [
  // "Protests occurred in Northern Syria against joint Turkish/Russian patrols"
  {
    family: 'protest', event_type: 'Protests', sub_event_type: 'Peaceful protest',
    // "protested against", not "protested Israel's supply of weaponry" (an objection) or "rallied to them"
    verbs: ['protest against', 'protest in', 'protest outside', 'protest at', 'demonstrate against', 'demonstrate in', 'demonstrate outside', 'rally against', 'rally in', 'rally outside'],
    nouns: ['protest', 'demonstration', 'rally', 'sit in', 'street protest', 'march'],
    example: { source: '2019_Turkish_offensive_into_north-eastern_Syria.txt', text: 'Protests occurred in Northern Syria against joint Turkish/Russian patrol protesters threw rocks and shoes at armored vehicles.' },
    counter: { source: 'Operation_Outside_the_Box.txt', text: 'During the two days following the attack, Turkish media reported finding Israeli fuel tanks in Hatay and Gaziantep Province, and the Turkish Foreign Minister lodged a formal protest with the Israeli envoy.' },
  },
  // "citizens barricaded the road to the plant" — civilians blocking forces are protesting (typing by
  // actors); "Russian forces blocked the road from Lypova Dolyna" — armed forces blocking a road is a strategic move
  {
    family: 'block', event_type: 'Strategic developments', sub_event_type: 'Other', needsAgent: true,
    // past forms only: a narrative's "blocks" are building blocks
    verbForms: ['blocked', 'barricaded', 'blockaded'],
    example: { source: 'Battle_of_Enerhodar.txt', text: 'Local citizens later barricaded the road to the plant and the entrance to the city, forcing the Russian forces to turn back.' },
    counter: { source: 'Siege_of_Mariupol.txt', text: 'The city council also stated that access to the shelter in the theatre was blocked by debris.' },
  },
  // "this led to riots in Turkey" · "a mass looting and pogrom took place"
  {
    family: 'riot', event_type: 'Riots', sub_event_type: 'Violent demonstration',
    verbs: ['riot'],
    nouns: ['riot', 'rioting:-'],
    example: { source: 'Syrian–Turkish_border_clashes_during_the_Syrian_civil_war.txt', text: 'There was also a massive refugee problem, and this led to riots in Turkey and further action by the parliament.' },
    counter: { source: 'Combat_operations_in_2012_during_the_Battle_of_Aleppo.txt', text: 'The base served as a weapons storage depot, a conscript recruitment centre and housed the headquarters of the local branch of the military police and anti-riot police.' },
  },
  // "a pogrom took place, directed against the ethnic population of the city"
  {
    family: 'mob', event_type: 'Riots', sub_event_type: 'Mob violence',
    verbs: ['lynch'],
    nouns: ['pogrom', 'lynching', 'mob attack', 'mob violence:-'],
    example: { source: 'Siege_of_Stepanakert.txt', text: 'In September 1988, a mass looting and pogrom took place, directed against the ethnic Azerbaijani population of the city, known as the Stepanakert pogrom.' },
    counter: { source: 'Battle_of_Shusha_(2020).txt', text: 'The ethnic Armenians, most of whom were the ones who fled anti-Armenian pogroms in Baku and other cities of Azerbaijan, then settled in the city, with about five thousand people living in Shusha prior to the battle in 2020.' },
  },
];
