import { describe, expect, it } from 'vitest';
import type { AssembledArticle } from '../../src/assemble/index.js';
import { assembleText } from '../helpers/assembleText.js';

// typeActors (src/assemble/_actorTypes.ts): what kind of actor each one that acts is, for ACLED's inter codes.

const types = (a: AssembledArticle): [string, string | undefined][] => {
  const acting = new Set(a.events.flatMap((e) => [e.actor1, e.actor2]));
  return a.entities.filter((e) => acting.has(e.id)).map((e) => [e.name, e.actorType]);
};

describe('typeActors', () => {
  it.each([
    // a group fighting the state of the country the war is in: rebels (Battle_of_Harem.txt, dated, placed)
    ['On 17 October 2012, the Free Syrian Army attacked Syrian Army positions in Harem, Syria.', { Combatant1: 'Free Syrian Army', Combatant2: 'Syria' }, [['Free Syrian Army', 'rebels'], ['Syria', 'state_forces']]],
    // listed beside that state: a political militia (Siege_of_Base_46.txt's shape, our words)
    ['On 20 November 2012, the Shabiha attacked Free Syrian Army positions in Harem, Syria.', { Combatant1: 'Free Syrian Army', Combatant2: 'Syria · Shabiha' }, [['Shabiha', 'political_militia'], ['Free Syrian Army', 'rebels']]],
    // named as serving a government, whatever side: a political militia (Siege_of_Base_46.txt)
    ['On 22 September 2012, rebels attacked pro-government militias in Urum al-Kubrah, Syria.', {}, [['rebels', 'rebels'], ['pro-government militias', 'political_militia']]],
    // a foreign mission: external forces (Operation_Serval.txt's shape, our words)
    ['On 12 April 2013, Ansar Dine attacked MINUSMA in Kidal, Mali.', { Combatant1: 'MINUSMA', Combatant2: 'Ansar Dine' }, [['MINUSMA', 'external'], ['Ansar Dine', 'rebels']]],
  ] as const)('%s', (body, infobox, expected) => {
    expect(types(assembleText(body, infobox))).toEqual(expect.arrayContaining(expected.map((e) => [...e])));
  });

  it('gives no type to an entity that acts in no event', () => {
    const a = assembleText('On 17 October 2012, the Free Syrian Army attacked Syrian Army positions in Harem, Syria. Hezbollah was not present.', { Combatant1: 'Free Syrian Army', Combatant2: 'Syria' });
    expect(a.entities.find((e) => e.name === 'Hezbollah')?.actorType).toBeUndefined();
  });
});
