import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGoldFiles } from '../../src/eval/index.js';
import { isAnnalsError } from '../../src/model/index.js';
import { FIXTURES } from '../helpers/fixtures.js';
import { EVAL_FIXTURES, GOLD_DIR } from './_gold.js';

const BAD: [string, string, RegExp][] = [
  ['bad JSON', 'bad-json/Broken.gold.json', /not valid JSON/],
  ['a source that does not exist', 'missing-source/Gone.gold.json', /its source \.\.\/articles\/Gone\.txt is not a file/],
  ['no source field', 'no-source-field/NoSource.gold.json', /not a gold record: source: /],
  ['an event type outside ACLED', 'bad-type/BadType.gold.json', /events\[0\]: event_type and sub_event_type are not an ACLED pair/],
  ['a range [61, 60]', 'bad-range/BadRange.gold.json', /events\[0\]\.fatalities\.low: /],
  ['a misspelt key', 'unknown-key/Typo.gold.json', /civillian_fatalities/],
];

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return expect.fail('expected loadGoldFiles to throw');
}

describe('loadGoldFiles refuses a bad gold file, naming it', () => {
  it.each(BAD)('%s', (_name, file, problem) => {
    const error = thrown(() => loadGoldFiles([join(EVAL_FIXTURES, file.split('/')[0] ?? '')]));
    expect(isAnnalsError(error)).toBe(true);
    const message = (error as Error).message;
    expect(message.startsWith(join(EVAL_FIXTURES, file))).toBe(true);
    expect(message).toMatch(problem);
    expect(message).not.toContain('\n');
  });

  it('a folder that does not exist', () => {
    const error = thrown(() => loadGoldFiles([join(EVAL_FIXTURES, 'no-such-folder')]));
    expect(error).toMatchObject({ code: 'not_found', message: expect.stringMatching(/no-such-folder: no such file or folder$/) });
  });
});

describe('loadGoldFiles reads gold files', () => {
  it('every *.gold.json of fixtures/gold, sorted, with sources resolved beside them', () => {
    // The folder grows as gold is written: pin the four first records, not the whole list.
    const golds = loadGoldFiles([GOLD_DIR]);
    const files = golds.map((g) => g.file);
    expect(files).toEqual([...files].sort((a, b) => a.localeCompare(b)));
    expect(golds.map((g) => g.article)).toEqual(expect.arrayContaining(['2017 Mosul airstrike', 'Attack on Nova Kakhovka', 'Battle of Bosra (2015)', 'Bombardment of Gao']));
    const seed = golds.find((g) => g.article === 'Bombardment of Gao');
    expect(seed?.sourcePath).toBe(join(FIXTURES, 'articles', 'Bombardment_of_Gao.txt'));
    expect(seed?.file).toBe(join(GOLD_DIR, 'Bombardment_of_Gao.gold.json'));
  });

  it('defaults an unwritten `required` to true', () => {
    const [mosul] = loadGoldFiles([join(GOLD_DIR, '2017_Mosul_airstrike.gold.json')]);
    expect(mosul?.events.map((e) => e.required)).toEqual([true, false, false, false, false]);
  });

  it('walks folders recursively, skipping hidden entries and other JSON files', () => {
    const golds = loadGoldFiles([join(EVAL_FIXTURES, 'nested')]);
    expect(golds.map((g) => g.file)).toEqual([join(EVAL_FIXTURES, 'nested/deeper/Bombardment_of_Gao.gold.json')]);
    expect(golds[0]?.sourcePath).toBe(resolve(FIXTURES, 'articles/Bombardment_of_Gao.txt'));
  });

  // shared/ sits beside the repository on developers' machines and in CI, not in every checkout
  it.skipIf(!existsSync(join(FIXTURES, '../../shared/gold')))('reads the shared gold set too', () => {
    expect(loadGoldFiles([join(FIXTURES, '../../shared/gold')]).length).toBeGreaterThanOrEqual(4);
  });
});
