import { describe, expect, it } from 'vitest';
import { admin1At, admin1Label, admin1Name, loadBaseLayer } from '../../../src/resolve/gazetteer/index.js';

const base = loadBaseLayer();

describe('admin1Label', () => {
  it.each([
    ['UA', '13', 'Kiev'],
    ['SY', '08', 'Rif-dimashq'],
    ['AZ', '61', 'Xankǝndi'],
    ['ML', '09', 'Gao'],
  ])('names %s %s %s', (country, code, name) => {
    expect(admin1Label(country, code)).toBe(name);
  });

  it.each([['UA', '99'], ['XX', '01'], ['SY', 'Aleppo']])('knows no %s %s', (country, code) => {
    expect(admin1Label(country, code)).toBeNull();
  });
});

describe('admin1At', () => {
  it.each([
    // [place, lat, lon, country, the seat of its division]
    ['Base 46 (the article\'s coordinates)', 36.12571, 36.88793, 'SY', 'Aleppo'],
    ['Hayalin', 35.3513, 36.449, 'SY', 'Ḩamāh'],
    ['Sévaré', 14.5274, -4.0934, 'ML', 'Mopti'],
    ['the Lebanon–Syria border, by Akkar', 34.6061, 36.0776, 'LB', 'Halba'],
  ])('places %s in its division', (_, lat, lon, country, seat) => {
    const code = admin1At(base, lat, lon, country);
    expect(code === null ? null : admin1Name(base, country, code)).toBe(seat);
  });

  it('finds none in the open sea, nor in another country', () => {
    expect(admin1At(base, 34, 30, 'EG')).toBeNull();
    expect(admin1At(base, 36.12571, 36.88793, 'ML')).toBeNull();
  });
});
