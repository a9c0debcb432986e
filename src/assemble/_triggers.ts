import type { EventType } from '../model/index.js';

/** One way the words say something happened, typed by ACLED's rules rather than by the article's word. */
export interface Trigger {
  name: string;
  /** Matched in the sentence; group 0 is the trigger's words. Verbs only: nouns ("the strikes") refer back to events. */
  pattern: RegExp;
  event_type: EventType;
  sub_event_type: string;
}

// Missiles, rockets and artillery make a strike "Shelling/artillery/missile attack" whatever verb the article uses.
export const MISSILE_WORDS = /\b(missiles?|rockets?|artillery|mortars?|shells?|howitzers?|MLRS|HIMARS|Grad|Iskander|Kalibr|cruise|ballistic)\b/i;
// Aircraft words keep a bombing an air strike even when missiles are named ("air-to-surface missiles").
export const AIR_WORDS = /\b(planes?|jets?|aircraft|warplanes?|air ?strikes?|air raids?|air assaults?|drones?|helicopters?|bombers?|air force|air-to-surface)\b/i;

/** In order of specificity: the first trigger that matches a clause types its event. */
export const TRIGGERS: readonly Trigger[] = [
  // "a suicide bomber blew himself up", "suicide car bombing"
  { name: 'suicide', pattern: /\bsuicide (?:bomb(?:er|ing)s?|attack(?:er)?s?|car bomb)\b|\bblew (?:himself|herself|themselves) up\b/i, event_type: 'Explosions/Remote violence', sub_event_type: 'Suicide bomb' },
  // "an IED exploded", "hit a landmine", "a roadside bomb killed"
  { name: 'remote-explosive', pattern: /\b(?:IEDs?|landmines?|roadside bombs?|improvised explosive devices?|car bomb(?:ing)?s?|(?:double |twin )?bomb attacks?|blew up at|tunnel bombs?['’]?)/i, event_type: 'Explosions/Remote violence', sub_event_type: 'Remote explosive/landmine/IED' },
  // "French planes bombed the city", "carried out airstrikes on", "launched 10 airstrikes", "was an American bombing"
  { name: 'air-strike', pattern: /\b(?:bombed|bombard(?:ed)?|(?:launched|carried out|conducted) (?:an? |\w+ )?(?:air ?strikes?|air raids?|drone strikes?|bombing raids?)|air ?struck|was an? (?:\w+ ){0,2}(?:bombing|air ?strike|air raid|drone strike)|killed (?:by|in) (?:an? |the )?(?:[\w-]+ ){0,3}(?:bombing|bombardment|air ?strikes?|air raids?)|used (?:\w+ ){0,2}to bomb)\b/i, event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike' },
  // "Russian forces shelled Volnovakha", "fired rockets at", "a missile attack on"
  { name: 'shelling', pattern: /\b(?:shelled|(?:fired|launched) (?:\w+ )?(?:rockets?|missiles?|mortars?|shells?)|(?:launched|carried out) (?:an? )?(?:missile|rocket|artillery) (?:attack|strike)s?|shelling (?:was|were) reported|killed (?:by|in) (?:the )?(?:[\w-]+ )?shelling)\b/i, event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack' },
  // "struck the Russians at Chornobaivka", "fired on a depot", "destroyed another ammunition depot": a strike from afar
  { name: 'strike', pattern: /\b(?:struck (?!by)|(?:was|were) struck by|fired (?:on|at) |(?:strikes?|shellings?) (?:on|against) |destroyed (?:an? |another |the )?(?:[\w-]+ ){0,3}(?:ammunition depots?|depots?|helicopters?|aircraft|tanks?|equipment|command posts?)|(?:claimed|confirmed|reported) the destruction of|(?:was|were|had been|has been) (?:destroyed|obliterated) (?:in|at)\b|had hit an? |came under (?:\w+ ){0,2}(?:fire|shelling|bombardment|assault|attack))/i, event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack' },
  // "Malian forces took back control of Konna", "the army recaptured", "retook"
  { name: 'regain', pattern: /\b(?:recaptured|retook|regained|re-?took control|took back(?: control)?|took (?:it|them|the \w+) back|liberated|(?:was|were) retaken|took possession of|(?:have|has|had) occupied)\b/i, event_type: 'Battles', sub_event_type: 'Government regains territory' },
  // "capturing swathes of territory", "seized the town", "took control of", "overran"
  { name: 'capture', pattern: /(?<!\b(?:the|of|with|who were|that were|who had been) )\b(?:captured|capturing|seized|seizing|overran|overrunning|took (?:full |complete |total )?control|taking (?:full )?control|took over|taking over|took hold of|fell to)\b(?! (?:weapons|ammunition|equipment|vehicles|documents|arms|footage|images?|videos?|photos?|photographs?)\b)/i, event_type: 'Battles', sub_event_type: 'Non-state actor overtakes territory' },
  // "clashed with", "launched an offensive against", "attacked the base", "ambushed"
  // …, "the offensive was launched by rebels", "clashes took place in Glen town between …"
  { name: 'clash', pattern: /\b(?:clashed|fought|ambushed|stormed|assaulted|attacked|engaged|counter-?attacked|attacking|shot down|killed in action|made an? (?:\w+ )?attack|launched (?:an? )?(?:["“]?[\w-]+["”]? ){0,3}(?:offensives?|assaults?|attacks|attack|counter-?attacks?|operations?)|began (?:their |its |an? )?(?:attack|assault|offensive)|(?:offensive|assault|attack) was launched|advanced (?:further )?into|(?:killed|died) (?:in|by|during) (?:the )?(?:heavy )?(?:clashes|fighting|battles?)|followed by clashes|(?:incident|attack)s? (?:in [\w'’ -]+ )?(?:took place|occurred|had occurred|happened)|(?:another|a new|an?|the \w+(?:th|st|nd|rd)) (?:[\w-]+ )?attack (?:on|at|against)|(?:clashes|fighting|battles?) (?:took place|erupted|broke out)|was an? (?:\w+ ){0,2}(?:attack|ambush|assault))\b/i, event_type: 'Battles', sub_event_type: 'Armed clash' },
  // "massacred", "executed civilians"
  { name: 'massacre', pattern: /\b(?:massacred|executed|shot dead|gunned down|found shot)\b/i, event_type: 'Violence against civilians', sub_event_type: 'Attack' },
  // "kidnapped", "abducted"
  { name: 'abduction', pattern: /\b(?:kidnapped|abducted)\b/i, event_type: 'Violence against civilians', sub_event_type: 'Abduction/forced disappearance' },
  // "looted the Gao police station", "pillaged", "torched"
  { name: 'looting', pattern: /\b(?:looted|pillaged|plundered|ransacked|torched)\b/i, event_type: 'Strategic developments', sub_event_type: 'Looting/property destruction' },
  // "arrested", "detained"
  { name: 'arrests', pattern: /\b(?:arrested|detained)\b/i, event_type: 'Strategic developments', sub_event_type: 'Arrests' },
];

// Words that make a clause no report of a happening: "planned to attack", "threatened to bomb", "would seize".
export const NOT_HAPPENED = /\b(?:hypothetical|in the event of|potential|possible|condemn(?:ed|ing|s)?|plann(?:ed|ing) to|threaten(?:ed|ing) to|would|could|might|may|intend(?:ed|s)? to|aimed to|sought to|tried to|attempt(?:ed)? to|prepared to|vowed to|if|unless|not|never|no longer|denied|denies)\b[^,;.]*$/i;

// "destroyed 56 ISIS vehicles, … and an ISIS car bomb", "defused an IED": a bomb that was taken or
// destroyed before it went off is no explosion.
// (A clause told after the verb is a new happening: "seized the town, and when a car bomb exploded".)
export const WEAPON_TAKEN = /\b(?:destroyed|destroying|seized|defused|dismantled|intercepted|confiscated)\b(?:(?!\b(?:when|after|as|while|before|which|that|who|killing|killed|exploded|detonated)\b)[^.;])*$/i;

// "While capturing the city, …", "After seizing control of Mosul, …": a clause that points back at an event told already.
export const BACK_REFERENCE = /\b(?:while|after|before|since|upon|when|following)\s+$/i;
// What was seized or captured is no territory: weapons, goods, or people ("the pilot, …, captured by Russian forces").
export const NOT_TERRITORY = /\b(?:weapons?|arms|ammunition|equipment|vehicles?|motorcycles?|tanks?|documents|pilot|soldiers?|prisoners?|fighters?|members?|commanders?|officers?|civilians?|hostages?|journalists?)\b[^.;]{0,40}$/i;
