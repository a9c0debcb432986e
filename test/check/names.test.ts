import { describe, expect, it } from 'vitest';
import { sameTransliteratedName } from '../../src/check/_nameLikeness.js';
import { raidSays, type Said } from './_articles.js';

const agrees = (evidence: string): Said => ({ verdict: 'agrees', evidence });
const UNSUPPORTED: Said = { verdict: 'unsupported', evidence: null };

// [case, infobox field, infobox value, prose sentences after the raid's opening, what the check says]
const CASES: [string, string, string, string[], Said][] = [
  ['an acronym the prose defines', 'Combatant2', 'IMN', [], agrees('Islamic Movement of the North (IMN)')],
  ['a state by its forces', 'Combatant1', 'France', [], agrees('French soldiers')],
  ['one item of several', 'Combatant1', 'France · Chad', [], agrees('French soldiers')],
  ['a name the prose never gives', 'Combatant1', 'Chad', [], UNSUPPORTED],
  ['"Unknown"', 'Commander1', 'Unknown', [], UNSUPPORTED],
  ['a commander by name, without the bracket', 'Commander2', 'Abu Talha (IMN leader)', ['The raid targeted Abu Talha, who escaped.'], agrees('Abu Talha')],
  ['a commander spelled another way', 'Commander2', 'Kassem Saadeddin', ['Qassem Saadeddine, a leader of the group, escaped.'], agrees('Qassem Saadeddine')],
  ['a unit the recognisers missed, in any case', 'Units2', 'Al-Furqan Brigade', ['Fighters of the al-Furqan Brigade defended the base.'], agrees('al-Furqan Brigade')],
  ['a flag file name before a unit', 'Units2', 'Flag of IMN.svg Al-Furqan Brigade', ['Fighters of the Al-Furqan Brigade defended the base.'], agrees('Al-Furqan Brigade')],
  ['a counted unit, same number and noun', 'Units1', '4 Rafale fighter jets', ['The strike used four Rafale fighter jets.'], agrees('four Rafale fighter jets')],
  ['a strength, same number of fighters', 'Strength2', '~400 jihadists', ['The base held about 400 jihadists.'], agrees('about 400 jihadists')],
  // Battle_of_Konotop_(2022).txt: the side named in the figure's own noun phrase, though the sentence names both
  ['a strength whose side stands just before it', 'Strength1', '300 vehicles', ['Later that day, a mixed French column of up to 300 vehicles approached Timbuktu, before engaging IMN fighters.'], agrees('up to 300 vehicles')],
  ['the place', 'Place', 'Timbuktu, Mali', [], agrees('Timbuktu')],
  ['only the country of the place', 'Place', 'Kidal, Mali', ['The group had fled to Mali.'], UNSUPPORTED],
  ['a time of day', 'Time', '6:07 a.m.', ['The first bomb fell at 6:07 a.m.'], agrees('6:07 a.m.')],
  // the first "𝐀-Brigade" is inside a longer word: the search goes on past the whole astral character
  ['a name beginning with an astral character, first inside a word', 'Combatant2', '𝐀bc group', ['The x𝐀bc group banner flew.', 'The 𝐀bc group fought on.'], agrees('𝐀bc group')],
];

describe('names, places, units and times against the prose', () => {
  it.each(CASES)('%s', async (_name, field, value, sentences, expected) => {
    expect(await raidSays({ [field]: value }, sentences, field)).toEqual(expected);
  });
});

// [first spelling, second, same name?]
const SPELLINGS: [string, string, boolean][] = [
  ['Kassem Saadeddin', 'Qassem Saadeddine', true],
  ['Qasem Sadedine', 'Qassem Saadeddine', true],
  ['Abdelhamid Abou Zeid', 'Abdelhamid Abu Zeid', true],
  ['Zakir Hasanov', 'Hikmat Hasanov', false],
  ['Artem Zhoga', 'Vladimir Zhoga', false],
  ['Zhoga', 'Zhoga', false],
  ['Ilham Aliyev', 'Ilham Aliyev Jr', false],
];

describe('another transliteration of a name', () => {
  it.each(SPELLINGS)('%s and %s: %s', (a, b, same) => {
    expect(sameTransliteratedName(a, b)).toBe(same);
  });
});
