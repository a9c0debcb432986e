import { describe, expect, it } from 'vitest';
import { recordAdmin1 } from '../../src/export/index.js';
import type { GeoPrecision } from '../../src/model/index.js';
import type { PlaceRef } from '../../src/store/index.js';

const place = (name: string, country: string | null, admin1: string | null, lat: number | null = null, lon: number | null = null): PlaceRef => ({
  id: 'e1', name, kind: 'place', aliases: [name], country, admin1, lat, lon,
});

describe('recordAdmin1', () => {
  it.each<[string, PlaceRef | null, GeoPrecision | null, string | null]>([
    ['a seat\'s name as resolve stored it', place('Gao', 'ML', 'Gao', 16.27, -0.04), 1, 'Gao'],
    ['a code resolve stored (Kyiv Oblast has no seat town)', place('Irpin', 'UA', '13', 50.52, 30.25), 1, 'Kiev'],
    ['a code of Rif Dimashq', place('Douma', 'SY', '08', 33.57, 36.4), 1, 'Rif-dimashq'],
    ['none stored: the article\'s coordinates of Base 46', place('Base 46', 'SY', null, 36.12571, 36.88793), 1, 'Aleppo'],
    ['none stored: a border point', place('Lebanon–Syria border', 'LB', null, 34.6061, 36.0776), 2, 'Halba'],
    ['an event placed only in its country', place('Türkiye', 'TR', null, 39, 35), 'country', null],
    ['a place without coordinates', place('Boulikessi', 'ML', null), 1, null],
    ['a place without a country', place('somewhere', null, null, 10, 10), 1, null],
    ['no place', null, null, null],
  ])('%s', (_, at, precision, admin1) => {
    expect(recordAdmin1(at, precision)).toBe(admin1);
  });
});
