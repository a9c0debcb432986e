import type { MentionDraft } from '../recogniser.js';
import { patternRecogniser, spanAt, type Recogniser } from '../recogniser.js';

// a.m. · am · p.m. · PM ("4:30pm." keeps the sentence's full stop out of the span)
const MERIDIEM = '(a\\.m\\.?|p\\.m\\.?|am|pm)(?![a-z])';
const PATTERN = new RegExp(
  // Not inside "UTC+03:00", "12:00:00" or a decimal.
  '(?<![\\d+\\-−:.,])(?:' +
    [
      // 4:30pm · 16:30 · 05:00 · 10:30 a.m.
      `\\b([01]?\\d|2[0-3]):([0-5]\\d)(?:\\s*${MERIDIEM})?`,
      // 4.30pm · 12.00 noon (a dot needs a.m./p.m./noon, or "2.50 km" would be a time)
      `\\b([01]?\\d|2[0-3])\\.([0-5]\\d)\\s*(?:${MERIDIEM}|(noon))`,
      // 5 a.m. · 10 pm · 12pm
      `\\b(1[0-2]|0?[1-9])\\s*${MERIDIEM}`,
      // at noon · around midnight · by midday (the word alone: "Operation Midnight" is no time). The
      // look back follows the word: before it, it ran at every position, back over every run of blanks.
      '(noon|midday|midnight)(?<=\\b(?:[Aa]t|[Aa]round|[Aa]bout|[Bb]y|[Bb]efore|[Aa]fter|[Uu]ntil|[Ff]rom|[Tt]ill)\\s+(?:noon|midday|midnight))\\b',
    ].join('|') +
    ')',
  'gi',
);

// "around 4:30pm", "at about 05:00": the time is as stated, but only roughly.
const APPROXIMATE_BEFORE = /\b(?:around|about|approximately|roughly|circa|c\.|some|shortly (?:after|before)|just (?:after|before))\s+$/i;

/**
 * A clock time, local as stated, as `HH:MM`.
 * @example clockTime.recognise(ctx("…before landing at the N'Djamena airbase around 4:30pm."))
 *   // [{ kind: 'time', value: { time: '16:30', approximate: true }, … }]
 */
export const clockTime: Recogniser = patternRecogniser('time:clock', PATTERN, (context, match): MentionDraft | null => {
  const [words, h1, m1, mer1, h2, m2, mer2, noon2, h3, mer3, word] = match;
  const hour = Number(h1 ?? h2 ?? h3 ?? (word?.toLowerCase() === 'midnight' ? 0 : 12));
  const minute = Number(m1 ?? m2 ?? 0);
  const meridiem = (mer1 ?? mer2 ?? mer3 ?? (noon2 ? 'pm' : '')).toLowerCase().replace(/\./g, '');
  if (meridiem && (hour < 1 || hour > 12)) return null;
  const hours24 = meridiem === 'pm' ? (hour % 12) + 12 : meridiem === 'am' ? hour % 12 : hour;
  const time = `${String(hours24).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  const approximate = APPROXIMATE_BEFORE.test(context.text.slice(0, match.index));
  return {
    kind: 'time', span: spanAt(context, match.index, words.trimEnd().length), rule: 'time:clock',
    stated: true, sentence: context.sentenceIndex, value: { time, approximate },
  };
});
