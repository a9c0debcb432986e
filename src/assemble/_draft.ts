import type { Claim, DateInterval, EventType, GeoPrecision, Provenance, Span } from '../model/index.js';

/** An event being assembled: the record's fields, and what assembling needs to merge and fill it. */
export interface EventDraft {
  event_type: EventType;
  sub_event_type: string;
  actor1: string | null;
  actor2: string | null;
  location: string | null;
  geo_precision: GeoPrecision | null;
  date: DateInterval | null;
  time: string | null;
  claims: Claim[];
  civilianClaims: Claim[];
  quantities: { count: number; unit: string; span: Span }[];
  evidence: Span[];
  provenance: Record<string, Provenance>;
  /** The sentences it was read from, in order; the first holds its trigger. */
  sentences: number[];
  /** Fields taken from context rather than the trigger's own sentence. */
  inherited: Set<string>;
}
