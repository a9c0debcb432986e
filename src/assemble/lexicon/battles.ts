import type { TriggerEntry } from './triggerEntry.js';

/** Word families of armed clashes and of territory changing hands (ACLED "Battles"). */
export const BATTLE_TRIGGERS: readonly TriggerEntry[] = [
  // "Ukrainian forces liberated Sviatohirsk" · "the rebels retook the positions they lost on the hill"
  {
    family: 'regain', event_type: 'Battles', sub_event_type: 'Government regains territory',
    verbs: [
      'recapture', 'retake:retook,retaken', 'regain', 'regain control', 'regain full control', 'liberate', 'reclaim',
      'take back:took,taken', 'take * back:took,taken', 'take back control:took,taken', 'win back:won', 'win * back:won', 'restore control', 'restore * control',
    ],
    nouns: ['recapture', 'liberation'],
    example: { source: '2022_Ukrainian_Kharkiv_counteroffensive.txt', text: 'On 12 September, Ukrainian forces liberated Sviatohirsk, which Russian forces captured in June 2022, and inched closer to the administrative border between Kharkiv and Donetsk Oblasts as well as Lyman, a strategic railway town in Donetsk Oblast captured by Russian forces in late May 2022 after a fierce battle.' },
    counter: { source: 'Siege_of_Mariupol.txt', text: 'In October, then-DPR Prime Minister Alexander Zakharchenko vowed to retake the city.' },
  },
  // "with pro-government forces overrunning three villages" · "the capture of Khan Tuman"
  {
    family: 'capture', event_type: 'Battles', sub_event_type: 'Non-state actor overtakes territory',
    verbs: [
      'capture', 'seize', 'overrun:overran,overrun', 'overtake:overtook,overtaken', 'conquer', 'occupy',
      'take control:took,taken', 'take * control:took,taken', 'take over:took,taken', 'take hold:took,taken', 'take possession:took,taken',
      'gain control', 'gain * control', 'seize control', 'seize * control', 'assume control', 'establish control', 'establish * control', 'fall to:fell,fallen',
    ],
    // "Tikrit fell to ISIL": the place is the subject, the one who took it follows
    doerAfter: ['fall to:fell,fallen'],
    nouns: ['capture', 'seizure', 'takeover', 'fall of:-'],
    example: { source: '2016_Aleppo_summer_campaign.txt', text: 'By evening, the rebels also took control of Al-\'Amariyah village and reached the nearby 1070 Al-Hamadaniyah Housing Project where fighting continued.' },
    counter: { source: '2019_Turkish_offensive_into_north-eastern_Syria.txt', text: 'The captured area remains part of the Turkish occupation of northern Syria.' },
  },
  // "they had shot down a government helicopter outside the base": a manned aircraft downed is a fight
  {
    family: 'shoot-down', event_type: 'Battles', sub_event_type: 'Armed clash',
    verbs: ['shoot down:shot', 'shoot * down:shot', 'bring down:brought'],
    verbForms: ['downed'],
    nouns: ['shootdown'],
    example: { source: '2014_Eastern_Syria_offensive.txt', text: 'On 25 November 2013, they had shot down a government helicopter outside the base, killing all of its crew members.' },
    counter: { source: 'Combat_operations_in_2012_during_the_Battle_of_Aleppo.txt', text: 'Al-Nusra Front unilaterally declared a no-fly zone in December and threatened to shoot down commercial aircraft, alleging that the government was using them to transport loyalist troops and military supplies.' },
  },
  // "activist Eduard Lobau was killed in action fighting near Vuhledar": the dead's side was struck
  {
    family: 'killed-in-action', event_type: 'Battles', sub_event_type: 'Armed clash', subject: 'target',
    verbForms: ['killed in action', 'died in action'],
    example: { source: 'Battle_of_Vuhledar.txt', text: 'That same day, Belarusian volunteer and activist Eduard Lobau was killed in action fighting near Vuhledar.' },
    counter: { source: 'Battle_of_Shusha_(2020).txt', text: 'The Azerbaijani soldiers also stood in front of the Shusha fortress and commemorated those killed in the war.' },
  },
  // "the rebels proceeded to attack and seize the Jabal Al-'Eiss area" · "launched a new offensive into the rebel-held eastern neighborhoods"
  // · "a French army operation was launched against a group of jihadists" (one operation, not "military operations" at large)
  {
    family: 'attack', event_type: 'Battles', sub_event_type: 'Armed clash',
    verbs: ['attack', 'assault', 'storm', 'ambush', 'counterattack', 'counter attack', 'raid'],
    nouns: ['attack', 'assault', 'offensive', 'counteroffensive', 'counter offensive', 'counterattack', 'counter attack', 'ambush', 'raid', 'incursion', 'onslaught', 'operation:-'],
    example: { source: '2016_Aleppo_summer_campaign.txt', text: 'On 17 August, after capturing most of the 1070 Al-Hamdaniyah Housing Project, government forces also stormed the Air Force Technical Base.' },
    counter: { source: 'Battle_of_Baghuz_Fawqani.txt', text: 'Journalists reported seeing warplanes and U.S. attack helicopters scouting the area, but no signs of combat.' },
  },
  // "government forces and their allies clashed with IS militants" · "Firefights between the SDF and SNA occurred"
  {
    family: 'clash', event_type: 'Battles', sub_event_type: 'Armed clash',
    verbs: ['clash', 'fight:fought', 'skirmish', 'engage', 'exchange fire'],
    nouns: ['clash', 'fighting:-', 'firefight', 'skirmish', 'gunfight', 'gun battle', 'battle', 'combat:-', 'street fight', 'street fighting:-', 'exchange of fire:exchanges of fire', 'hostilities:-'],
    example: { source: 'Battle_of_Baghuz_Fawqani.txt', text: 'The SOHR reported 10 IS fighters had been killed in recent clashes, adding that Syrian government forces and their allies clashed with IS militants that tried to infiltrate/escape cross to the west bank of the Euphrates river, which physically separates Syrian government and SDF territory; the engagement left seven jihadists dead.' },
    counter: { source: 'Northwestern_Syria_offensive_(April–August_2019).txt', text: 'Ahrar al-Sham reportedly rejected the ceasefire and vowed to keep fighting.' },
  },
  // "The military advanced into the rebel-held Arkub district" — an advance on ground the other side holds
  {
    family: 'advance', event_type: 'Battles', sub_event_type: 'Armed clash', needsPlace: true,
    verbs: ['advance into', 'advance * into', 'advance on', 'push into', 'push * into', 'break through:broke,broken', 'break into:broke,broken', 'storm into'],
    example: { source: 'Combat_operations_in_2012_during_the_Battle_of_Aleppo.txt', text: 'The military advanced into the rebel-held Arkub district.' },
    counter: { source: 'Battle_of_al-Bab.txt', text: 'On 2 December, the rebels were ordered not to advance on the center of the city for the time being.' },
  },
  // "the Russian troops were repelled at the village of Kamyanka": who repelled is whom the attack was against
  {
    family: 'repel', event_type: 'Battles', sub_event_type: 'Armed clash', subject: 'target',
    verbs: ['repel:repelled', 'repulse', 'thwart', 'fight off:fought', 'beat back:beat,beaten', 'push back', 'drive back:drove,driven', 'hold off:held'],
    example: { source: 'Battle_of_Izium_(2022).txt', text: 'However, the ISW cited the Ukrainian military that the Russian troops were repelled at the village of Kamyanka, just south of Izium.' },
    counter: { source: 'Combat_operations_in_2012_during_the_Battle_of_Aleppo.txt', text: 'On 16 September, rebel fighters made another attempt to push back into Midan.' },
  },
  // "Ukrainian forces successfully defended Kharkiv by early May": defenders are whom the fight was against
  {
    family: 'defend', event_type: 'Battles', sub_event_type: 'Armed clash', subject: 'target', needsPlace: true,
    verbs: ['defend'],
    example: { source: 'Battle_of_Balakliia.txt', text: 'In early April, Russian forces captured Izium, and Ukrainian forces successfully defended Kharkiv by early May.' },
    counter: { source: '2022_Ukrainian_eastern_counteroffensive.txt', text: 'On 26 September, the British Ministry of Defense said that many new conscripts are already being deployed in Ukraine without any training or proper equipment.' },
  },
  // "rebels reportedly took the al-Harsh checkpoint": taking, said of a place or a site, is capturing it
  {
    family: 'take', event_type: 'Battles', sub_event_type: 'Non-state actor overtakes territory', needsPlace: true, placeLinks: [''],
    notBefore: ['place', 'part', 'refuge', 'shelter', 'advantage', 'cover', 'office', 'hostage', 'prisoner', 'prisoners', 'positions', 'position', 'up', 'over', 'control', 'back', 'hold'],
    verbs: ['take:took,taken'],
    example: { source: 'Battle_of_Morek.txt', text: 'On 1 February, rebels reportedly took the al-Harsh checkpoint, north of Morek, and the al-Jeser checkpoint, between Helfaya and Taybat al-Imam.' },
    counter: { source: 'Kyiv_offensive_(2022).txt', text: 'Some elements of the convoy took up positions in Lubyanka, and nearby forests.' },
  },
  // "Russian troops entered the town of Skadovsk": a side that enters a place without a fight takes it over
  {
    family: 'enter', event_type: 'Strategic developments', sub_event_type: 'Non-violent transfer of territory', needsAgent: true, needsPlace: true, placeLinks: [''],
    verbs: ['enter', 're enter', 'reenter'],
    example: { source: 'Southern_Ukraine_campaign.txt', text: 'On 9 March, Russian troops entered the town of Skadovsk.' },
    counter: { source: 'Operation_Olive_Branch.txt', text: 'In addition, Syrian pro-government forces entered the conflict on the side of the DFNS in February 2018.' },
  },
  // "Russian soldiers shot citizens armed with Molotov cocktails": shooting at people, typed by whom it hit
  {
    family: 'shoot', event_type: 'Violence against civilians', sub_event_type: 'Attack', needsAgent: true,
    verbs: ['shoot:shot'],
    example: { source: 'Battle_of_Kherson.txt', text: 'Kolykhayev also claimed that on 1 March, Russian soldiers shot citizens armed with Molotov cocktails.' },
    counter: { source: 'Idlib_Governorate_clashes_(June_2012–April_2013).txt', text: 'The army held a base some kilometers down the road into Syria, but no shooting was going on as of the moment.' },
  },
  // "The Turkish Army mounted a rescue operation across the border": a rescue is told as a fight won
  {
    family: 'rescue', event_type: 'Battles', sub_event_type: 'Armed clash', needsAgent: true,
    verbs: ['rescue * hostages', 'rescue hostages', 'free * hostages', 'free hostages', 'rescue * hostage', 'free * hostage'],
    nouns: ['rescue operation', 'rescue mission', 'hostage rescue'],
    example: { source: 'Siege_of_Kobanî.txt', text: 'The Turkish Army mounted a rescue operation across the border to evacuate its soldiers from the Tomb of Suleyman Shah, an exclave of Turkey south of Kobanî.' },
    counter: { source: 'Battle_of_Makariv.txt', text: 'The bodies of 13 civilians were extracted from the rubble and five people were rescued.' },
  },
  // "fired upon SDF positions" · "opened fire on the protesters": fire at a target, typed by the weapon and whom it hit
  {
    family: 'fire', event_type: 'Battles', sub_event_type: 'Armed clash',
    verbs: ['fire at', 'fire on', 'fire upon', 'fire into', 'fire towards', 'fire * at', 'fire * on', 'fire * upon', 'fire * into', 'open fire', 'shoot at:shot', 'shoot * at:shot'],
    nouns: ['gunfire:-', 'sniper fire:-', 'machine gun fire:-', 'small arms fire:-'],
    weapon: 'small-arms',
    example: { source: '2019_Turkish_offensive_into_north-eastern_Syria.txt', text: 'Turkey responded by denying that it targeted the U.S. base, instead stating that it had fired upon SDF positions.' },
    counter: { source: 'Combat_operations_in_2012_during_the_Battle_of_Aleppo.txt', text: 'The rebels blamed the fire on army shelling.' },
  },
  // "the Army destroyed a car bomb with a rocket": what was destroyed says which fight it was; "US forces withdrew
  // and destroyed its former air base" (2019_Turkish_offensive_into_north-eastern_Syria.txt) fought no one
  {
    family: 'destroy', event_type: 'Battles', sub_event_type: 'Armed clash', weak: true, needsAgent: true,
    notBefore: ['its own', 'their own', 'his own', 'its former', 'their former'],
    verbs: ['destroy', 'obliterate', 'annihilate', 'neutralize', 'neutralise', 'knock out:knocked'],
    nouns: ['destruction of:-'],
    example: { source: '2016_Southern_Aleppo_campaign.txt', text: 'During the fighting, the Army destroyed a car bomb with a rocket.' },
    counter: { source: 'Battles_of_Voznesensk.txt', text: 'Ukrainian forces set up a defense position near the destroyed bridge.' },
  },
  // "The rebels withdrew from Bani Zeid before the main Army assault": the place passes to the other side
  {
    // "withdrew from X", or the place as object: "Russian troops exited Slavutych", "abandoned Hirske"
    family: 'withdraw', event_type: 'Strategic developments', sub_event_type: 'Non-violent transfer of territory', subject: 'target', needsPlace: true, placeLinks: ['from', 'out of', 'completely from', 'entirely from', ''],
    verbs: ['withdraw:withdrew,withdrawn', 'retreat', 'pull out', 'pull back', 'abandon', 'exit'],
    nouns: ['withdrawal', 'retreat', 'pullout'],
    example: { source: '2016_Aleppo_summer_campaign.txt', text: 'The rebels withdrew from Bani Zeid before the main Army assault so to avoid heavy losses.' },
    counter: { source: 'Battle_of_Mosul_(2016–2017).txt', text: 'Turkey has refused to withdraw its forces.' },
  },
  // "the city was besieged by the Russian army" · "laid siege to the city": a siege is fought (a battle over
  // the place), unlike a ring closed around it
  {
    family: 'siege', event_type: 'Battles', sub_event_type: 'Armed clash', needsPlace: true,
    verbs: ['besiege', 'lay siege:laid'],
    nouns: ['siege'],
    example: { source: '2014_Eastern_Syria_offensive.txt', text: 'In the past, different rebel groups besieged the Al-Tabqa air base at different time periods.' },
    counter: { source: 'Siege_of_Kobanî.txt', text: 'The Kurdish film Kobanê depicts the Siege of Kobanî.' },
  },
  // "Iraqi troops had advanced 15 kilometers and encircled the city": a ring closed around a place, no fight
  // told yet ("surrounded the town and pushed into its suburbs" is the push; "surrounded Slavutych, laying
  // siege to the city" the ring)
  {
    // no -ing form: "the surrounding villages" is where, not what happened
    family: 'surround', event_type: 'Strategic developments', sub_event_type: 'Other', needsPlace: true, placeLinks: [''],
    verbForms: ['surrounds', 'surrounded', 'encircles', 'encircled'],
    example: { source: 'Battle_of_Ramadi_(2015–2016).txt', text: 'By October 13, Iraqi troops had advanced 15 kilometers and encircled the city, according to US officials.' },
    counter: { source: '2022_Ukrainian_eastern_counteroffensive.txt', text: 'Serhii Cherevatyi, spokesperson for Ukraine\'s eastern forces, claimed that Ukrainian forces successfully surrounded Russian forces in the city.' },
  },
];
