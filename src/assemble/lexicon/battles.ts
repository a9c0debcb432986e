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
    example: { source: '2022_Ukrainian_Kharkiv_counteroffensive.txt', text: 'On 12 September, Ukrainian forces liberated Sviatohirsk, which Russian forces captured in June 2022.' },
    counter: { source: '2016_Aleppo_summer_campaign.txt', text: 'The rebels vowed to retake the district.' },
  },
  // "with pro-government forces overrunning three villages" · "the capture of Khan Tuman"
  {
    family: 'capture', event_type: 'Battles', sub_event_type: 'Non-state actor overtakes territory',
    verbs: [
      'capture', 'seize', 'overrun:overran,overrun', 'conquer', 'occupy',
      'take control:took,taken', 'take * control:took,taken', 'take over:took,taken', 'take hold:took,taken', 'take possession:took,taken',
      'gain control', 'gain * control', 'seize control', 'seize * control', 'assume control', 'establish control', 'establish * control', 'fall to:fell,fallen',
    ],
    nouns: ['capture', 'seizure', 'takeover', 'fall of:-'],
    example: { source: '2016_Aleppo_summer_campaign.txt', text: 'By evening, the rebels also took control of Al-\'Amariyah village and reached the nearby 1070 Al-Hamadaniyah Housing Project where fighting continued.' },
    counter: { source: '2014_Eastern_Syria_offensive.txt', text: 'Some of the captured Syrian soldiers were paraded in Raqqa.' },
  },
  // "they had shot down a government helicopter outside the base": a manned aircraft downed is a fight
  {
    family: 'shoot-down', event_type: 'Battles', sub_event_type: 'Armed clash',
    verbs: ['shoot down:shot', 'bring down:brought'],
    verbForms: ['downed'],
    nouns: ['shootdown'],
    example: { source: '2014_Eastern_Syria_offensive.txt', text: 'On 25 November 2013, they had shot down a government helicopter outside the base, killing all of its crew members.' },
    counter: { source: '2014_Eastern_Syria_offensive.txt', text: 'The crew of the downed helicopter were never found.' },
  },
  // "a soldier of the Armenian military was reported killed in action with Azerbaijani forces": the dead's side was struck
  {
    family: 'killed-in-action', event_type: 'Battles', sub_event_type: 'Armed clash', subject: 'target',
    verbForms: ['killed in action', 'died in action'],
    example: { source: '2016_Nagorno-Karabakh_conflict.txt', text: 'On 19 April, a soldier of the Nagorno Karabakh military was reported killed in action with Azerbaijani forces.' },
    counter: { source: '2016_Nagorno-Karabakh_conflict.txt', text: 'The soldiers killed were buried in Stepanakert.' },
  },
  // "the rebels proceeded to attack and seize the Jabal Al-'Eiss area" · "launched a new offensive into the rebel-held eastern neighborhoods"
  {
    family: 'attack', event_type: 'Battles', sub_event_type: 'Armed clash',
    verbs: ['attack', 'assault', 'storm', 'ambush', 'counterattack', 'counter attack', 'raid'],
    nouns: ['attack', 'assault', 'offensive', 'counteroffensive', 'counter offensive', 'counterattack', 'counter attack', 'ambush', 'raid', 'incursion', 'onslaught'],
    example: { source: '2016_Aleppo_summer_campaign.txt', text: 'On 17 August, after capturing most of the 1070 Al-Hamdaniyah Housing Project, government forces also stormed the Air Force Technical Base.' },
    counter: { source: '2016_Southern_Aleppo_campaign.txt', text: 'The Army deployed attack helicopters over the area.' },
  },
  // "government forces and their allies clashed with IS militants" · "Firefights between the SDF and SNA occurred"
  {
    family: 'clash', event_type: 'Battles', sub_event_type: 'Armed clash',
    verbs: ['clash', 'fight:fought', 'skirmish', 'engage', 'exchange fire'],
    nouns: ['clash', 'fighting:-', 'firefight', 'skirmish', 'gunfight', 'gun battle', 'battle', 'combat:-', 'street fight', 'street fighting:-', 'exchange of fire:exchanges of fire', 'hostilities:-'],
    example: { source: 'Battle_of_Baghuz_Fawqani.txt', text: 'Syrian government forces and their allies clashed with IS militants that tried to infiltrate/escape cross to the west bank of the Euphrates river.' },
    counter: { source: 'Battle_of_Baghuz_Fawqani.txt', text: 'The SDF said they were ready to fight if the talks failed.' },
  },
  // "the Syrian Army advanced into the district" — an advance on ground the other side holds
  {
    family: 'advance', event_type: 'Battles', sub_event_type: 'Armed clash', needsPlace: true,
    verbs: ['advance into', 'advance on', 'push into', 'break through:broke,broken', 'break into:broke,broken', 'storm into'],
    example: { source: '2016_Aleppo_summer_campaign.txt', text: 'On 22 September, the Syrian Army advanced into the rebel-held eastern neighborhoods.' },
    counter: { source: '2016_Aleppo_summer_campaign.txt', text: 'The Syrian Army was expected to advance on the city.' },
  },
  // "the Russian troops were repelled at the village of Kamyanka": who repelled is whom the attack was against
  {
    family: 'repel', event_type: 'Battles', sub_event_type: 'Armed clash', subject: 'target',
    verbs: ['repel:repelled', 'repulse', 'thwart', 'fight off:fought', 'beat back:beat,beaten', 'push back', 'drive back:drove,driven', 'hold off:held'],
    example: { source: 'Battle_of_Izium_(2022).txt', text: 'However, the ISW cited the Ukrainian military that the Russian troops were repelled at the village of Kamyanka, just south of Izium.' },
    counter: { source: '2016_Aleppo_summer_campaign.txt', text: 'The rebels hoped to push back toward the city.' },
  },
  // "11 Syrian soldiers … died while defending the Artillery Regiment 121 base": defenders are whom the fight was against
  {
    family: 'defend', event_type: 'Battles', sub_event_type: 'Armed clash', subject: 'target', needsPlace: true,
    verbs: ['defend'],
    nouns: ['defence', 'defense'],
    example: { source: '2022_Ukrainian_eastern_counteroffensive.txt', text: 'Ukrainian forces successfully defended Kharkiv by early May.' },
    counter: { source: '2022_Ukrainian_eastern_counteroffensive.txt', text: 'The Ministry of Defense said the city was calm.' },
  },
  // "the rebels … took an Army checkpoint": taking, said of a place or a site, is capturing it
  {
    family: 'take', event_type: 'Battles', sub_event_type: 'Non-state actor overtakes territory', needsPlace: true, placeLinks: [''],
    notBefore: ['place', 'part', 'refuge', 'shelter', 'advantage', 'cover', 'office', 'hostage', 'prisoner', 'prisoners', 'positions', 'position', 'up', 'over', 'control', 'back', 'hold'],
    verbs: ['take:took,taken'],
    example: { source: '2016_Southern_Aleppo_campaign.txt', text: 'The next day, the rebels took the village of Zeitan.' },
    counter: { source: '2016_Southern_Aleppo_campaign.txt', text: 'The offensive took three days.' },
  },
  // "French and Malian forces entered the town of Kidal": a side that enters a place without a fight takes it over
  {
    family: 'enter', event_type: 'Strategic developments', sub_event_type: 'Non-violent transfer of territory', needsPlace: true, placeLinks: [''],
    verbs: ['enter', 're enter', 'reenter'],
    example: { source: 'Northern_al-Bab_offensive_(September_2016).txt', text: 'On 16 September, the rebels entered the village of Tal Shair without resistance.' },
    counter: { source: 'Northern_al-Bab_offensive_(September_2016).txt', text: 'The Turkish Army entered the war in August.' },
  },
  // "Russian survivors of the ambush shot civilians in the villages": shooting at people, typed by whom it hit
  {
    family: 'shoot', event_type: 'Violence against civilians', sub_event_type: 'Attack', needsAgent: true,
    verbs: ['shoot:shot'],
    example: { source: 'Battle_of_Hostomel.txt', text: 'Russian soldiers shot two civilians who were trying to leave the town.' },
    counter: { source: 'Battle_of_Hostomel.txt', text: 'The film was shot in Kyiv.' },
  },
  // "special forces freed two hostages held by IS": a rescue is told as a fight won
  {
    family: 'rescue', event_type: 'Battles', sub_event_type: 'Armed clash', needsAgent: true,
    verbs: ['rescue * hostages', 'rescue hostages', 'free * hostages', 'free hostages', 'rescue * hostage', 'free * hostage'],
    nouns: ['rescue operation', 'rescue mission', 'hostage rescue'],
    example: { source: 'Battle_of_Baghuz_Fawqani.txt', text: 'On 9 February 2019, French special forces freed two hostages held by IS in the enclave.' },
    counter: { source: 'Battle_of_Makariv.txt', text: 'The bodies of 13 civilians were extracted from the rubble and five people were rescued.' },
  },
  // "fired upon SDF positions" · "opened fire on the protesters": fire at a target, typed by the weapon and whom it hit
  {
    family: 'fire', event_type: 'Battles', sub_event_type: 'Armed clash',
    verbs: ['fire at', 'fire on', 'fire upon', 'fire into', 'fire towards', 'fire * at', 'fire * on', 'fire * upon', 'fire * into', 'open fire', 'shoot at:shot', 'shoot * at:shot'],
    nouns: ['gunfire:-', 'sniper fire:-', 'machine gun fire:-', 'small arms fire:-'],
    weapon: 'small-arms',
    example: { source: '2019_Turkish_offensive_into_north-eastern_Syria.txt', text: 'Turkey responded by denying that it targeted the U.S. base, instead stating that it had fired upon SDF positions.' },
    counter: { source: '2019_Turkish_offensive_into_north-eastern_Syria.txt', text: 'The commander was fired for his failures.' },
  },
  // "the Army destroyed a car bomb with a rocket": what was destroyed says which fight it was
  {
    family: 'destroy', event_type: 'Battles', sub_event_type: 'Armed clash', weak: true, needsAgent: true,
    verbs: ['destroy', 'neutralize', 'neutralise', 'knock out:knocked'],
    nouns: ['destruction of:-'],
    example: { source: '2022_Ukrainian_Kharkiv_counteroffensive.txt', text: 'Ukrainian forces destroyed a Russian column near Balakliia.' },
    counter: { source: '2022_Ukrainian_Kharkiv_counteroffensive.txt', text: 'Destroyed Russian equipment lined the roads.' },
  },
  // "The rebels withdrew from Bani Zeid before the main Army assault": the place passes to the other side
  {
    family: 'withdraw', event_type: 'Strategic developments', sub_event_type: 'Non-violent transfer of territory', subject: 'target', needsPlace: true, placeLinks: ['from', 'out of', 'completely from', 'entirely from'],
    verbs: ['withdraw:withdrew,withdrawn', 'retreat', 'pull out', 'pull back', 'abandon', 'exit'],
    nouns: ['withdrawal', 'retreat', 'pullout'],
    example: { source: '2016_Aleppo_summer_campaign.txt', text: 'The rebels withdrew from Bani Zeid before the main Army assault so to avoid heavy losses.' },
    counter: { source: '2016_Aleppo_summer_campaign.txt', text: 'The rebels refused to withdraw.' },
  },
  // "different rebel groups besieged the Al-Tabqa air base" · "laid siege to the city"
  {
    family: 'siege', event_type: 'Strategic developments', sub_event_type: 'Other', needsPlace: true,
    verbs: ['besiege', 'lay siege:laid'],
    nouns: ['siege'],
    example: { source: '2014_Eastern_Syria_offensive.txt', text: 'In the past, different rebel groups besieged the Al-Tabqa air base at different time periods.' },
    counter: { source: '2014_Eastern_Syria_offensive.txt', text: 'The besieged soldiers were resupplied by air.' },
  },
];
