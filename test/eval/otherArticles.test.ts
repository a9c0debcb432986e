import { describe, expect, it } from 'vitest';
import { evaluate, type ArticleReport, type PredictedArticle } from '../../src/eval/index.js';
import { actor, check, place, predictedEvent, type EventInit, type Expected } from './_build.js';
import { gaoPrediction } from './_gaoPrediction.js';
import { articleText, goldOf } from './_gold.js';
import * as s from './_spoil.js';

const MOSUL_TEXT = articleText('2017_Mosul_airstrike.txt');
const mosulActors = [actor('us', 'state', 'United States', ['U.S.', 'American']), actor('isil', 'armed_group', 'ISIL', ['ISIS']), place('mosul', 'Mosul', 36.34, 43.13)];
const strike = (init: Partial<EventInit> & { id: string; quotes: string[] }) =>
  predictedEvent(MOSUL_TEXT, { event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike', actor1: 'us', actor2: 'isil', location: 'mosul', day: '2017-03-17', ...init });

/** The Mosul strike with the UCDP-style spread the article gives (at least 105, up to 278 civilians). */
function mosul(): PredictedArticle {
  return {
    title: '2017 Mosul airstrike', text: MOSUL_TEXT, entities: mosulActors, movements: [], checks: [],
    events: [strike({ id: 'v1', fatalities: { low: 105, best: 105, high: 278 }, civilian_fatalities: 105, quotes: ['at least 105 civilians died in the airstrike'] })],
  };
}

const optionalMosulEvents = s.addEvents(
  strike({ id: 'v2', event_type: 'Battles', sub_event_type: 'Government regains territory', day: '2016-11-01', quotes: ['American-led forces began taking back control of the city of Mosul'] }),
  strike({ id: 'v3', day: '2017-03-12', quotes: ['air raids from 10 March to 17 March alone'] }),
  strike({ id: 'v4', quotes: ['four of these strikes targeted ISIL in Mosul'] }),
);

const KAKHOVKA_TEXT = articleText('Attack_on_Nova_Kakhovka.txt');
function novaKakhovka(): PredictedArticle {
  return {
    title: 'Attack on Nova Kakhovka', text: KAKHOVKA_TEXT, movements: [], checks: [check('date', 'July 11, 2022', 'agrees')],
    entities: [actor('ua', 'state', 'Ukraine', ['Ukrainian']), actor('ru', 'state', 'Russia', ['Russian soldiers', 'Russian']), place('nk', 'Nova Kakhovka', 46.75, 33.37)],
    events: [predictedEvent(KAKHOVKA_TEXT, {
      id: 'v1', event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack', actor1: 'ua', actor2: 'ru', location: 'nk', day: '2022-07-11',
      fatalities: { low: 7, best: 7, high: 52 }, quotes: ['Ukraine claimed that 52 Russian soldiers were killed'],
    })],
  };
}

const CASES: [string, string, () => PredictedArticle, Expected][] = [
  ['Mosul: the required strike only', '2017 Mosul airstrike', mosul, { gold_events: 1, predicted_events: 1, matched: 1, f1: 1, extra: [] }],
  ['Mosul: every optional event predicted too', '2017 Mosul airstrike', () => optionalMosulEvents(mosul()), { gold_events: 1, predicted_events: 1, matched: 1, f1: 1, extra: [] }],
  ['Mosul: fatalities and civilians inside the gold ranges', '2017 Mosul airstrike', mosul, { fields: { fatalities: 1, civilian_fatalities: 1 } }],
  ['Mosul: a civilian toll above the range', '2017 Mosul airstrike', () => s.withEvent('v1', { civilian_fatalities: 531 })(mosul()), { fields: { civilian_fatalities: 0 } }],
  ['Mosul: a low figure below the range', '2017 Mosul airstrike', () => s.withEvent('v1', { fatalities: { low: 60, best: 105, high: 278 } })(mosul()), { fields: { fatalities: 0.6667 } }],
  ['Mosul: no gold movements or checks to score', '2017 Mosul airstrike', mosul, { movement_legs_recall: null, checks_accuracy: null, entities_recall: 0.6 }],
  ['Mosul: nothing predicted', '2017 Mosul airstrike', () => ({ ...mosul(), events: [] }), { precision: 1, recall: 0, f1: 0, fields: { date: null }, provenance: null, misses: ['al-jadidah-strike'] }],
  ['Nova Kakhovka: a claimed figure inside [52, 64] and a check labelled in lower case', 'Attack on Nova Kakhovka', novaKakhovka, { f1: 1, fields: PERFECT(), checks_accuracy: 1 }],
];

function PERFECT(): ArticleReport['fields'] {
  return { event_type: 1, sub_event_type: 1, date: 1, location: 1, actor1: 1, actor2: 1, fatalities: 1, civilian_fatalities: 1 };
}

describe('evaluate on the other gold articles', () => {
  it.each(CASES)('%s', (_name, title, predict, expected) => {
    const report = evaluate([{ gold: goldOf(title), predicted: predict() }]);
    expect(report.articles[0]).toMatchObject(expected);
  });
});

describe('the overall row', () => {
  it('adds the counts of every article (micro-average), not their ratios', () => {
    const report = evaluate([
      { gold: goldOf('Bombardment of Gao'), predicted: gaoPrediction() },
      { gold: goldOf('2017 Mosul airstrike'), predicted: { ...mosul(), events: [] } },
      { gold: goldOf('Battle of Bosra (2015)'), predicted: { title: 'Battle of Bosra (2015)', text: articleText('Battle_of_Bosra_(2015).txt'), entities: [], events: [], movements: [], checks: [check('Date', '21–25 March 2015', 'contradicts')] } },
    ]);
    // Gao 3 of 3, Mosul 0 of 1, Bosra 0 of 4; checks: Gao 5 of 5, Bosra 0 of 1.
    expect(report.overall).toMatchObject({ articles: 3, gold_events: 8, predicted_events: 3, matched: 3, precision: 1, recall: 0.375, f1: 0.5455, checks_accuracy: 0.8333 });
    expect(report.articles.map((a) => a.f1)).toEqual([1, 0, 0]);
  });

  it('is vacuously perfect with nothing to score', () => {
    expect(evaluate([]).overall).toMatchObject({ articles: 0, precision: 1, recall: 1, f1: 1, entities_recall: null });
  });
});
