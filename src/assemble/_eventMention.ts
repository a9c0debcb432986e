import type { Span } from '../model/index.js';
import type { NounFrame, TriggerEntry } from './lexicon/index.js';

/** How the words make a trigger a report of a happening (kept in provenance: `rule:trigger-<family>:<frame>`): a verb, or a noun's frame. */
export type MentionFrame = 'verb' | NounFrame;

/** One place in a sentence where a trigger word reports a happening. */
export interface EventMention {
  entry: TriggerEntry;
  pos: 'verb' | 'noun';
  frame: MentionFrame;
  sentence: number;
  /** The trigger's first and last word in the sentence's word list (`wordsOf`). */
  first: number;
  last: number;
  /** The trigger's words in the article. */
  span: Span;
  /** The words before it that belong to its noun phrase ("a new Ukrainian" attack), for a noun. */
  phraseStart: number;
  /** A noun with "the" and no words of its own ("killed in the attack"): it names a happening told already. */
  refersBack: boolean;
  /** The word of the frame's verb ("took" of "took place", "hit" of "an air strike hit"): told by the noun, it is no mention of its own. */
  frameWord: number | null;
  /** Its subject was struck rather than striking ("the town endured heavy shelling", "Ukrainian forces repelled"). */
  subjectStruck: boolean;
  /** A verb whose doer comes after it ("fell to the rebels"): with no one named there it tells no taking ("fell to the ground"). */
  doerAfter?: true;
}
