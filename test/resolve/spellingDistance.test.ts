import { describe, expect, it } from 'vitest';
import type { GeoPlace } from '../../src/resolve/gazetteer/index.js';
import { spellingDistance } from '../../src/resolve/_spellingDistance.js';

// spellingDistance (src/resolve/_spellingDistance.ts): how far the words' spelling is from a place's nearest name.
const place = (name: string, altNames: string[] = []): GeoPlace => ({
  geonameId: 1, name, asciiName: name, altNames, lat: 0, lon: 0, country: 'IQ', admin1: '', admin2: '', featureClass: 'P', featureCode: 'PPL', population: 0,
});

describe('spellingDistance: a leading Arabic article', () => {
  // Who's On First files the town of Habbaniyah as "Al Habbaniyah" with no other name
  it('of the place is no difference when the words give none', () => {
    expect(spellingDistance('Habbaniya', place('Al Habbaniyah'))).toBe(1);
    expect(spellingDistance('Habbaniya', place('Al Habbaniyah'), true)).toBe(3);
  });
  it('counts as written when the words give one of their own', () => {
    expect(spellingDistance('al-Habbaniya', place('Ash Habbaniyah'))).toBe(spellingDistance('al-Habbaniya', place('Ash Habbaniyah'), true));
  });
});
