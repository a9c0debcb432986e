import type { TriggerEntry } from './triggerEntry.js';

/** Word families of violence from afar: aircraft, artillery and missiles, explosives (ACLED "Explosions/Remote violence"). */
export const REMOTE_TRIGGERS: readonly TriggerEntry[] = [
  // "an attack conducted by three suicide car bombers against government positions"
  {
    family: 'suicide', event_type: 'Explosions/Remote violence', sub_event_type: 'Suicide bomb', weapon: 'suicide',
    verbForms: ['blew himself up', 'blew herself up', 'blew themselves up', 'blow himself up', 'blow themselves up'],
    nouns: ['suicide bombing', 'suicide bomber', 'suicide attack', 'suicide car bomb', 'suicide car bomber', 'suicide car', 'suicide bomb', 'suicide truck bomb', 'suicide vehicle'],
    example: { source: 'Battle_of_Baghuz_Fawqani.txt', text: 'Syrian reporter Mushin Khalil reported at least 14 SDF fighters were killed on the 12th in an IS counterattack that involved a suicide bomber.' },
    counter: { source: 'Battle_of_Baghuz_Fawqani.txt', text: 'The SDF warned of suicide bombers among the civilians leaving the enclave.' },
  },
  // "local activist claims of a chemical attack on northern Jobar on 22 June"
  {
    family: 'chemical', event_type: 'Explosions/Remote violence', sub_event_type: 'Chemical weapon', weapon: 'chemical',
    nouns: ['chemical attack', 'chemical weapons attack', 'chemical weapon attack', 'gas attack', 'sarin attack', 'chlorine attack'],
    example: { source: '2017_Jobar_offensive.txt', text: 'The Syrian Network for Human Rights reported local activist claims of a chemical attack on northern Jobar on 22 June.' },
    counter: { source: 'Battle_of_Aleppo_(2012–2016).txt', text: 'The report examined the use of chemical weapons in the war.' },
  },
  // "a grenade attack on the checkpoint"
  {
    family: 'grenade', event_type: 'Explosions/Remote violence', sub_event_type: 'Grenade', weapon: 'grenade',
    nouns: ['grenade attack', 'hand grenade attack'],
    verbForms: ['threw a grenade', 'threw grenades', 'hurled a grenade', 'hurled grenades'],
    example: { source: 'Battle_of_Damascus_(2012).txt', text: 'Two days later, a grenade attack on a checkpoint in Midan wounded three soldiers.' },
    counter: { source: 'Battle_of_Damascus_(2012).txt', text: 'The fighters were armed with rifles and rocket-propelled grenades.' },
  },
  // "after an IED exploded targeting a Syrian army vehicle" · "a suspected ISIL car bomb killed five civilians"
  {
    family: 'explosion', event_type: 'Explosions/Remote violence', sub_event_type: 'Remote explosive/landmine/IED', weapon: 'explosive', notBefore: ['into'],
    verbs: ['explode', 'detonate', 'blow up:blew,blown'],
    nouns: [
      'explosion', 'blast', 'detonation', 'car bomb', 'car bombing', 'roadside bomb', 'IED', 'improvised explosive device', 'landmine',
      'land mine', 'booby trap', 'tunnel bomb', 'bomb attack', 'bomb blast', 'bomb', 'truck bomb', 'explosive device',
    ],
    example: { source: '2021_Daraa_offensive.txt', text: 'On August 26, one Syrian soldier was killed and 4 others were wounded after an IED exploded targeting a Syrian army vehicle on the road between Daraa and Tafas.' },
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
    counter: { source: '2016_Southern_Aleppo_campaign.txt', text: 'The rebels called for a halt to the bombing campaign before the talks.' },
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
    counter: { source: '2014_Eastern_Syria_offensive.txt', text: 'The artillery regiment was moved to the base in July.' },
  },
  // "a shell struck his group killing 3 fighters", "killed by a mortar": a projectile told as what struck
  {
    family: 'projectile', event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack', weapon: 'artillery',
    nouns: ['shell', 'rocket', 'mortar', 'missile', 'mortar round', 'artillery round'],
    nounFrames: ['occurrence', 'harm'],
    example: { source: 'Battle_of_Idlib_(2012).txt', text: 'He added that a shell struck his group killing 3 fighters and wounding 2 others.' },
    counter: { source: '2022_Chornobaivka_attacks.txt', text: 'It was carried out with mortars by soldiers of Ukraine\'s 30th Mechanized Brigade.' },
  },
  // "Antonivka Road Bridge was hit again by a Ukrainian HIMARS missile strike": a strike is typed by what struck
  {
    family: 'strike', event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack',
    verbs: ['strike:struck,struck'],
    nouns: ['strike'],
    example: { source: '2022_Ukrainian_southern_counteroffensive.txt', text: 'Ukrainian forces struck the Antonivka Road Bridge again on 26 July.' },
    counter: { source: '2022_Ukrainian_southern_counteroffensive.txt', text: 'Workers at the plant went on strike in protest.' },
  },
  // "a Russian missile hit a pre-school" — hitting or targeting is violence only with a weapon named
  {
    family: 'hit', event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack', needsWeapon: true,
    verbs: ['hit:hit', 'target', 'rain down:rained'],
    example: { source: 'Battles_of_Bohorodychne_and_Krasnopillia.txt', text: 'On June 24, Russian artillery targeted civilian infrastructure near Bohorodychne, Krasnopillia, and surrounding villages.' },
    counter: { source: '2017_Jobar_offensive.txt', text: 'The offensive targeted the economy of the region.' },
  },
];
