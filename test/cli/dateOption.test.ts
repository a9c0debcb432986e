import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateOption } from '../../src/cli/dateOption.js';
import { runCli } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/fixtures.js';

const UNDATED = join(FIXTURES, 'news', 'kharkiv-school-strike-undated.md');

describe('dateOption', () => {
  it.each(['2024-03-12', '2024-02-29', '1999-12-31'])('takes %s', (value) => {
    expect(dateOption(value)).toBe(value);
  });

  it.each([
    ['12/03/2024', '--date "12/03/2024": not a day as YYYY-MM-DD (such as 2024-03-12)'],
    ['2024-3-12', '--date "2024-3-12": not a day as YYYY-MM-DD (such as 2024-03-12)'],
    ['yesterday', '--date "yesterday": not a day as YYYY-MM-DD (such as 2024-03-12)'],
    ['2024-03-12T10:00', '--date "2024-03-12T10:00": not a day as YYYY-MM-DD (such as 2024-03-12)'],
    ['2023-02-29', '--date 2023-02-29: no such day in the calendar'],
    ['2024-13-01', '--date 2024-13-01: no such day in the calendar'],
    ['0000-01-01', '--date 0000-01-01: no such day in the calendar'],
  ])('refuses %s', (value, message) => {
    expect(() => dateOption(value)).toThrow(message);
  });
});

describe('annals extract --date', () => {
  it('anchors "yesterday" and "on Sunday" of an undated report to the day given', async () => {
    const run = await runCli(['extract', '--json', '--date', '2024-03-12', UNDATED]);
    expect(run.status).toBe(0);
    const doc = JSON.parse(run.stdout) as { events: { date: { start: string } | null }[] };
    expect(doc.events.map((e) => e.date?.start)).toEqual(['2024-03-11', '2024-03-10']);
  });

  it.each([
    ['extract', ['extract', '--date', '2023-02-29', UNDATED], 'annals: --date 2023-02-29: no such day in the calendar'],
    ['ingest', ['ingest', '--date', '12/03/2024', UNDATED], 'annals: --date "12/03/2024": not a day as YYYY-MM-DD (such as 2024-03-12)'],
    ['ingest --queue', ['ingest', '--queue', 'redis://127.0.0.1:1', '--date', '2024-03-12', UNDATED], "annals: --date cannot go with --queue: workers read each text's own date"],
  ])('%s: a bad --date costs one line naming the problem, exit status 2, nothing read', async (_name, args, line) => {
    const run = await runCli(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`${line}\n`);
    expect(run.stdout).toBe('');
  });
});
