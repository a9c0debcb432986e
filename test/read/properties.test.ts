import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAnnalsError, type SegmentedArticle } from '../../src/model/index.js';
import { SegmentedArticleSchema } from '../../src/model/schemas.js';
import { extractBytes } from '../../src/pipeline.js';
import { ARTICLE_FIXTURES, fixtureBytes } from '../helpers/fixtures.js';

// Small real articles of every shape, to mutate.
const SEEDS = ['Bombardment_of_Gao.txt', 'Battle_of_Bosra_(2015).txt', 'MINUSMA_super_camp_attack.txt', 'Battle_of_Boulikessi.txt'].map((name) =>
  fixtureBytes(ARTICLE_FIXTURES, name).toString('utf8'),
);
SEEDS.push(
  "{{Infobox military conflict\n| conflict = Battle of Foo\n| date = {{start date|2013|1|13}}\n| combatant1 = {{flagicon|France}} [[France]]\n| casualties2 = {{circa|60}}+ killed<ref>x</ref>\n}}\n'''Battle of Foo''' was fought near [[Gao]].\n\n== Background ==\n* one\n* two\n{| class=\"wikitable\"\n| a || b\n|}\n",
  '<mediawiki><page><title>Battle of Foo</title><ns>0</ns><revision><text>\'\'\'Battle of Foo\'\'\' was a [[battle]].</text></revision></page></mediawiki>',
);

// Pieces of markup that break parsers when they land in the wrong place.
const MARKUP = ['{{', '}}', '[[', ']]', '{|', '|}', '\n==', '==\n', '\n---\n', '<ref>', '</ref>', '<!--', '-->', '**', '](', '\n- ', ':', '\u0000', '\u202e', '\ufeff', '\r\n', '"', '“', '\uD800', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>'];

type Mutation = { at: number; kind: 'delete' | 'insert' | 'duplicate' | 'truncate'; length: number; piece: string };

const mutation = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom<'delete' | 'insert' | 'duplicate' | 'truncate'>('delete', 'insert', 'duplicate', 'truncate'),
  length: fc.nat({ max: 400 }),
  piece: fc.oneof(fc.constantFrom(...MARKUP), fc.string({ maxLength: 20, unit: 'grapheme' })),
});

function mutate(text: string, mutations: Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % out.length;
    if (m.kind === 'delete') out = out.slice(0, at) + out.slice(at + m.length);
    if (m.kind === 'insert') out = out.slice(0, at) + m.piece + out.slice(at);
    if (m.kind === 'duplicate') out = out.slice(0, at + m.length) + out.slice(at, at + m.length) + out.slice(at + m.length);
    if (m.kind === 'truncate') out = out.slice(0, at);
  }
  return out;
}

function spansInBounds(article: SegmentedArticle): boolean {
  const n = article.text.length;
  const ok = (s: { start: number; end: number }): boolean => s.start >= 0 && s.start <= s.end && s.end <= n;
  const fieldsExact = (article.infobox?.fields ?? []).every((f) => article.text.slice(f.span.start, f.span.end) === f.value);
  return (
    fieldsExact &&
    ok(article.titleSpan) &&
    article.sections.every((s) => ok(s.span) && ok(s.extent)) &&
    article.blocks.every((b) => ok(b.span)) &&
    article.links.every((l) => ok(l.span)) &&
    article.sentences.every((s) => ok(s.span))
  );
}

// A fixed seed keeps `npm test` repeatable; FC_SEED=random explores (a failure prints its seed to replay).
const SEED = process.env['FC_SEED'] === 'random' ? Date.now() : Number(process.env['FC_SEED'] ?? 20261124);

/** The property: a valid article with spans in bounds, or the typed read error; nothing else. */
async function readsOrRefuses(bytes: Uint8Array): Promise<void> {
  try {
    const { articles } = await extractBytes(bytes, 'fuzz-input');
    for (const article of articles) {
      SegmentedArticleSchema.parse(article);
      expect(spansInBounds(article)).toBe(true);
    }
  } catch (error) {
    if (!isAnnalsError(error)) throw error;
  }
}

describe('readers on arbitrary input', () => {
  it('return valid articles or throw AnnalsError for arbitrary bytes', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), readsOrRefuses), { numRuns: 1000, seed: SEED });
  });

  it('return valid articles or throw AnnalsError for arbitrary text behind each shape\'s opening', async () => {
    const opening = fc.constantFrom('', '= T =\n\n', '---\ntitle: T\n---\n', "'''T''' ", '<mediawiki><page><title>T</title><ns>0</ns><revision><text>');
    await fc.assert(
      fc.asyncProperty(opening, fc.string({ maxLength: 2000, unit: 'grapheme' }), (head, body) => readsOrRefuses(Buffer.from(head + body, 'utf8'))),
      { numRuns: 1000, seed: SEED },
    );
  });

  it('return valid articles or throw AnnalsError for mutated real articles', async () => {
    const seed = fc.constantFrom(...SEEDS);
    await fc.assert(
      fc.asyncProperty(seed, fc.array(mutation, { minLength: 1, maxLength: 6 }), (text, mutations) => readsOrRefuses(Buffer.from(mutate(text, mutations), 'utf8'))),
      { numRuns: 1000, seed: SEED },
    );
  });
});
