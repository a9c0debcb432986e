import { expect } from 'vitest';
import type { Count, DateInterval } from '../../../src/model/index.js';

// Builders for the expected side of the tables: a mention as `described` shows it.

export const day = (iso: string): DateInterval => ({ start: iso, end: iso, precision: 'day' });
export const days = (start: string, end: string): DateInterval => ({ start, end, precision: 'day' });
export const months = (start: string, end: string): DateInterval => ({ start, end, precision: 'month' });
export const week = (start: string, end: string): DateInterval => ({ start, end, precision: 'week' });
export const years = (start: number, end: number = start): DateInterval => ({ start: `${start}-01-01`, end: `${end}-12-31`, precision: 'year' });

/** A date mention: absolute (stated, no anchor) unless told. */
export function date(text: string, value: DateInterval, how: { stated?: boolean; anchor?: string | null } = {}) {
  return { text, kind: 'date', value, stated: how.stated ?? true, anchor: how.anchor ?? null };
}

/** A date counted from another: never stated, anchored to `anchor`. */
export function relative(text: string, value: DateInterval, anchor: 'previous' | 'reference' | 'publication' = 'previous') {
  return date(text, value, { stated: false, anchor });
}

export function time(text: string, hhmm: string, approximate = false) {
  return { text, kind: 'time', value: { time: hhmm, approximate } };
}

/** A count of hours: every figure `hours` (compared to 6 places), qualified "exact" unless told. */
export function hours(value: number, qualifier: Count['qualifier'] = 'exact') {
  const close = expect.closeTo(value, 6) as unknown as number;
  if (qualifier === 'up_to' || qualifier === 'fewer_than') return { low: null, best: close, high: close, qualifier };
  if (qualifier === 'more_than' || qualifier === 'at_least') return { low: close, best: close, high: null, qualifier };
  return { low: close, best: close, high: close, qualifier };
}

export function duration(text: string, count: ReturnType<typeof hours>, approximate = count.qualifier !== 'exact') {
  return { text, kind: 'duration', value: { hours: count, approximate } };
}

export function offset(text: string, count: ReturnType<typeof hours>, from: string, approximate = count.qualifier !== 'exact') {
  return { text, kind: 'offset', value: { hours: count, from, approximate } };
}

/** One row of a corpus table: the article (file name), words verbatim from it, and every mention in them. */
export type CorpusCase = [article: string, words: string, mentions: readonly object[]];
