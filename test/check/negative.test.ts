import { describe, expect, it } from 'vitest';
import { raidSays } from './_articles.js';

// Prose that must NOT decide the field: each case leaves it unsupported.
// [case, infobox fields (the first is the one checked), prose sentences]
const NEVER_DECIDES: [string, Record<string, string>, string[]][] = [
  ['a number about the other side (a match)', { Casualties1: '60 killed' }, ['Residents said that more than sixty jihadists were killed.']],
  ['a number about the other side (a clash)', { Casualties2: '50 killed' }, ['Twelve French soldiers were killed in the fighting.']],
  ['the other side\'s losses against "None"', { Casualties1: 'None' }, ['Residents said that more than sixty jihadists were killed.']],
  ['the other side\'s "no casualties" against "None"', { Casualties2: 'None' }, ['The French army said it suffered no casualties.']],
  ['civilians\' "no casualties" against a side\'s "None"', { Casualties1: 'None' }, ['Residents stated there were no civilian casualties.']],
  ['a number that names no side', { Casualties2: '60 killed' }, ['Sixty people were killed.']],
  ['a vague number ("dozens")', { Casualties2: '60 killed' }, ['Dozens of jihadists were killed.']],
  ['another loss (wounded, not killed)', { Casualties2: '60 killed' }, ['Residents said that sixty jihadists were wounded.']],
  ['a part of the side ("officers" of "soldiers")', { Casualties1: '52 soldiers killed' }, ['Twelve French officers died.']],
  ['a part of a multi-day toll', { Casualties2: '50 killed', Date: '1–20 January 2013' }, ['Twelve jihadists were killed in an ambush.']],
  ['two parts of a one-day toll', { Casualties2: '50 killed' }, ['Twelve jihadists were killed at dawn.', 'Later, ten jihadists were killed near the airport.']],
  ['a figure dated after the event', { Casualties2: '50 killed' }, ['On 2 February 2013, twelve jihadists were killed in another raid.']],
  ['an open-ended toll against a smaller count', { Casualties2: '200+ killed' }, ['Twelve jihadists were killed.']],
  ['a loss against a strength', { Strength2: 'More than 50 jihadists' }, ['Residents said that more than 50 jihadists were killed.']],
  ['a different count of the same unit', { Units1: '4 Rafale fighter jets' }, ['Two Rafale fighter jets bombed the base.']],
  ['a count of another side\'s unit', { Strength2: '400 fighters' }, ['The French army sent 400 soldiers.']],
];

describe('prose that never decides a field', () => {
  it.each(NEVER_DECIDES)('%s', async (_name, fields, sentences) => {
    const [field] = Object.keys(fields);
    expect(await raidSays(fields, sentences, field ?? '')).toEqual({ verdict: 'unsupported', evidence: null });
  });
});
