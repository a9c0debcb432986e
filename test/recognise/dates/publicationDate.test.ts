import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../../src/read/index.js';
import { dateRecognisers, publicationDate, referenceDate } from '../../../src/recognise/dates/index.js';
import { recognise } from '../../../src/recognise/index.js';
import { segment } from '../../../src/segment/index.js';
import { day } from './expected.js';
import { loadArticle } from './helpers.js';

const STRIKE = 'A Russian missile struck a school in Kharkiv yesterday, the governor said.';
const report = (lead: string, frontMatter = '') =>
  segment(readMarkdown(`${frontMatter ? `---\ntitle: Missile hits a school\n${frontMatter}\n---\n\n` : '# Missile hits a school\n\n'}${lead}\n`, 'report.md'));

describe('publicationDate', () => {
  it.each([
    ['KHARKIV, Ukraine, 12 March 2024 — ', '', day('2024-03-12')],
    ['KYIV, March 12, 2024 (Reuters) - ', '', day('2024-03-12')],
    ['GAO, Mali, Tuesday 12 March 2024 – ', '', day('2024-03-12')],
    // a dateline without a year dates nothing
    ['KYIV, March 12 (Reuters) - ', '', null],
    ['KHARKIV, Ukraine (AP) — ', '', null],
    ['', 'published: 2024-03-12', day('2024-03-12')],
    ['', 'createdAt: 2024-03-12T08:30:00Z', day('2024-03-12')],
    ['', 'date: 2024-03-12', day('2024-03-12')],
    // the reporter's dateline over a site's metadata
    ['KHARKIV, Ukraine, 12 March 2024 — ', 'published: 2024-03-13', day('2024-03-12')],
    ['', '', null],
  ])('dateline %j, front matter %j', (dateline, frontMatter, expected) => {
    expect(publicationDate(report(`${dateline}${STRIKE}`, frontMatter))).toEqual(expected);
  });

  it('is the given day (--date) over the dateline and the front matter', () => {
    expect(publicationDate(report(`KHARKIV, Ukraine, 12 March 2024 — ${STRIKE}`, 'published: 2024-03-13'), '2024-02-29')).toEqual(day('2024-02-29'));
  });

  it.each(['2017_Mosul_airstrike', 'Battle_of_Bosra_(2015)', 'Bombardment_of_Gao', 'American_Revolutionary_War'])(
    'is null for the Wikipedia article %s (its infobox date and crawl date are no day of writing)',
    async (name) => {
      expect(publicationDate(await loadArticle(name))).toBeNull();
    },
  );
});

describe('the dateline in the recognise stage', () => {
  const article = report(`KHARKIV, Ukraine, 12 March 2024 — ${STRIKE}`);
  const dates = () => recognise(article, dateRecognisers, referenceDate(article), publicationDate(article)).mentions.map((m) => [article.text.slice(m.span.start, m.span.end), m.value]);

  it('dates the report, not a happening: no mention, no reference date', () => {
    expect(referenceDate(article)).toBeNull();
    expect(dates()).toEqual([['yesterday', day('2024-03-11')]]);
  });
});
