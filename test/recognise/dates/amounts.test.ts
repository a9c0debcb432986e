import { describe, expect, it } from 'vitest';
import { day, duration, hours, offset, time } from './expected.js';
import { described, recognise, sentenceContext } from './helpers.js';

function found(text: string) {
  const context = sentenceContext(text, { referenceDate: day('2013-01-13') });
  return recognise(context).map((m) => described(context.article, m));
}

// How the words around a number qualify it (DESIGN.md: "more than 60" → low 60, best 60, high null).
describe('qualified amounts of time', () => {
  it.each([
    ['The strikes lasted more than 30 minutes.', [duration('more than 30 minutes', hours(0.5, 'more_than'))]],
    ['The fighting lasted at least three days.', [duration('at least three days', hours(72, 'at_least'))]],
    ['The talks lasted less than two hours.', [duration('less than two hours', hours(2, 'fewer_than'))]],
    ['The fighting lasted two to three days.', [duration('two to three days', { low: 48, best: 48, high: 72, qualifier: 'range' }, true)]],
    ['The shelling lasted half an hour.', [duration('half an hour', hours(0.5))]],
    ['The assault lasted one and a half hours.', [duration('one and a half hours', hours(1.5))]],
    ['They held the village for a day.', [duration('a day', hours(24))]],
    ['A second blast was heard around ten minutes later.', [offset('around ten minutes later', hours(10 / 60, 'about'), 'previous')]],
    ['The convoy left two hours earlier.', [offset('two hours earlier', hours(-2), 'previous')]],
    ['The ceasefire began at 6 p.m. local time.', [time('6 p.m.', '18:00')]],
    ['Shelling resumed shortly after midnight.', [time('midnight', '00:00', true)]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
