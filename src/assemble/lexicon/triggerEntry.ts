import type { EventType } from '../../model/index.js';

/** What a word names as the means of violence; typing reads it (ACLED types by weapon, not by verb). */
export type Weapon = 'aircraft' | 'artillery' | 'chemical' | 'explosive' | 'suicide' | 'grenade' | 'small-arms';

/**
 * How a noun trigger is told as a happening: the subject of a verb of occurrence ("clashes broke
 * out"), the object of a verb of doing ("launched an offensive"), the cause of harm ("killed in an
 * airstrike"), a circumstance ("amid heavy clashes"), a predicate ("was an American bombing"), a noun
 * with arguments of its own ("an attack by ISIL on a checkpoint"), or one with its own date.
 */
export type NounFrame = 'occurrence' | 'support' | 'harm' | 'circumstance' | 'predicate' | 'argument' | 'dated';

/**
 * Who the grammatical subject of a trigger is: the side that acts ("Russian forces shelled"), or the
 * side acted upon ("Ukrainian forces repelled a Russian attack", "Russian forces withdrew from X":
 * the other side is who gained the place).
 */
export type SubjectRole = 'agent' | 'target';

/**
 * One word family that tells a happening: its verbs and nouns, the ACLED type it makes before typing
 * by weapon and actors refines it, and a real sentence where it fires and one where it must not.
 */
export interface TriggerEntry {
  /** Named in provenance: `rule:trigger-<family>`. */
  family: string;
  event_type: EventType;
  sub_event_type: string;
  /** Verb lemmas; irregular past after a colon ("fight:fought", "take over:took,taken"); see `verbForms`. */
  verbs?: readonly string[];
  /** Exact verb forms that have no regular paradigm here ("downed", "blew himself up"). */
  verbForms?: readonly string[];
  /** Noun lemmas; a plural after a colon, "-" for none ("fighting:-"); see `nounForms`. */
  nouns?: readonly string[];
  /** The weapon the word itself names ("airstrike" → aircraft). */
  weapon?: Weapon;
  /** The subject's role; `agent` unless said. */
  subject?: SubjectRole;
  /** Verbs (as written in `verbs`) whose doer comes after them: "Harem fell to the rebels" was taken by the rebels. */
  doerAfter?: readonly string[];
  /** Its subject may name both parties, joined by "and": "the United States and Russia agreed on a cessation of hostilities". */
  mutual?: boolean;
  /** Only with a place in its clause: a withdrawal from nowhere changes no territory. */
  needsPlace?: boolean;
  /** The words that may link it to its place, right after it ("withdrew from X"); any place in its clause when unset. */
  placeLinks?: readonly string[];
  /** The only frames its nouns are told by, when not every frame tells them ("a shell struck", "killed by a mortar", never "carried out with mortars"). */
  nounFrames?: readonly NounFrame[];
  /** Words that, right after it, make it no happening ("agreed that …" is a statement, "exploded into a war" a figure). */
  notBefore?: readonly string[];
  /** Only when the clause names a weapon: "hit" or "targeted" alone says nothing of violence. */
  needsWeapon?: boolean;
  /** Its verbs only when the words name who did it (or a weapon that did): "five people were rescued" from rubble is no operation. */
  needsAgent?: boolean;
  /** An outcome, not a happening of its own: an event only when no other trigger is in the sentence ("killed", "destroyed"). */
  weak?: boolean;
  /** Corpus sentences: one it fires on (with the file it comes from), one it must not. */
  example: { source: string; text: string };
  counter: { source: string; text: string };
}
