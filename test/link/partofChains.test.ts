import { describe, expect, it } from 'vitest';
import { partofChains } from '../../src/link/index.js';

describe('partofChains', () => {
  it.each<[string, string[][]]>([
    ['Mali War', [['Mali War']]],
    ['the Syrian Civil War', [['Syrian Civil War']]],
    ['the southern Ukraine campaign of the 2022 Russian invasion of Ukraine', [['southern Ukraine campaign', '2022 Russian invasion of Ukraine']]],
    ['the Kyiv offensive and the 2022 Russian invasion of Ukraine', [['Kyiv offensive'], ['2022 Russian invasion of Ukraine']]],
    ["the eastern Ukraine offensive's Battle of Donbas in the 2022 Russian invasion of Ukraine", [['Battle of Donbas', 'eastern Ukraine offensive', '2022 Russian invasion of Ukraine']]],
    ['the Syrian Civil War (Rif Dimashq Governorate campaign)', [['Rif Dimashq Governorate campaign', 'Syrian Civil War']]],
    ['Idlib Governorate clashes (June 2012–April 2013) (Syrian Civil War)', [['Idlib Governorate clashes (June 2012–April 2013)', 'Syrian Civil War']]],
    ['the Hasaka campaign of the Rojava-Islamist conflict, in the Rojava conflict of the Syrian Civil War', [['Hasaka campaign', 'Rojava-Islamist conflict', 'Rojava conflict', 'Syrian Civil War']]],
    ['the Syrian Civil War and · the 2015 Idlib offensive', [['Syrian Civil War'], ['2015 Idlib offensive']]],
    ['Operation Barkhane, Terrorism in Burkina Faso', [['Operation Barkhane'], ['Terrorism in Burkina Faso']]],
    ['the Mali War and the Islamist insurgency in the Sahel', [['Mali War'], ['Islamist insurgency in the Sahel']]],
  ])('%s', (value, chains) => {
    expect(partofChains(value)).toEqual(chains);
  });

  // "of" inside a name is no chain: "2022 Russian invasion of Ukraine" is one conflict, "Battle of Donbas" one battle
  it.each(['2022 Russian invasion of Ukraine', 'Battle of the Shaer gas field', 'Battle of Donbas (2022)'])('%s stays one name', (value) => {
    expect(partofChains(value)).toEqual([[value]]);
  });
});
