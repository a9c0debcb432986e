// What the words before a trigger say of whether it happened, and of what a territory word took.

/** Words before a trigger, in its clause, that make it no report of a happening. */
const UNREAL: readonly { words: readonly string[]; caseSensitive?: boolean }[] = [
  // a plan or an aim: "planned to attack", "sought to capture", "threatened to bomb"
  { words: ['planned to', 'planning to', 'intended to', 'intends to', 'intend to', 'aimed to', 'sought to', 'tried to', 'attempted to', 'attempt to', 'prepared to', 'vowed to', 'threatened to', 'threatening to'] },
  // readied or called off, not carried out: "prepared for an attack on Jarabulus", "called off its offensive"
  { words: ['preparing', 'prepared for', 'preparations for', 'called off', 'cancelled', 'canceled', 'aborted'] },
  // told as feigned: "a false flag operation by Ukraine", "a staged attack"
  { words: ['false flag', 'false-flag', 'staged'] },

  // a condition or a guess: "if", "in the event of", "a possible attack"
  { words: ['hypothetical', 'in the event of', 'potential', 'possible', 'if', 'unless'] },
  // a fear or a danger: "in fear of a massacre", "the threat of shelling", "the risk of encirclement"
  { words: ['fear of', 'fears of', 'fearing', 'threat of', 'risk of', 'danger of'] },
  // a modal: "would seize", "could strike" — in lower case only: "May" is a month, "Will" a name
  { words: ['would', 'will', 'shall', 'should', 'must', 'can', 'cannot', 'could', 'might', 'may'], caseSensitive: true },
  // a denial or a negation: "did not attack", "denied that it shelled"
  { words: ['not', 'never', 'no longer', 'denied', 'denies'] },
  // a pause or an end: "a lull in the fighting", "a halt to the shelling", "an end to the clashes"
  { words: ['lull in', 'halt to', 'halt in', 'pause in', 'end to', 'cessation of', 'respite from'] },
  // a call or a judgement: "urged both sides to stop fighting", "condemned the attack"
  { words: ['condemn', 'condemned', 'condemning', 'condemns', 'urge', 'urged', 'urging', 'called on', 'called for', 'calls on', 'calls for', 'demanded', 'demands', 'recommend', 'recommends'] },
];

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// within five words of the trigger: "an attempt to capture Izium was repelled" reports the repelling
const UNREAL_PATTERNS = UNREAL.map(({ words, caseSensitive }) => new RegExp(`\\b(?:${words.map(escape).join('|')})\\b(?:[^\\S\\n]+[^\\s,;.]+){0,5}[^\\S\\n]*$`, caseSensitive ? '' : 'i'));

/**
 * Whether the words of a clause before its trigger make it no report of a happening: a plan, a
 * condition, a modal, a negation, a call.
 * @example saysUnreal('the rebels planned to') === true
 * @example saysUnreal('On 5 May') === false
 */
export function saysUnreal(clause: string): boolean {
  return UNREAL_PATTERNS.some((p) => p.test(clause));
}

// "destroyed 56 ISIS vehicles, … and an ISIS car bomb", "defused an IED": a bomb that was taken or
// destroyed before it went off is no explosion.
// (A clause told after the verb is a new happening: "seized the town, and when a car bomb exploded".)
export const WEAPON_TAKEN = /\b(?:destroyed|destroying|seized|defused|dismantled|intercepted|confiscated)\b(?:(?!\b(?:when|after|as|while|before|which|that|who|killing|killed|exploded|detonated)\b)[^.;])*$/i;

// "While capturing the city, …", "After seizing control of Mosul, …": a clause that points back at an event told already.
export const BACK_REFERENCE = /\b(?:while|after|before|since|upon|when|following)\s+$/i;
// "stated that Russian forces still occupied the perimeter of the city": a hold that lasts, not a taking.
export const STILL_HELD = /\b(?:still|remained|remains|continued to|continue to|continues to)\s+(?:\w+\s+)?$/i;
// What was seized or captured is no territory: weapons, goods, or people ("the pilot, …, captured by Russian forces").
export const NOT_TERRITORY = /\b(?:weapons?|arms|ammunition|equipment|vehicles?|motorcycles?|tanks?|documents|pilot|soldiers?|prisoners?|fighters?|members?|commanders?|officers?|civilians?|hostages?|journalists?)\b[^.;]{0,40}$/i;

