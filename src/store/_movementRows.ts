import type { Extraction } from '../model/index.js';
import type { Row } from './_insertRows.js';
import { sqlDate } from './_sqlValues.js';

/**
 * An article's movements, their legs in flown order, and its infobox checks as rows.
 * @example movementRows(seed, 1).legs[0] // { movement_id: 'm1', seq: 0, role: 'origin', … } — Saint-Dizier
 */
export function movementRows(x: Extraction, articleKey: number): { movements: Row[]; legs: Row[]; checks: Row[] } {
  return {
    movements: x.movements.map((m, ordinal) => ({
      article_key: articleKey,
      id: m.id,
      ordinal,
      actor: m.actor,
      vehicle_count: m.vehicles?.count ?? null,
      vehicle_kind: m.vehicles?.kind ?? null,
      date_start: sqlDate(m.date?.start),
      date_end: sqlDate(m.date?.end),
      date_precision: m.date?.precision ?? null,
      json: m,
    })),
    legs: x.movements.flatMap((m) =>
      m.legs.map((l, seq) => ({
        article_key: articleKey,
        movement_id: m.id,
        seq,
        place: l.place,
        role: l.role,
        time_stated: l.time,
        offset_hours: l.offset_hours?.best ?? null,
        span_start: l.span.start,
        span_end: l.span.end,
      })),
    ),
    checks: x.checks.map((c, seq) => ({
      article_key: articleKey,
      seq,
      field: c.field,
      infobox: c.infobox,
      verdict: c.verdict,
      evidence_start: c.evidence?.start ?? null,
      evidence_end: c.evidence?.end ?? null,
      reason: c.reason,
      json: c,
    })),
  };
}
