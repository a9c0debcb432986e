import type { NameLexicon } from '../model/index.js';
import { countryByCode, countryByName, countryOfDemonym, findPlaces, type Gazetteer } from './gazetteer/index.js';
import { isPlaceStopword } from './_placeStopwords.js';

/**
 * The NameLexicon the recognisers ask, answered by the gazetteer: countries and demonyms from
 * world-countries, place names from the base and user layers (exact or alternate names only;
 * a transliteration skeleton is too loose to call a capitalised word a place).
 * @example gazetteerLexicon(openGazetteer()).isPlaceName('Bourem') === true
 */
export function gazetteerLexicon(gazetteer: Gazetteer): NameLexicon {
  const places = new Map<string, boolean>();
  return {
    countryOfDemonym: (word) => countryOfDemonym(word),
    countryCodeOf: (name) => countryByName(name)?.code ?? null,
    countryName: (code) => countryByCode(code)?.name ?? null,
    isPlaceName(name) {
      let known = places.get(name);
      if (known === undefined) {
        known = !isPlaceStopword(name) && findPlaces(gazetteer, name).some((c) => c.match !== 'skeleton');
        places.set(name, known);
      }
      return known;
    },
  };
}
