import { describe, expect, it } from 'vitest';
import { readWikitext } from '../../src/read/index.js';
import { expectSpansExact } from '../helpers/spans.js';

describe('readWikitext', () => {
  it('reads a conflict infobox with normalised keys', () => {
    const article = readWikitext("{{Infobox military conflict\n| conflict = Battle of Foo\n| Combatant_1 = [[France]]\n}}\n'''Battle of Foo''' was a battle.", 'foo.wiki');
    expectSpansExact(article);
    expect(article.infobox?.kind).toBe('military conflict');
    expect(article.infobox?.fields.map((f) => f.key)).toEqual(['conflict', 'combatant1']);
  });
});
