import type { Mention, TimeMention } from '../model/index.js';
import { verdict, type FieldChecker } from './fieldChecker.js';
import { fieldMentions } from '../resolve/index.js';

// "around 4:30pm" and "4:45 p.m." may be one moment; a stated time is read to the minute.
const APPROXIMATE_MINUTES = 30;

/**
 * `Time`: agrees when a prose time is the infobox's ("6:07 a.m." and "at 6:07 a.m."), within half an
 * hour when either is approximate; unsupported otherwise — an article gives many times of day.
 * @example timeCheck.check(context, time).verdict // 'agrees' — "On 8 October 2022, at 6:07 a.m., a fire broke out"
 */
export const timeCheck: FieldChecker = {
  name: 'time',
  keys: /^(?:time|times)$/,
  check(context, field) {
    const isTime = (m: Mention): m is TimeMention => m.kind === 'time';
    const stated = fieldMentions(context.article, field).filter(isTime);
    if (stated.length === 0) return verdict(field, 'unsupported', null, 'no time read in the infobox');
    const prose = context.article.mentions.filter((m): m is TimeMention => isTime(m) && m.sentence !== null);
    const found = prose.find((p) => stated.some((s) => sameMoment(s, p)));
    return found ? verdict(field, 'agrees', found.span, `prose gives ${found.value.time}`) : verdict(field, 'unsupported', null, 'no prose time like it');
  },
};

function sameMoment(a: TimeMention, b: TimeMention): boolean {
  const minutes = (t: TimeMention): number => Number(t.value.time.slice(0, 2)) * 60 + Number(t.value.time.slice(3));
  const slack = a.value.approximate || b.value.approximate ? APPROXIMATE_MINUTES : 0;
  return Math.abs(minutes(a) - minutes(b)) <= slack;
}
