import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultGoldDirs, runEval, type EvalOptions, type ExtractForEval } from '../../src/cli/evalCommand.js';
import type { PredictedArticle } from '../../src/eval/index.js';
import { AnnalsError } from '../../src/model/index.js';
import { gaoPrediction } from './_gaoPrediction.js';
import { articleText, EVAL_FIXTURES, GOLD_DIR } from './_gold.js';

const GAO = join(GOLD_DIR, 'Bombardment_of_Gao.gold.json');
const KAKHOVKA = join(GOLD_DIR, 'Attack_on_Nova_Kakhovka.gold.json');

/** The seed predicted perfectly; every other article read but with nothing found in it. */
const extractor: ExtractForEval = async (source) =>
  basename(source) === 'Bombardment_of_Gao.txt'
    ? gaoPrediction()
    : { title: basename(source), text: articleText(basename(source)), entities: [], events: [], movements: [], checks: [] };

const returning = (predicted: PredictedArticle | null): ExtractForEval => async () => predicted;
const throwing = (error: Error): ExtractForEval => async () => {
  throw error;
};

async function run(dirs: string[], options: EvalOptions, extract: ExtractForEval = extractor) {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  const status = await runEval(dirs, options, extract);
  vi.restoreAllMocks();
  return { status, stdout, stderr };
}

afterEach(() => vi.restoreAllMocks());

// Gao: 3 of 3 found; Nova Kakhovka: 0 of 1 → P 1, R 0.75, F1 0.8571.
const STATUSES: [string, string[], EvalOptions, ExtractForEval, number, RegExp | null][] = [
  ['two articles scored', [GAO, KAKHOVKA], {}, extractor, 0, null],
  ['F1 above --min-f1', [GAO, KAKHOVKA], { minF1: 0.85 }, extractor, 0, null],
  ['F1 below --min-f1', [GAO, KAKHOVKA], { minF1: 0.9 }, extractor, 1, /^annals: overall F1 0\.8571 is below --min-f1 0\.9$/],
  ['--min-f1 not a number', [GAO], { minF1: Number('high') }, extractor, 2, /--min-f1 must be a number from 0 to 1, not NaN/],
  ['--min-f1 above 1', [GAO], { minF1: 1.5 }, extractor, 2, /not 1\.5$/],
  ['a bad gold file', [join(EVAL_FIXTURES, 'bad-json')], {}, extractor, 1, /Broken\.gold\.json: not valid JSON/],
  ['a gold file whose source is missing', [join(EVAL_FIXTURES, 'missing-source')], {}, extractor, 1, /Gone\.gold\.json: its source \.\.\/articles\/Gone\.txt is not a file/],
  ['a folder that does not exist', [join(EVAL_FIXTURES, 'nowhere')], {}, extractor, 1, /nowhere: no such file or folder/],
  ['a folder with no gold files', [mkdtempSync(join(tmpdir(), 'annals-eval-'))], {}, extractor, 1, /no \*\.gold\.json files to score/],
  ['a source with no article', [GAO], {}, returning(null), 1, /Bombardment_of_Gao\.txt: no article to score \(source of .*Bombardment_of_Gao\.gold\.json\)/],
  ['a source the reader refuses', [GAO], {}, throwing(new AnnalsError('empty', 'Bombardment_of_Gao.txt', 'the file is empty')), 1, /^annals: Bombardment_of_Gao\.txt: the file is empty \(source of .*Bombardment_of_Gao\.gold\.json\)$/],
];

describe('runEval exit status and stderr', () => {
  it.each(STATUSES)('%s', async (_name, dirs, options, extract, status, stderr) => {
    const result = await run(dirs, options, extract);
    expect(result.status).toBe(status);
    if (stderr === null) expect(result.stderr).toBe('');
    else {
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(result.stderr.trimEnd()).toMatch(stderr);
    }
  });

  it('lets a programming error through rather than report it as a bad input', async () => {
    await expect(run([GAO], {}, throwing(new TypeError('boom')))).rejects.toThrow('boom');
  });

  it('warns when a gold quote is not in the article text, and still scores', async () => {
    const result = await run([GAO], {}, returning({ ...gaoPrediction(), text: gaoPrediction().text.replace('looted the Gao police station', 'looted the police station') }));
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/^annals: warning: .*Bombardment_of_Gao\.gold\.json: evidence of gao-police-station-looting is not in the article text: "looted the Gao police station"\n$/);
  });
});

