import type { NameLexicon } from '../model/index.js';
import { countryByCode, countryByName, countryOfDemonym, findPlaces, type Gazetteer } from './gazetteer/index.js';
import { memoized } from './_memo.js';
import { isPlaceStopword } from './_placeStopwords.js';

/**
 * The NameLexicon the recognisers ask, answered by the gazetteer: countries and demonyms from
 * world-countries, place names from cities500 and the user layer (exact or alternate names only;
 * a transliteration skeleton is too loose to call a capitalised word a place). Answers are
 * remembered: both layers stay as they are while a lexicon lives.
 * @example gazetteerLexicon(openGazetteer()).isPlaceName('Bourem') === true
 */
export function gazetteerLexicon(gazetteer: Gazetteer): NameLexicon {
  return {
    countryOfDemonym: memoized((word) => countryOfDemonym(word)),
    countryCodeOf: memoized((name) => countryByName(name)?.code ?? null),
    countryName: (code) => countryByCode(code)?.name ?? null,
    // Not the village layer's 120k names: a surname or a word that is also some hamlet's name is no
    // reason to call a capitalised word a place; the words around it must ("the town of Konna").
    isPlaceName: memoized((name) => !isPlaceStopword(name) && findPlaces(gazetteer, name).some((c) => c.match !== 'skeleton' && c.match !== 'loose' && !c.village)),
    // asked only where the words mean a place: a village's spelling may differ by its vowels ("Diabaly", Diabali)
    isVillageName: memoized((name) => !isPlaceStopword(name) && findPlaces(gazetteer, name).some((c) => c.match !== 'loose' && c.village)),
    countryOfPlace: memoized((name) => {
      const towns = isPlaceStopword(name) ? [] : findPlaces(gazetteer, name).filter((c) => (c.match === 'name' || c.match === 'alt') && !c.village);
      return towns.sort((a, b) => b.place.population - a.place.population)[0]?.place.country ?? null;
    }),
  };
}
