import { describe, expect, it } from 'vitest';
import { resolvedText } from '../helpers/assembleText.js';

// conflictCountryOf (src/resolve/_resolveContext.ts): whose forces "the army" are when no infobox place names a country.
const armyOf = (body: string): string | undefined => resolvedText(body).entities.find((e) => e.aliases.some((a) => /^the army$/i.test(a.text)))?.name;

describe('the conflict country of an article with no infobox place', () => {
  // Combat_operations_in_2012_during_the_Battle_of_Aleppo.txt: Turkey named more often than Syria, every town in Syria
  it('is where most of the towns it names lie, however often another country is named', () => {
    const body = 'Turkey closed its border. Turkey protested to Turkey\'s allies.\n\nOn 5 August 2012, the army shelled Aleppo. On 6 August 2012, the army attacked Idlib. On 7 August 2012, the army entered Hama and Homs.';
    expect(armyOf(body)).toBe('Syria');
  });

  // own words: towns in two countries, none with a clear majority, leave the count of country names to decide
  it('is the country named most when the towns give no clear majority', () => {
    const body = 'Mali accused Mali\'s neighbour. Mali closed the road.\n\nOn 5 August 2012, the army shelled Gao. On 6 August 2012, the army attacked Aleppo.';
    expect(armyOf(body)).toBe('Mali');
  });
});
