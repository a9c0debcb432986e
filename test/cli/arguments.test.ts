import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

// Every numeric option, with what each must refuse: a usage error (status 2) echoing the value typed.
// A store that does not exist: should an option slip through, nothing is created or read.
const DB = ['--db', '/no/such/annals/store'];
const NUMERIC_OPTIONS: [command: string[], option: string, bad: string[]][] = [
  [['ingest', 'fixtures/articles', ...DB], '--threads', ['-3', 'abc', '0', '1.5', '']],
  [['ingest', 'fixtures/articles', ...DB], '--memory', ['-500', 'lots', '0']],
  [['ingest', 'fixtures/articles', ...DB], '--batch', ['-1', 'ten', '0']],
  [['events', ...DB], '--limit', ['abc', '-1', '2.5', '1e3']],
  [['events', '--linked', ...DB], '--min-sources', ['0', 'two', '-2']],
  [['entities', ...DB], '--limit', ['abc', '-1']],
  [['export', '--format', 'jsonl', ...DB], '--limit', ['abc', '-1']],
  [['eval', 'fixtures/gold'], '--min-f1', ['high', '1.5', '-0.1']],
  [['serve', ...DB], '--port', ['eighty', '70000', '-1']],
];

const CASES = NUMERIC_OPTIONS.flatMap(([command, option, values]) => values.map((value) => [`${command[0]} ${option} ${JSON.stringify(value)}`, command, option, value] as const));

describe('numeric options', () => {
  it.each(CASES)('%s is a usage error naming the value', async (_, command, option, value) => {
    const run = await runCli([...command, option, value]);
    expect(run.status).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(`option '${option} `);
    expect(run.stderr).toContain(`argument '${value}' is invalid`);
  });
});
