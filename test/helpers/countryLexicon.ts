import countries from 'world-countries';
import type { NameLexicon } from '../../src/model/index.js';

/** A NameLexicon from world-countries alone (no places), for recogniser tests that need no gazetteer. */
export function countryOnlyLexicon(places: readonly string[] = []): NameLexicon {
  const byName = new Map<string, string>();
  const byDemonym = new Map<string, string>();
  const names = new Map<string, string>();
  for (const c of countries) {
    names.set(c.cca2, c.name.common);
    for (const n of [c.name.common, c.name.official, ...c.altSpellings.filter((a) => a.length > 3)]) byName.set(n.toLowerCase(), c.cca2);
    const dem = c.demonyms?.['eng'];
    if (dem) for (const d of [dem.m, dem.f]) if (d) byDemonym.set(d.toLowerCase(), c.cca2);
  }
  const placeSet = new Set(places.map((p) => p.toLowerCase()));
  return {
    countryOfDemonym: (word) => byDemonym.get(word.toLowerCase()) ?? null,
    countryCodeOf: (name) => byName.get(name.toLowerCase()) ?? null,
    countryName: (code) => names.get(code) ?? null,
    isPlaceName: (name) => placeSet.has(name.toLowerCase()),
  };
}
