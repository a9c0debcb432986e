import { describe, expect, it } from 'vitest';
import { countryByCode, countryByName, countryOfDemonym } from '../../../src/resolve/gazetteer/index.js';

describe('countryByName', () => {
  it.each([
    ['Mali', 'ML'],
    ['Spain', 'ES'],
    ['Morocco', 'MA'],
    ['Mauritania', 'MR'],
    ['Algeria', 'DZ'],
    ['Syria', 'SY'],
    ['Syrian Arab Republic', 'SY'],
    ['Turkey', 'TR'],
    ['Türkiye', 'TR'],
    ['the United States', 'US'],
    ["Côte d'Ivoire", 'CI'],
    ['Ivory Coast', 'CI'],
    ['Burkina Faso', 'BF'],
    ['Russian Federation', 'RU'],
  ])('%s → %s', (name, code) => {
    expect(countryByName(name)?.code).toBe(code);
  });

  it.each(['Gao', 'IS', 'IT', 'Islamic State', 'Kidal Region'])('%s is no country', (name) => {
    expect(countryByName(name)).toBeNull();
  });
});

describe('countryOfDemonym', () => {
  it.each([
    ['French', 'FR'],
    ['Malian', 'ML'],
    ['Malians', 'ML'],
    ['Algerian', 'DZ'],
    ['Mauritanian', 'MR'],
    ['Syrian', 'SY'],
    ['Russian', 'RU'],
    ['Ukrainian', 'UA'],
    ['Chadian', 'TD'],
    ['Burkinabe', 'BF'],
    ['American', 'US'],
    ['Dutch', 'NL'],
    ['Congolese', 'CD'],
    ['Saudi', 'SA'],
  ])('%s → %s', (word, code) => {
    expect(countryOfDemonym(word)).toBe(code);
  });

  it.each(['Tuareg', 'Kurdish', 'jihadist', 'Islamic'])('%s names no country', (word) => {
    expect(countryOfDemonym(word)).toBeNull();
  });
});

describe('countryByCode', () => {
  it('gives the name, centroid, area and neighbours', () => {
    const mali = countryByCode('ml');
    expect(mali).toMatchObject({ code: 'ML', name: 'Mali', officialName: 'Republic of Mali', lat: 17, lon: -4 });
    expect(mali?.borders).toEqual(expect.arrayContaining(['MR', 'DZ', 'BF', 'NE']));
    expect(mali?.demonyms).toContain('Malian');
  });
});
