import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMarkdown, readPlainText } from '../../src/read/index.js';
import { segment } from '../../src/segment/index.js';
import { ARTICLE_FIXTURES } from '../helpers/fixtures.js';

describe('segment', () => {
  it('gives the seed 23 sentences, each exactly its words, none from headings or the infobox', () => {
    const text = readFileSync(`${ARTICLE_FIXTURES}/Bombardment_of_Gao.txt`, 'utf8');
    const article = segment(readPlainText(text, 'seed.txt'));
    const sentences = article.sentences.map((s) => text.slice(s.span.start, s.span.end));
    expect(sentences).toHaveLength(23);
    expect(sentences[0]).toMatch(/^On January 13, 2013, as one of the first actions/);
    expect(sentences.at(-1)).toBe('The Firhoun and Bourem military camps were destroyed, and another camp in the center of Gao was destroyed.');
    expect(sentences.some((s) => /Infobox|^- |==/.test(s))).toBe(false);
  });

  it('takes list items one by one without their bullets, and nothing from back matter or debris', () => {
    const md = '---\ntitle: X\n---\n\nLead text.\n\n## Reactions\n * **Iran** – Iran condemned it.\n * **Iraq** – Iraq too.\n\n## References\nA book. Another book.\n\n[object Object]\n';
    const article = segment(readMarkdown(md, 'x.md'));
    expect(article.sentences.map((s) => article.text.slice(s.span.start, s.span.end))).toEqual([
      'Lead text.',
      'Iran – Iran condemned it.',
      'Iraq – Iraq too.',
    ]);
  });
});
