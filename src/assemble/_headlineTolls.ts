import type { Claim, InfoboxField } from '../model/index.js';
import { infoboxFigures, isNoneValue, type Figure } from '../resolve/index.js';
import type { EventDraft } from './_draft.js';
import type { Facts } from './_facts.js';

// The infobox fields that count the dead: "Casualties2", "Deaths", "Fatalities", "Victims".
const TOLL_FIELD = /^(?:casualties\d*|deaths|fatalities|killed|dead|victims)$/;
const DEATH_FIELD = /^(?:deaths|fatalities|killed|dead)$/;
// Who gives the figures after it in a field: "Per Ukraine:", "According to Russia:", "(Ukrainian claim)".
const SOURCE = /(?:per|according to)\s+([^:\n]{2,40}):|\(([^()]{2,40}?)\s+claims?\)/gi;

/**
 * Pass 6b (the headline's tolls): the infobox of an article about one happening counts its dead,
 * side by side and source by source ("Per Ukraine: 52 soldiers killed · Per Russia: 7 soldiers and
 * civilians killed"). Each source's figure for the one side that lost anyone is a claim of its own
 * (the lowest is the best, as in the prose); when both sides lost men, their figures add up to one
 * claim of the total, from the lowest to the highest the sources give. The claims join those the
 * prose gives; each names the field it came from.
 * @example headlineTolls(facts, novaKakhovkaStrike) // claims 52 (by Ukraine) and 7 (by Russia) from Casualties2
 */
export function headlineTolls(facts: Facts, headline: EventDraft): void {
  const fields = (facts.article.infobox?.fields ?? []).filter((f) => TOLL_FIELD.test(f.key) && !isNoneValue(f.value));
  const perField = fields.map((f) => ({ field: f, claims: fieldClaims(facts, f) })).filter((x) => x.claims.length > 0);
  if (perField.length === 1) {
    for (const c of perField[0]?.claims ?? []) (isCivilian(c) ? headline.civilianClaims : headline.claims).push(c.claim);
  } else if (perField.length > 1) {
    headline.claims.push(total(perField.map((x) => x.claims.map((c) => c.claim))));
  }
}

interface FieldClaim {
  claim: Claim;
  figures: Figure[];
}

const isCivilian = (c: FieldClaim): boolean => c.figures.every((f) => f.civilian);

// A field's killed figures, one claim per source: a source's several figures ("91 troops killed · 9 civilians killed") add up.
function fieldClaims(facts: Facts, field: InfoboxField): FieldClaim[] {
  const killed = infoboxFigures(facts.article, field, DEATH_FIELD.test(field.key) ? 'killed' : null).filter((f) => f.kind === 'killed');
  const bySource = new Map<string | null, Figure[]>();
  for (const f of killed) {
    const by = sourceBefore(facts.article.text.slice(field.span.start, f.span.start));
    bySource.set(by, [...(bySource.get(by) ?? []), f]);
  }
  return [...bySource.entries()].map(([by, figures]) => ({ figures, claim: { figure: sum(figures.map((f) => f.count)), by, span: figures[0]?.span ?? field.span } }));
}

function sourceBefore(text: string): string | null {
  let by: string | null = null;
  for (const m of text.matchAll(SOURCE)) by = (m[1] ?? m[2] ?? '').trim() || by;
  return by;
}

function sum(counts: readonly Claim['figure'][]): Claim['figure'] {
  if (counts.length === 1 && counts[0]) return counts[0];
  const add = (pick: (c: Claim['figure']) => number | null): number | null => counts.reduce<number | null>((s, c) => (s === null || pick(c) === null ? null : s + (pick(c) ?? 0)), 0);
  return { low: add((c) => c.low ?? c.best), best: add((c) => c.best), high: add((c) => c.high), qualifier: counts.some((c) => c.qualifier !== 'exact') ? 'at_least' : 'exact' };
}

// Both sides' dead in one claim: from the sum of the lowest each field's sources give to the sum of the highest.
function total(fields: readonly Claim[][]): Claim {
  const lowest = fields.map((claims) => claims.map((c) => c.figure.low ?? c.figure.best ?? 0).reduce((a, b) => Math.min(a, b)));
  const best = fields.map((claims) => claims.map((c) => c.figure.best ?? 0).reduce((a, b) => Math.min(a, b)));
  const highest = fields.map((claims) => (claims.some((c) => c.figure.high === null) ? null : Math.max(...claims.map((c) => c.figure.high ?? 0))));
  const add = (xs: readonly (number | null)[]): number | null => (xs.some((x) => x === null) ? null : xs.reduce<number>((a, b) => a + (b ?? 0), 0));
  const first = fields[0]?.[0];
  const figure = { low: add(lowest), best: add(best), high: add(highest), qualifier: 'range' as const };
  return { figure, by: null, span: first?.span ?? { start: 0, end: 0 } };
}
