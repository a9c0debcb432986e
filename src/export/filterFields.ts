import { z } from 'zod';
import type { EventFilter } from '../store/index.js';

// A real calendar day: no 30 February, no year 0.
const isCalendarDay = (iso: string): boolean => {
  const parsed = new Date(`${iso}T00:00:00Z`);
  return !iso.startsWith('0000') && !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === iso;
};

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'not an ISO date (YYYY-MM-DD)').refine(isCalendarDay, 'not a calendar day');

const NUMBER = '-?\\d+(?:\\.\\d+)?';
const bbox = z
  .string()
  .regex(new RegExp(`^${NUMBER}(?:,${NUMBER}){3}$`), 'not four numbers west,south,east,north')
  .refine((v) => {
    const [west = 0, south = 0, east = 0, north = 0] = v.split(',').map(Number);
    return Math.abs(west) <= 180 && Math.abs(east) <= 180 && Math.abs(south) <= 90 && Math.abs(north) <= 90 && south <= north;
  }, 'not west,south,east,north in degrees with south ≤ north');

const text = (what: string) => z.string().trim().min(1, `an empty ${what}`).max(500, `a ${what} over 500 characters`);

/**
 * The event filters `annals export` and the API take, as the strings a command line or a query string
 * gives them; the same names and meanings as the store's `EventFilter`.
 */
export const FILTER_FIELDS = {
  actor: text('actor name').optional().describe("an actor's name, canonical page or alias (case, accents and punctuation ignored)"),
  type: text('event type').optional().describe('an ACLED event type or sub-event type, any case'),
  country: text('country').optional().describe("the event place's country: ISO alpha-2 code or name"),
  from: isoDate.optional().describe('events whose dates reach this day or later (YYYY-MM-DD)'),
  to: isoDate.optional().describe('events whose dates begin on this day or earlier (YYYY-MM-DD)'),
  bbox: bbox.optional().describe('west,south,east,north in degrees; west > east crosses the antimeridian'),
  q: text('search').optional().describe('full-text search over notes and evidence (web-search syntax)'),
  conflict: text('conflict').optional().describe('a conflict by name or id (/api/conflicts): the events of its articles and of every conflict under it'),
};

export const FilterFieldsSchema = z.strictObject(FILTER_FIELDS);
export type FilterFields = z.infer<typeof FilterFieldsSchema>;

/**
 * The store's filter from validated filter strings.
 * @example eventFilter({ country: 'Mali', bbox: '-5,10,5,20' }) // { country: 'Mali', bbox: [-5, 10, 5, 20] }
 */
export function eventFilter(fields: FilterFields): EventFilter {
  const { bbox: box, ...rest } = fields;
  const filter: EventFilter = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  if (box !== undefined) {
    const [west = 0, south = 0, east = 0, north = 0] = box.split(',').map(Number);
    filter.bbox = [west, south, east, north];
  }
  return filter;
}

/** What a validation failure is about: the field with the value given, and what is wrong with it. */
export interface IssueLine {
  /** `from "yesterday"`, or the unknown parameters' names. */
  input: string;
  problem: string;
}

/**
 * The first problem of a zod failure, to print as one line.
 * @example issueLine(error, { from: 'yesterday' }) // { input: 'from "yesterday"', problem: 'not an ISO date (YYYY-MM-DD)' }
 */
export function issueLine(error: z.ZodError, given: Record<string, unknown>): IssueLine {
  const issue = error.issues[0];
  if (!issue) return { input: '(input)', problem: error.message };
  if (issue.code === 'unrecognized_keys') return { input: issue.keys.join(', '), problem: 'not a known parameter' };
  const field = issue.path.map(String).join('.');
  const value = field in given ? ` ${JSON.stringify(given[field])}` : '';
  return { input: `${field || '(input)'}${value}`, problem: issue.message };
}
