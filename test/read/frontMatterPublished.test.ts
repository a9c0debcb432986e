import { describe, expect, it } from 'vitest';
import { frontMatterPublished } from '../../src/read/_frontMatterPublished.js';
import { readMarkdown } from '../../src/read/index.js';

describe('frontMatterPublished', () => {
  it.each([
    ['published: 2024-03-12', { published: '2024-03-12' }, '2024-03-12'],
    ["a timestamp's own day, not UTC's", { published: '2024-03-12T23:40:00+02:00' }, '2024-03-12'],
    ['createdAt: 2024-03-12T08:30:00.000Z', { createdAt: '2024-03-12T08:30:00.000Z' }, '2024-03-12'],
    ["a news site's date: 2024-03-12", { date: '2024-03-12' }, '2024-03-12'],
    ['published before date', { published: '2024-03-12', date: '2024-03-14' }, '2024-03-12'],
    ['a Date a YAML 1.1 writer tagged', { published: new Date(Date.UTC(2024, 2, 12)) }, '2024-03-12'],
  ])('%s', (_name, meta, expected) => {
    expect(frontMatterPublished(meta)).toBe(expected);
  });

  it.each([
    // the corpus's Wikipedia converter: the conflict's dates as a list of prose, and a crawl time
    ['date as a list of prose, pubDate as a crawl time', { date: ['16–31 December 2012'], pubDate: '2023-10-11 13:10' }],
    ['date as one prose string', { date: 'March 17, 2017' }],
    ['an empty date list', { date: [] }],
    ['no such day', { published: '2023-02-29' }],
    ['prose in published', { published: 'Tuesday, 12 March 2024' }],
    ['a number', { createdAt: 1710230400000 }],
  ])('none from %s', (_name, meta) => {
    expect(frontMatterPublished(meta)).toBeUndefined();
  });
});

describe('readMarkdown and the day of publication', () => {
  it('gives a news report its front matter day, and not as a conflict date', () => {
    const article = readMarkdown('---\ntitle: Missile hits a school\ndate: 2024-03-12\nplace: Kharkiv\n---\n\nA missile struck a school yesterday.\n', 'report.md');
    expect(article.published).toBe('2024-03-12');
    expect(article.infobox?.fields.map((f) => `${f.key}: ${f.value}`)).toEqual(['place: Kharkiv']);
  });

  it("keeps a Wikipedia conversion's date list as the conflict date, and gives no day of publication", () => {
    const article = readMarkdown('---\nsubject: 2017 Mosul airstrike\npubDate: 2023-09-23 07:09\ndate:\n  - March 17, 2017\nplace: []\n---\n\nThe strike killed civilians.\n', 'mosul.md');
    expect(article.published).toBeUndefined();
    expect(article.infobox?.fields.map((f) => `${f.key}: ${f.value}`)).toEqual(['date: March 17, 2017']);
  });
});
