/**
 * The runs the issue names, at its sizes, and the inputs of the bugs the fuzzers found: each goes
 * once through every reader and the recognisers (runs.test.ts). `recognised` is the length the
 * recognisers get, where a long token would spend seconds in the segmenter instead (see _settings.ts).
 */
export interface CatalogueEntry {
  name: string;
  text: string;
  recognised?: number;
}

const run = (unit: string, times: number, recognised?: number): CatalogueEntry => ({
  name: `${JSON.stringify(unit)} × ${times}`,
  text: unit.repeat(times),
  ...(recognised === undefined ? {} : { recognised }),
});
const nested = (open: string, close: string, depth: number): CatalogueEntry => ({ name: `${JSON.stringify(open)} nested ${depth} deep`, text: `${open.repeat(depth)}x${close.repeat(depth)}`, recognised: 4000 });

export const CATALOGUE: CatalogueEntry[] = [
  run('a ', 50_000),
  run('(', 50_000),
  run('((((', 12_500),
  run('[[', 25_000, 4000),
  run('[[[[', 12_500, 4000),
  nested('{{', '}}', 10_000),
  nested('{{a|', '}}', 10_000),
  nested('[[', ']]', 10_000),
  nested('> ', '', 10_000),
  nested('- ', '', 10_000),
  nested('**', '**', 10_000),
  run('On 1 ', 20_000, 50_000),
  run('Aa ', 20_000),
  run('Aa', 20_000, 4000),
  run('1', 50_000, 4000),
  run('1 ', 25_000),
  run('12,', 20_000, 4000),
  run('al-', 20_000, 4000),
  run('al ', 20_000),
  run('-', 50_000, 4000),
  run('- ', 25_000),
  run(' ', 50_000),
  run('\u0000', 50_000),
  run('\u200f', 50_000),
  run('\u202e', 50_000),
  run('\ud800', 50_000),
  run('e\u0301', 25_000, 20_000),
  run('<!--', 20_000, 4000),
  run('\\``', 20_000, 4000),
  run('U.S. ', 20_000),
  run('of the ', 20_000),
  // found by the fuzzers (see regressions.test.ts for the smallest inputs)
  { name: '"== " and 50,000 spaces', text: `== ${' '.repeat(50_000)}x` },
  run('== a ==\nx\n', 1_000),
  run('that day ', 5_000),
  { name: '"Mali-" × 10,000', text: `seven Fre${'Mali-'.repeat(10_000)}Mali`, recognised: 4000 },
];