// A tally of ground by its area: "recaptured 8,000 km2 of territory", "the SDF captured 1,400 square kilometers of
// land", "500 km2 has been captured" sum up a campaign's days, not one taking of a place ("captured Khondan, thus
// regaining control over 2,000 square kilometers" tells its taking by the place)
const AREA = String.raw`\d[\d,.]*\s*(?:km2|km²|sq\.?\s?km|sqkm|square\s+(?:kilomet(?:er|re)s?|miles?))\b`;
const AREA_AFTER = new RegExp(String.raw`^\s+(?:[^\s,;.]+\s+){0,5}?${AREA}`, 'i');
const AREA_BEFORE = new RegExp(String.raw`${AREA}(?:\s+[^\s,;.]+){0,6}?\s+(?:has|have|had|was|were)\s+(?:been\s+)?(?:\w+ly\s+)?$`, 'i');
/**
 * Whether a territory word takes an area counted in square measures rather than a place.
 * @example areaTaken('he said they have', ' 8,000 km2 of territory from Russia.') === true
 * @example areaTaken('On 5 May, rebels', ' the town of Morek.') === false
 */
export function areaTaken(before: string, after: string): boolean {
  return AREA_AFTER.test(after) || AREA_BEFORE.test(before);
}

// Remembered, not reported: "This event occurred on the second anniversary of the 2020 Balyun airstrikes by the
// Russian army that killed 34 Turkish soldiers" — anywhere in the clause before the trigger.
const REMEMBERED = /\b(?:anniversary|anniversaries|commemorat(?:ing|ion|ed)|in memory of)\b/i;
/**
 * Whether the clause before a trigger remembers a past happening rather than reporting one.
 * @example remembersPast('This event occurred on the second anniversary of the 2020 airstrikes that') === true
 */
export function remembersPast(clause: string): boolean {
  return REMEMBERED.test(clause);
}

// In doubt, anywhere in the comma-clause before a verb: "It remained unclear whether or not the fresh influx of
// rebel fighters was enough to help the opposition regain some lost ground". A noun is left to tell its own
// happening ("It is not known whether it was an American or Russian airstrike that killed the three").
const IN_DOUBT = /\b(?:whether|unclear if|unknown if|not known if)\b/i;
/**
 * Whether the clause before a verb trigger asks whether it happened rather than reports it.
 * @example asksWhether('It remained unclear whether the rebels had the strength to') === true
 */
export function asksWhether(clause: string): boolean {
  return IN_DOUBT.test(clause);
}

// A tally of arms destroyed, counted by kind: "They reportedly destroyed 96 tanks, 20 "Grad" multiple rocket launcher
// systems and eight tanker trucks", "Nine tanks, one Orlan-10 drone, and various other equipment … were destroyed".
const COUNT = '(?:\\d[\\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|scores of|hundreds of)';
const MATERIEL = '(?:tanks?|vehicles?|helicopters?|aircraft|planes?|jets?|drones?|trucks?|systems?|launchers?|APCs|guns?|howitzers?|artillery pieces|boats?|ships?)';
const COUNTED_MATERIEL = new RegExp(`\\b${COUNT}\\s+(?:[\\w"'’-]+\\s+){0,4}?${MATERIEL}\\b`, 'gi');
/**
 * Whether a sentence tallies arms of two kinds or more: a summary of losses, not one blow.
 * @example materielTally('They destroyed 96 tanks, 20 Grad systems and eight tanker trucks.') === true
 * @example materielTally('Nine Syrian Arab Army tanks were destroyed by homemade bombs.') === false
 */
export function materielTally(sentence: string): boolean {
  return [...sentence.matchAll(COUNTED_MATERIEL)].length >= 2;
}

// "Later, clashes broke out near Resafa …", "Also more than 70 soldiers were killed when …": a sentence that opens
// on a later time or an addition tells another happening than the one before it.
const ANOTHER_OPENER = /^\s*(?:later|afterwards|subsequently|meanwhile|also|in addition|additionally|elsewhere)\b/i;

/**
 * Whether a sentence opens by telling another happening than the one told before it.
 * @example opensAnother('Later, clashes broke out near Resafa.') === true
 * @example opensAnother('The clashes killed 12.') === false
 */
export function opensAnother(sentence: string): boolean {
  return ANOTHER_OPENER.test(sentence);
}
