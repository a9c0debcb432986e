import { describe, expect, it } from 'vitest';
import type { AssembledArticle } from '../../src/assemble/index.js';
import { assembleText } from '../helpers/assembleText.js';

const legs = (a: AssembledArticle): string[][] => a.movements.map((m) => m.legs.map((l) => `${l.role}:${a.entities.find((e) => e.id === l.place)?.name}`));

describe('assemble: movements', () => {
  it.each([
    ['a convoy from one city to another', 'On 15 January 2013, French troops left Abidjan in a convoy of 60 vehicles for the Malian capital of Bamako.', [['origin:Abidjan', 'destination:Bamako']]],
    ['a ship from port to port', 'On 20 January 2013, the ship sailed from Toulon to Dakar in Senegal.', [['origin:Toulon', 'destination:Dakar']]],
  ])('%s', (_case, sentence, expected) => {
    expect(legs(assembleText(sentence))).toEqual(expected);
  });

  it.each([
    ['a place and its own region', 'The rebels moved from Hama Province to Hama.'],
    ['a move with no destination', 'The rebels withdrew from Aleppo.'],
  ])('no journey for %s', (_case, sentence) => {
    expect(assembleText(sentence).movements).toEqual([]);
  });
});
