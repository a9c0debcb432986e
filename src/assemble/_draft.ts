import type { Claim, DateInterval, EventType, GeoPrecision, Provenance, Span } from '../model/index.js';
import type { Weapon } from './lexicon/index.js';
import type { MentionFrame } from './_eventMention.js';

/** An event being assembled: the record's fields, and what assembling needs to merge and fill it. */
export interface EventDraft {
  event_type: EventType;
  sub_event_type: string;
  /** The trigger family that typed it (`capture`, `air-strike`); typing by actors reads it. */
  family: string;
  /** What it was carried out with, when the words say. */
  weapon: Weapon | null;
  actor1: string | null;
  actor2: string | null;
  location: string | null;
  geo_precision: GeoPrecision | null;
  date: DateInterval | null;
  time: string | null;
  claims: Claim[];
  civilianClaims: Claim[];
  /** Civilians' shares of tolls counted in `claims` ("22 civilians and four soldiers"): for civilian fatalities only. */
  civilianParts: Claim[];
  quantities: { count: number; unit: string; span: Span }[];
  evidence: Span[];
  provenance: Record<string, Provenance>;
  /** The sentences it was read from, in order; the first holds its trigger. */
  sentences: number[];
  /** Fields taken from context rather than the trigger's own sentence. */
  inherited: Set<string>;
  /** Where the words that tell it begin, for its subject: the trigger, or the verb a noun is told by ("the group launched a … attack"). */
  subjectAt: number;
  /** How the trigger was told ('verb', or the frame of a noun). */
  frame: MentionFrame;
  /** Told by a noun with "the" and nothing of its own ("killed in the attack"): one happening told already. */
  refersBack: boolean;
  /** Its two sides came as a pair "between" them, in no order the words give (`orderedByInfobox` orders them). */
  unorderedSides?: boolean;
}
