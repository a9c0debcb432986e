import { describe, expect, it } from 'vitest';
import { openGazetteer } from '../../../src/resolve/gazetteer/index.js';
import { resolvePlaces } from '../../../src/resolve/places.js';
import { articleOf } from './_cases.js';

// Words a recogniser may hand over as places that must never become one. Several are GeoNames
// alternate names of real towns ("The" for Teresina, "Center" for Ózd, "May" for May-sur-Orne).
const gazetteer = openGazetteer({ userDir: null });
const SEED = articleOf({ place: 'Gao and outskirts, Gao Region, Mali' });

const NOT_PLACES: [text: string, article: string][] = [
  ['The', 'Bombardment_of_Gao'],
  ['May', 'Battle_of_Bakhmut'],
  ['Army', 'Battle_of_Bosra_(2015)'],
  ['Brigade', 'Battle_of_Bosra_(2015)'],
  ['Base', 'Siege_of_Base_46'],
  ['Center', 'Bombardment_of_Gao'],
  ['Le Drian', 'Bombardment_of_Gao'],
  ['Jean-Yves Le Drian', 'Bombardment_of_Gao'],
  ['Florence Parly', 'Battle_of_Boulikessi'],
  ['Air Force', 'Operation_Serval'],
  ['National Guard', 'Battle_of_Bakhmut'],
  ['Islamic State', 'Fall_of_Mosul'],
  ['Free Syrian Army', 'Battle_of_Bosra_(2015)'],
  ['Ansar Dine', 'Bombardment_of_Gao'],
  ['MOJWA', 'Bombardment_of_Gao'],
  ['Rafale', 'Bombardment_of_Gao'],
  ['Mirage 2000D', 'Battle_of_Boulikessi'],
  ['Colonel', 'Operation_Serval'],
  ['January', 'Bombardment_of_Gao'],
  ['Tuesday', 'Fall_of_Mosul'],
  ['North', 'Operation_Serval'],
  ['the city', 'Fall_of_Mosul'],
  ['60', 'Bombardment_of_Gao'],
  ['', 'Bombardment_of_Gao'],
];

describe('resolvePlaces: words that are not places', () => {
  it.each(NOT_PLACES)('%s (%s) stays unresolved in a Malian article', (text) => {
    const [r] = resolvePlaces([{ text }], SEED, { gazetteer });
    expect(r).toMatchObject({ name: text, resolved: false, lat: null, lon: null, country: null });
  });

  it.each(NOT_PLACES)('%s (%s) stays unresolved without any article context', (text) => {
    const [r] = resolvePlaces([{ text }], null, { gazetteer });
    expect(r?.resolved).toBe(false);
  });
});