describe('runEval output', () => {
  it('prints a table: a row per article and the overall row', async () => {
    const { stdout } = await run([GAO, KAKHOVKA], {});
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]?.split(/\s+/)).toEqual(['article', 'gold', 'pred', 'matched', 'P', 'R', 'F1', 'type', 'sub', 'date', 'loc', 'actor1', 'actor2', 'fatal', 'civ', 'complete', 'ent', 'alias', 'legs', 'checks', 'prov']);
    expect(lines.find((l) => l.startsWith('Bombardment of Gao'))?.split(/\s+/).slice(3)).toEqual(['3', '3', '3', ...Array<string>(17).fill('1.00')]);
    expect(lines.at(-1)?.split(/\s{2,}/).slice(0, 7)).toEqual(['overall (2 articles)', '4', '3', '3', '1.00', '0.75', '0.86']);
    // Nothing predicted for Nova Kakhovka: no fields or provenance to score, and no movement in gold.
    expect(lines.find((l) => l.startsWith('Attack on Nova Kakhovka'))).toMatch(/0\.00\s+0\.00\s+—\s+—/);
    // no event found is no row accepted: the complete share is 3 of 4
    expect(lines.at(-1)?.split(/\s{2,}/)[15]).toBe('0.75');
  });

  it('prints with --details what each article missed, and nothing for an article with nothing wrong', async () => {
    const { stdout } = await run([GAO, KAKHOVKA], { details: true });
    expect(stdout.slice(stdout.indexOf('\n\n') + 2)).toBe('Attack on Nova Kakhovka\n  missed: nova-kakhovka-strike\n');
  });

  it('names the wrong fields of a matched event with --details', async () => {
    const spoilt = gaoPrediction();
    spoilt.events = spoilt.events.map((e) => (e.id === 'v1' ? { ...e, actor2: null, date: null } : e));
    const { stdout } = await run([GAO], { details: true }, returning(spoilt));
    expect(stdout).toMatch(/\nBombardment of Gao\n {2}wrong: gao-air-strikes \(v1\): date, actor2\n$/);
  });

  it('prints --json in FORMAT.md’s shape', async () => {
    const { stdout } = await run([GAO, KAKHOVKA], { json: true });
    const report = JSON.parse(stdout) as { overall: Record<string, unknown>; articles: Record<string, unknown>[] };
    const figures = ['gold_events', 'predicted_events', 'matched', 'precision', 'recall', 'f1', 'fields', 'complete', 'entities_recall', 'aliases_recall', 'movement_legs_recall', 'checks_accuracy', 'provenance'];
    expect(Object.keys(report.overall)).toEqual(['articles', ...figures]);
    expect(Object.keys(report.overall['fields'] as object)).toEqual(['event_type', 'sub_event_type', 'date', 'location', 'actor1', 'actor2', 'fatalities', 'civilian_fatalities']);
    expect(report.articles.map((a) => Object.keys(a))).toEqual([['article', ...figures, 'misses', 'extra', 'wrong'], ['article', ...figures, 'misses', 'extra', 'wrong']]);
    expect(report.articles[1]).toMatchObject({ article: 'Attack on Nova Kakhovka', misses: ['nova-kakhovka-strike'], extra: [] });
  });
});

describe('defaultGoldDirs', () => {
  it.each([
    ['the repository root', process.cwd(), ['fixtures/gold']],
    ['a folder without fixtures/gold', mkdtempSync(join(tmpdir(), 'annals-eval-cwd-')), ['../shared/gold']],
  ])('in %s', (_name, cwd, dirs) => {
    const before = process.cwd();
    process.chdir(cwd);
    try {
      expect(defaultGoldDirs()).toEqual(dirs);
    } finally {
      process.chdir(before);
    }
  });
});
