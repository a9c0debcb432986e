import { describe, expect, it } from 'vitest';
import { conflictInfoboxKind } from '../../src/ingest/index.js';

describe('conflictInfoboxKind', () => {
  it.each([
    ['{{Infobox military conflict\n|conflict=American Revolutionary War', 'military conflict'],
    ['{{Infobox Military Conflict | conflict = Battle of X }}', 'military conflict'],
    ['{{ infobox_battle\n| name = X', 'military conflict'],
    ['{{Template:Infobox war <!-- note -->\n| name = X', 'military conflict'],
    ['{{Redirect|X}}\n{{Infobox civilian attack\n| title = X', 'civilian attack'],
    ['{{Infobox terrorist attack|title=X}}', 'terrorist attack'],
    ['{{Infobox civil conflict\n| title = X', 'civil conflict'],
    ['{{Infobox military operation\n| name = X', 'military operation'],
    ['{{Infobox person\n}}\n{{Infobox military conflict\n| conflict = X', 'military conflict'],
  ])('%j is a %s infobox', (wikitext, kind) => {
    expect(conflictInfoboxKind(wikitext)).toBe(kind);
  });

  it.each([
    '{{Infobox settlement\n| name = Gao',
    '{{Infobox military person\n| name = X',
    '{{Infobox military unit\n| unit_name = X',
    '{{Infobox airliner accident\n| name = X',
    '{{Battle\n| name = X}}',
    '{{Campaignbox American Revolutionary War}}',
    'The war had no infobox.',
  ])('%j is no conflict infobox', (wikitext) => {
    expect(conflictInfoboxKind(wikitext)).toBeNull();
  });
});
