import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../src/pipeline.js';
import { testConfig } from '../helpers/config.js';
import { FIXTURES, fixtureBytes } from '../helpers/fixtures.js';

// Issue 17, news texts: a report written for this test (fixtures/news), once with a dateline that
// gives its day of publication, once without any date.
const NEWS = `${FIXTURES}news`;

async function events(name: string) {
  const { articles } = await extractBytes(fixtureBytes(NEWS, name), `fixtures/news/${name}`, testConfig());
  const [article] = articles;
  if (!article) throw new Error(`${name} holds no article`);
  const words = (span: { start: number; end: number } | undefined) => (span ? article.text.slice(span.start, span.end) : null);
  return article.events.map((e) => ({ type: e.sub_event_type, date: e.date, dateWords: words(e.provenance['date']?.span) }));
}

describe('a dated news report', () => {
  it('dates the strike told "yesterday" to the day before its dateline, 12 March 2024', async () => {
    const [strike, shelling] = await events('kharkiv-school-strike.md');
    expect(strike).toEqual({ type: 'Shelling/artillery/missile attack', date: { start: '2024-03-11', end: '2024-03-11', precision: 'day' }, dateWords: 'yesterday' });
    // "On Sunday": the Sunday before Tuesday 12 March
    expect(shelling?.date).toEqual({ start: '2024-03-10', end: '2024-03-10', precision: 'day' });
  });
});

describe('a day of publication given by the caller', () => {
  it('dates the undated report as the dated one', async () => {
    const { articles } = await extractBytes(fixtureBytes(NEWS, 'kharkiv-school-strike-undated.md'), 'undated.md', { ...testConfig(), publicationDate: '2024-03-12' });
    expect(articles[0]?.events.map((e) => e.date?.start)).toEqual(['2024-03-11', '2024-03-10']);
  });

  it('is refused when it is no day of the calendar', async () => {
    await expect(extractBytes(fixtureBytes(NEWS, 'kharkiv-school-strike.md'), 'dated.md', { ...testConfig(), publicationDate: '2024-02-30' })).rejects.toThrow('publication date "2024-02-30": not a calendar day as YYYY-MM-DD');
  });
});

describe('the same report with no date', () => {
  it('leaves "yesterday" and "on Sunday" unresolved: no day', async () => {
    const told = await events('kharkiv-school-strike-undated.md');
    expect(told.map((e) => e.type)).toEqual(['Shelling/artillery/missile attack', 'Shelling/artillery/missile attack']);
    expect(told.map((e) => e.date)).toEqual([null, null]);
  });
});
