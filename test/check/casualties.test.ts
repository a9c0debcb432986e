import { describe, expect, it } from 'vitest';
import { raidSays, type Said } from './_articles.js';

const agrees = (evidence: string): Said => ({ verdict: 'agrees', evidence });
const contradicts = (evidence: string): Said => ({ verdict: 'contradicts', evidence });
const UNSUPPORTED: Said = { verdict: 'unsupported', evidence: null };

// [case, infobox field, infobox value, prose sentences, what the check says]
const CASES: [string, string, string, string[], Said][] = [
  ['"60+" and "more than sixty"', 'Casualties2', '60+ killed', ['Residents said that more than sixty jihadists were killed.'], agrees('more than sixty jihadists were killed')],
  ['"at least 137" and "137"', 'Casualties2', 'at least 137 killed', ['Residents said that 137 jihadists were killed.'], agrees('137 jihadists were killed')],
  ['"137" and "at least 137"', 'Casualties2', '137 killed', ['Residents said that at least 137 jihadists were killed.'], agrees('at least 137 jihadists were killed')],
  ['a range, "21–25" and "23"', 'Casualties2', '21–25 killed', ['Residents said that 23 jihadists were killed.'], agrees('23 jihadists were killed')],
  ['"about 50" and "48"', 'Casualties2', 'about 50 killed', ['Residents said that 48 jihadists died.'], agrees('48 jihadists died')],
  ['a verb before the count', 'Casualties2', '60 killed', ['The French strikes killed 60 jihadists.'], agrees('killed 60 jihadists')],
  ['"3 wounded" and "three … were wounded"', 'Casualties1', '3 wounded', ['Three French soldiers were wounded.'], agrees('Three French soldiers were wounded')],
  ['"50 killed" and "12 were killed" of the same side', 'Casualties1', '50 killed', ['Twelve French soldiers were killed in the fighting.'], contradicts('Twelve French soldiers were killed')],
  ['"90–200" and "up to 300"', 'Casualties2', '90–200 killed', ['Residents said that up to 300 jihadists were killed.'], contradicts('up to 300 jihadists were killed')],
  ['"None" and "no casualties" of that side', 'Casualties1', 'None', ['The French army said it suffered no casualties.'], agrees('no casualties')],
  ['"0" and "no casualties" of that side', 'Casualties1', '0', ['The French army said it suffered no casualties.'], agrees('no casualties')],
  ['"None" and silence', 'Casualties1', 'None', ['Residents said that more than sixty jihadists were killed.'], UNSUPPORTED],
  ['"None" and two of that side killed', 'Casualties1', 'None', ['Two French soldiers were killed in the fighting.'], contradicts('Two French soldiers were killed')],
  ['"Unknown"', 'Casualties2', 'Unknown', ['Residents said that more than sixty jihadists were killed.'], UNSUPPORTED],
  ['civilians, "4" and "four"', 'Casualties3', '4 civilians killed', ['Four civilians were killed.'], agrees('Four civilians were killed')],
  ['a third side-less "None" and "no civilian casualties"', 'Casualties3', 'None', ['Residents stated there were no civilian casualties.'], agrees('no civilian casualties')],
  ['civilians, "4" and "no civilian casualties"', 'Casualties3', '4 civilians killed', ['Residents stated there were no civilian casualties.'], contradicts('no civilian casualties')],
  ['a side\'s figure in a rival claims list', 'Casualties2', 'Per France: 60 killed · Per IMN: 5 killed', ['Residents said that more than sixty jihadists were killed.'], agrees('more than sixty jihadists were killed')],
];

describe('casualty figures against the prose', () => {
  it.each(CASES)('%s', async (_name, field, value, sentences, expected) => {
    expect(await raidSays({ [field]: value }, sentences, field)).toEqual(expected);
  });
});
