import type { NameLexicon } from '../../src/model/index.js';
import { countryByCode, countryByName, countryOfDemonym } from '../../src/resolve/gazetteer/index.js';

/**
 * A NameLexicon of countries and demonyms alone (places only from `places`), so recogniser tests
 * do not depend on the 200k-place base layer.
 */
export function countryOnlyLexicon(places: readonly string[] = [], villages: readonly string[] = []): NameLexicon {
  const placeSet = new Set(places.map((p) => p.toLowerCase()));
  const villageSet = new Set(villages.map((p) => p.toLowerCase()));
  return {
    countryOfDemonym: (word) => countryOfDemonym(word),
    countryCodeOf: (name) => countryByName(name)?.code ?? null,
    countryName: (code) => countryByCode(code)?.name ?? null,
    isPlaceName: (name) => placeSet.has(name.toLowerCase()),
    isVillageName: (name) => villageSet.has(name.toLowerCase()),
  };
}
