import type { TriggerEntry } from './triggerEntry.js';

/** Word families of violence from afar: aircraft, artillery and missiles, explosives (ACLED "Explosions/Remote violence"). */
export const REMOTE_TRIGGERS: readonly TriggerEntry[] = [
  // "an attack conducted by three suicide car bombers against government positions"
  {
    family: 'suicide', event_type: 'Explosions/Remote violence', sub_event_type: 'Suicide bomb', weapon: 'suicide',
    verbForms: ['blew himself up', 'blew herself up', 'blew themselves up', 'blow himself up', 'blow themselves up'],
    nouns: ['suicide bombing', 'suicide bomber', 'suicide attack', 'suicide car bomb', 'suicide car bomber', 'suicide car', 'suicide bomb', 'suicide truck bomb', 'suicide vehicle'],
    example: { source: 'Battle_of_Baghuz_Fawqani.txt', text: 'Syrian reporter Mushin Khalil reported at least 14 SDF fighters were killed on the 12th in an IS counterattack that involved a suicide bomber.' },
    counter: { source: 'Battle_of_Sirte_(2016).txt', text: 'Two female militants reportedly surrendered along with their children, in fear of being used as suicide bombers.' },
  },
  // "local activist claims of a chemical attack on northern Jobar on 22 June"
  {
    family: 'chemical', event_type: 'Explosions/Remote violence', sub_event_type: 'Chemical weapon', weapon: 'chemical',
    nouns: ['chemical attack', 'chemical weapons attack', 'chemical weapon attack', 'gas attack', 'sarin attack', 'chlorine attack'],
    example: { source: '2017_Jobar_offensive.txt', text: 'The Syrian Network for Human Rights reported local activist claims of a chemical attack on northern Jobar on 22 June.' },
    counter: { source: 'Battle_of_Ras_al-Ayn_(2019).txt', text: 'The Turkish Government denied it was a chemical attack, stating that they had no chemical weapons in their inventory.' },
  },
  // "reportedly threw a grenade down the turret of a Turkish tank"
  {
    family: 'grenade', event_type: 'Explosions/Remote violence', sub_event_type: 'Grenade', weapon: 'grenade',
    nouns: ['grenade attack', 'hand grenade attack'],
    verbForms: ['threw a grenade', 'threw grenades', 'hurled a grenade', 'hurled grenades'],
    example: { source: 'Operation_Olive_Branch.txt', text: 'On 27 January, in the first case of a Kurdish suicide attack against Turkish forces, female Kurdish YPJ fighter Zuluh Hemo (a.k.a. "Avesta Habur") reportedly threw a grenade down the turret of a Turkish tank, destroying the tank and killing two Turkish soldiers and herself.' },
    counter: { source: 'Battle_of_the_Siverskyi_Donets.txt', text: 'Russian troops had thrown smoke grenades in the area, creating difficulties in visibility.' },
  },
  // "after an IED exploded targeting a Syrian army vehicle" · "a suspected ISIL car bomb killed five civilians"
  {
    family: 'explosion', event_type: 'Explosions/Remote violence', sub_event_type: 'Remote explosive/landmine/IED', weapon: 'explosive', notBefore: ['into'],
    verbs: ['explode', 'detonate', 'blow up:blew,blown'],
    nouns: [
      'explosion', 'blast', 'detonation', 'car bomb', 'car bombing', 'roadside bomb', 'IED', 'improvised explosive device', 'landmine',
      'land mine', 'booby trap', 'tunnel bomb', 'bomb attack', 'bomb blast', 'bomb', 'truck bomb', 'explosive device',
    ],
    example: { source: '2021_Daraa_offensive.txt', text: 'On August 26, one Syrian soldier was killed and 4 others were wounded after an IED exploded targeting a Syrian army vehicle on the road between Nawa and Sheikh Maskeen.' },
    counter: { source: '2016_Southern_Aleppo_campaign.txt', text: 'During the fighting, the Army destroyed a car bomb with a rocket.' },
  },
  // "the Turkish military reportedly bombed a convoy" · "an air strike hit a heavy concentration of rebels"
  {
    family: 'air-strike', event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike', weapon: 'aircraft',
    verbs: ['bomb', 'airstrike'],
    nouns: [
      'airstrike', 'air strike', 'air raid', 'air attack', 'aerial attack', 'aerial bombardment', 'aerial bombing', 'bombing',
      'bombing raid', 'bombing run', 'drone strike', 'drone attack', 'air bombardment', 'air assault', 'sortie',
    ],
    example: { source: '2016_Southern_Aleppo_campaign.txt', text: 'During the clashes, an air strike hit a heavy concentration of rebels, killing 18 fighters.' },
    counter: { source: 'Operation_Olive_Branch.txt', text: 'The KNC also demanded a halt to Turkish bombing and military operations in Afrin.' },
  },
  // "ISIL itself shelled Al Hasakah with mortars, leaving three people dead" · "the Syrian Army bombarded Daraa al-Balad"
  {
    family: 'shelling', event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack', weapon: 'artillery',
    verbs: ['shell', 'bombard', 'pound'],
    verbForms: ['rocketed', 'mortared'],
    nouns: [
      'shelling', 'bombardment', 'barrage', 'artillery fire:-', 'artillery strike', 'artillery attack', 'artillery shelling', 'mortar fire:-',
      'mortar attack', 'mortar strike', 'rocket fire:-', 'rocket attack', 'rocket strike', 'missile strike', 'missile attack',
      'cruise missile strike', 'cruise missile attack', 'ballistic missile strike', 'tank fire:-',
    ],
    example: { source: '2014_Eastern_Syria_offensive.txt', text: 'Meanwhile, ISIL itself shelled Al Hasakah with mortars, leaving three people dead.' },
    counter: { source: 'Third_Battle_of_Fallujah.txt', text: 'Brigadier Shakir Jawdat said Iraqi forces are now in full control of the barrage, which is located south of Fallujah on the Euphrates River.' },
  },
  // "a shell struck his group killing 3 fighters", "killed by a mortar": a projectile told as what struck
  {
    family: 'projectile', event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack', weapon: 'artillery',
    nouns: ['shell', 'rocket', 'mortar', 'missile', 'mortar round', 'artillery round'],
    nounFrames: ['occurrence', 'harm'],
    example: { source: 'Battle_of_Idlib_(2012).txt', text: 'He added that a shell struck his group killing 3 fighters and wounding 2 others.' },
    counter: { source: '2022_Chornobaivka_attacks.txt', text: 'It was carried out with mortars by soldiers of Ukraine\'s 30th Mechanized Brigade.' },
  },
  // "Russian forces launched seven missiles at Mykolaiv": launching is violence only with the weapon it sends
  {
    family: 'launch', event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack', needsWeapon: true,
    verbs: ['launch'],
    example: { source: 'Battle_of_Mykolaiv.txt', text: 'On 22 June, Ukrainian authorities reported that Russian forces launched seven missiles at Mykolaiv.' },
    counter: { source: '2012_Hama_offensive.txt', text: 'On 22 January, the military launched an offensive, with the aim of recapturing territory lost during the rebel advance into northern Hama.' },
  },
  // "Rebel units struck the government-held Hama Airport with surface-to-surface missiles": a strike is typed by what struck
  {
    family: 'strike', event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack', needsAgent: true, notBefore: ['a deal', 'deal', 'an agreement', 'a bargain', 'a peace deal', 'a ceasefire', 'a truce', 'a new deal', 'a compromise'],
    verbs: ['strike:struck,struck'],
    nouns: ['strike'],
    example: { source: 'Northwestern_Syria_offensive_(April–August_2019).txt', text: 'Rebel units struck the government-held Hama Airport with surface-to-surface missiles.' },
    counter: { source: 'Central_Syria_campaign.txt', text: 'By 31 August, the Syrian Army and its allies had come within striking distance of Uqayribat.' },
  },
  // "a Russian missile hit a pre-school" — hitting or targeting is violence only with a weapon named
  {
    family: 'hit', event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack', needsWeapon: true,
    verbs: ['hit:hit', 'target', 'rain down:rained'],
    example: { source: 'Battles_of_Bohorodychne_and_Krasnopillia.txt', text: 'On June 24, Russian artillery targeted civilian infrastructure near Bohorodychne, Krasnopillia, and surrounding villages.' },
    counter: { source: 'Battle_of_Qalamoun_(2013–2014).txt', text: 'According to a security source, the Army\'s next targets were going to be Rankous and Flitah.' },
  },
];
