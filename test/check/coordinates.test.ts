import { describe, expect, it } from 'vitest';
import type { AssembledArticle } from '../../src/assemble/index.js';
import { checkMadeUp, said } from './_articles.js';

// An infobox shaped as Syrian battle articles write theirs, in our own words: the village is one no
// gazetteer holds, so the event stands where the infobox's coordinates put it.
const INFOBOX = {
  Date: '4 March 2016',
  Place: 'Testville, Hama Governorate, Syria',
  Result: 'Rebel victory',
  Combatant1: 'Syrian Arab Army',
  Combatant2: 'Free Syrian Army',
  Casualties1: '5 soldiers killed',
};
const PROSE = [
  'On 4 March 2016, fighters of the Free Syrian Army attacked a checkpoint of the Syrian Arab Army in Testville, killing five soldiers.',
  'The rebels held the checkpoint by nightfall.',
];

async function raid(coordinates: string) {
  const { article, checks } = await checkMadeUp({ ...INFOBOX, Coordinates: coordinates }, PROSE);
  // the pipeline's article, assembled: its events are there
  const event = (article as AssembledArticle).events.find((e) => e.event_type === 'Battles');
  const place = article.entities.find((e) => e.id === event?.location);
  return { article, checks, place };
}

describe('the infobox coordinates verdict', () => {
  it('flips a west that should be east, says so, and places the event at the flipped point', async () => {
    const { article, checks, place } = await raid('35.2°N 36.6°W');
    expect(said(article, checks, 'Coordinates')).toEqual({ verdict: 'contradicts', evidence: 'Testville, Hama Governorate, Syria' });
    expect(checks.find((c) => c.field === 'Coordinates')).toMatchObject({
      infobox: '35.2°N 36.6°W',
      reason: 'the hemisphere letters put 35.2°N 36.6°W outside Syria; flipped to 35.2°N 36.6°E',
    });
    expect(place).toMatchObject({ name: 'Testville', lat: 35.2, lon: 36.6, country: 'SY' });
  });

  it('refuses a point no flip brings into the named country: the event falls back on the governorate', async () => {
    const { article, checks, place } = await raid('35.2°N 136.6°E');
    expect(said(article, checks, 'Coordinates')?.verdict).toBe('contradicts');
    expect(checks.find((c) => c.field === 'Coordinates')?.reason).toBe('the hemisphere letters put 35.2°N 136.6°E outside Syria, and no flip lands inside: refused');
    // the governorate the place field names holds it instead, at region precision
    expect(place).toMatchObject({ name: 'Testville', country: 'SY', precision: 3 });
  });

  it('says nothing of coordinates that lie in the named country', async () => {
    const { checks, place } = await raid('35.2°N 36.6°E');
    expect(checks.find((c) => c.field === 'Coordinates')).toBeUndefined();
    expect(place).toMatchObject({ lat: 35.2, lon: 36.6 });
  });
});
