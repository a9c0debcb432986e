import { createHash } from 'node:crypto';
import type { Extraction } from '../../src/model/index.js';

/**
 * An extraction as one string: keys sorted at every level, so two runs that build the same values
 * in another key order still compare equal, and array order (events, legs) still counts. Undefined
 * values drop out as JSON drops them, so a record that crossed a thread compares with one that did not.
 */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const entries = Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries);
  });
}

/** The sha256 of an extraction's canonical form. */
export function recordHash(extraction: Extraction): string {
  return createHash('sha256').update(canonical(extraction)).digest('hex');
}

/**
 * Where two values first differ, as a path (`mentions[495].entity`) with both sides, or null when
 * equal. Fields are walked in the record's own order (the JSON contract's: text, sentences, mentions,
 * entities, events…), so the first difference is the earliest stage's, not a consequence of it.
 */
export function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (canonical(a) === canonical(b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const inner = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (inner) return inner;
    }
  }
  if (isRecord(a) && isRecord(b) && !Array.isArray(a) && !Array.isArray(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const inner = firstDifference(a[key], b[key], path ? `${path}.${key}` : key);
      if (inner) return inner;
    }
  }
  return `${path || '(whole)'}: ${brief(a)} ≠ ${brief(b)}`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object';
}

function brief(v: unknown): string {
  const text = canonical(v) ?? 'undefined';
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
