import type { PredictedArticle } from '../../src/eval/index.js';
import { actor, check, leg, place, predictedEvent } from './_build.js';
import { articleText } from './_gold.js';

export const GAO_TEXT = articleText('Bombardment_of_Gao.txt');
const text = GAO_TEXT;

/**
 * A by-hand record of everything fixtures/gold/Bombardment_of_Gao.gold.json asks for, and nothing
 * more: each call returns a fresh copy for a test to spoil.
 */
export function gaoPrediction(): PredictedArticle {
  return {
    title: 'Bombardment of Gao',
    text,
    entities: [
      actor('e1', 'state', 'France', ['French', 'French forces', 'French planes']),
      actor('e2', 'armed_group', 'MOJWA', ['Movement for Oneness and Jihad in West Africa', 'jihadists']),
      actor('e3', 'armed_group', 'MNLA', ['National Movement for the Liberation of Azawad']),
      actor('e4', 'armed_group', 'Ansar Dine'),
      actor('e5', 'person', 'Jean-Yves Le Drian', ['French defense minister']),
      actor('e6', 'civilians', 'Residents of Gao', ['residents']),
      actor('e7', 'military_unit', 'Police Forces of Mali', ['Gao police station']),
      place('p1', 'Gao', 16.2719, -0.0447),
      place('p2', 'Gao Region', 16.5, 0.5),
      place('p3', 'Mali', 17.0, -4.0),
      place('p4', 'Kidal', 18.4411, 1.4078),
      place('p5', 'Ménaka', 15.9182, 2.4022, ['Menaka']),
      place('p6', 'Timbuktu', 16.7735, -3.0074, ['Tombouctou']),
      place('p7', 'Konna', 14.95, -3.8833),
      place('p8', 'Aghabo', 19.0, 1.0),
      place('p9', 'Kidal Region', 19.5, 1.0),
      place('p10', 'Saint-Dizier', 48.6383, 4.9497),
      place('p11', 'Morocco', 32.0, -6.0),
      place('p12', 'Mauritania', 20.0, -10.0),
      place('p13', 'Algeria', 28.0, 2.0),
      place('p14', 'Spain', 40.0, -4.0),
      place('p15', "N'Djamena", 12.1067, 15.0444, ['Ndjamena']),
      place('p16', 'Bourem', 16.9686, -0.35),
      place('p17', 'Firhoun'),
    ],
    events: [
      predictedEvent(text, {
        id: 'v1', event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike',
        actor1: 'e1', actor2: 'e2', location: 'p1', day: '2013-01-13',
        fatalities: { low: 60, best: 60, high: null }, civilian_fatalities: 0,
        quotes: ['French forces bombed several areas in and around Gao', 'more than sixty jihadists were killed'],
      }),
      predictedEvent(text, {
        id: 'v2', event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike',
        actor1: 'e1', actor2: 'e4', location: 'p8', day: '2013-01-13',
        quotes: ['French forces also bombed an Ansar Dine base in Aghabo, Kidal Region'],
      }),
      predictedEvent(text, {
        id: 'v3', event_type: 'Strategic developments', sub_event_type: 'Looting/property destruction',
        actor1: 'e6', actor2: 'e7', location: 'p1', day: '2013-01-13',
        quotes: ['Some residents cheered at the strikes, and looted the Gao police station.'],
      }),
    ],
    movements: [
      {
        id: 'm1', actor: 'e1', vehicles: { count: 4, kind: 'Rafale fighter jets' },
        date: { start: '2013-01-13', end: '2013-01-13', precision: 'day' },
        legs: [
          leg('p10', 'origin'), leg('p14', 'refuel'), leg('p11', 'overflight'), leg('p12', 'overflight'),
          leg('p12', 'refuel'), leg('p3', 'refuel'),
          leg('p1', 'action', { offset_hours: { low: 6, best: 6, high: null, qualifier: 'about' } }),
          leg('p15', 'destination', { time: '16:30' }),
        ],
        avoided: ['p13'],
        evidence: [],
      },
    ],
    checks: [
      check('Date', 'January 13, 2013', 'agrees'),
      check('Units1', '4 Rafale fighter jets', 'agrees'),
      check('Casualties2', '60+ killed', 'agrees'),
      check('Casualties1', 'None', 'unsupported'),
      check('Combatant2', 'MOJWA', 'agrees'),
    ],
  };
}
