import type { MentionDraft, Recogniser, RecogniseContext } from '../recogniser.js';
import { dateDraft } from './_draft.js';
import { yearsInterval } from './_iso.js';

const YEAR = '(1[5-9]\\d\\d|20\\d\\d)';
// Not a longer number, a decade ("1990s"), an ISO date, or a count of something ("in 2000 rounds").
const NOT_A_YEAR = '(?![\\d,.]?\\d|s\\b|-\\d\\d-|\\s*(?:%|hours?|minutes?|km|kilomet|miles?|metres?|meters?|m\\b|people|men|troops|soldiers|fighters|civilians|rounds|tons|tonnes|vehicles))';
const PROSE = new RegExp(
  // in 2014 · since 2012 · during 2014 · until 2016 · throughout 2015 · from 2011 to 2013 ·
  // between 2011 and 2013 · in 2014–15. Not "by 2000 soldiers", "of 2000 men", "Resolution 2085".
  `\\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Tt]ill|[Tt]hroughout|[Ff]rom|[Bb]etween)\\s+${YEAR}(?:\\s*(?:–|-|to|and|until)\\s*(\\d{4}|\\d{2}))?${NOT_A_YEAR}`,
  'g',
);
// "during the 2014 annexation of Crimea", "in the 2020 Nagorno-Karabakh war": the year of a named happening
// the sentence places itself in. Not a bare "the 2014 offensive" (it may only name what came before).
const HAPPENING = new RegExp(`\\b(?:[Ii]n|[Dd]uring|[Tt]hroughout|[Aa]mid)\\s+the\\s+${YEAR}(?=\\s+\\p{L})${NOT_A_YEAR}`, 'gu');
/** The rule of a year that names a happening: it dates its sentence but counts from nothing ("the next day"). */
export const YEAR_OF_HAPPENING = 'date:year-of-happening';
// An infobox date that is only a year or a span of years: "2014", "1991–1994", "2011 – present".
const INFOBOX = new RegExp(`^\\s*(?:c\\.\\s*)?${YEAR}(?:\\s*[–-]\\s*(\\d{4}|present|ongoing))?\\s*$`);

/**
 * A year standing alone, or a span of years: year precision, never a day.
 * @example bareYear.recognise(ctx('In 2014, the Islamic State captured the city'))
 *   // [{ value: { start: '2014-01-01', end: '2014-12-31', precision: 'year' }, … }]
 */
export const bareYear: Recogniser = {
  name: 'date:year',
  recognise(context: RecogniseContext): MentionDraft[] {
    const infobox = context.infoboxField !== null && /date/i.test(context.infoboxField);
    if (infobox) return yearsIn(context, INFOBOX, 'date:year');
    return [...yearsIn(context, PROSE, 'date:year'), ...yearsIn(context, HAPPENING, YEAR_OF_HAPPENING)];
  },
};

function yearsIn(context: RecogniseContext, pattern: RegExp, rule: string): MentionDraft[] {
  pattern.lastIndex = 0;
  const found: MentionDraft[] = [];
  for (let match = pattern.exec(context.text); match; match = pattern.global ? pattern.exec(context.text) : null) {
    const from = Number(match[1]);
    const until = yearAfter(from, match[2]);
    if (until === null) continue;
    const index = match.index + match[0].indexOf(match[1] ?? '');
    // The span ends with the last year stated: "1991–1994", but "2011" of "2011 – present".
    const words = /^\d+$/.test(match[2] ?? '') ? match[0].slice(index - match.index).trimEnd() : (match[1] ?? '');
    found.push(dateDraft(context, rule, { index, length: words.length }, yearsInterval(from, until), { stated: true, anchor: null }));
  }
  return found;
}

// "2014–15" → 2015; "present" leaves the span open, so only its first year is a date.
function yearAfter(from: number, second: string | undefined): number | null {
  if (second === undefined || !/^\d+$/.test(second)) return from;
  const until = second.length === 2 ? Math.floor(from / 100) * 100 + Number(second) : Number(second);
  return until >= from ? until : null;
}
