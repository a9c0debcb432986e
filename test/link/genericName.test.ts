import { describe, expect, it } from 'vitest';
import { isGenericName } from '../../src/link/index.js';

describe('isGenericName', () => {
  it.each([
    'rebels', 'the army', 'civilians', 'militants', 'Rebel forces', 'pro-government fighters', 'Unidentified Armed Group (Syria)',
    'Special Operations Forces', 'Shia militias', 'Kurdish fighters', 'Coalition', 'Staff', 'Ahrar', 'the town', 'Al',
  ])('%s names nobody in particular', (name) => {
    expect(isGenericName(name)).toBe(true);
  });

  it.each(['Free Syrian Army', 'MOJWA', 'Russia', 'Republican Guard', 'Islamic State', 'Ansar Dine', 'Gao', 'Civilians of Gao', 'Jaysh al-Islam', 'Tiger Forces'])(
    '%s is a name',
    (name) => {
      expect(isGenericName(name)).toBe(false);
    },
  );
});
