import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeArguments } from '../../src/runtime/index.js';

// Which modules a command loads, not how long it takes (timings live in `npm run bench`): --help and
// --version load commander and the help texts alone, and no command that reads no article loads the
// NLP model, the date parser, the readers or the pipeline.
const CHILD = nodeArguments(new URL('../helpers/binary.ts', import.meta.url).href, 'annalsChild');
const TRACE = new URL('../helpers/moduleTrace.mjs', import.meta.url).href;
const dir = mkdtempSync(join(tmpdir(), 'annals-imports-'));

function modulesOf(args: string[]): string[] {
  const file = join(dir, `${args.join('-').replace(/\W+/g, '_')}.txt`);
  // after the TypeScript hooks, so that it runs before them and sees the sources they load
  const script = CHILD.slice(-1);
  spawnSync(process.execPath, [...CHILD.slice(0, -1), '--import', TRACE, ...script, ...args], { env: { ...process.env, ANNALS_MODULE_TRACE: file }, stdio: 'ignore' });
  return readFileSync(file, 'utf8').trim().split('\n');
}

const NLP = /wink-nlp|wink-eng-lite-web-model|chrono-node|wtf_wikipedia|micromark|\/src\/pipeline\.ts|\/src\/segment\/|\/src\/recognise\/(?!quantities\/parseNumber)/;

describe('commands import only what they use', () => {
  it.each([['--help'], ['--version'], ['help', 'export']])('annals %s: commander and the help texts, no gazetteer, store or model', (...args) => {
    const modules = modulesOf(args);
    expect(modules.some((m) => m.includes('/commander/'))).toBe(true);
    expect(modules.filter((m) => NLP.test(m) || /\/src\/(resolve|store|export\/(?!exportFormats)|ingest|serve|link)\/|zod/.test(m))).toEqual([]);
  });

  it.each([
    ['events', '--db', join(dir, 'none')],
    ['export', '--format', 'acled', '--db', join(dir, 'none')],
    ['serve', '--port', '0', '--db', join(dir, 'none')],
  ])('annals %s …: no NLP model, date parser, reader or pipeline', (...args) => {
    const modules = modulesOf(args);
    // the command ran as far as its store (which is missing): its own modules are loaded
    expect(modules.some((m) => m.includes('/src/cli/commands/run'))).toBe(true);
    expect(modules.filter((m) => NLP.test(m))).toEqual([]);
  });

  it('annals extract of a plain article: the pipeline, but no other reader\'s parser and no zod', () => {
    const modules = modulesOf(['extract', 'fixtures/articles/Bombardment_of_Gao.txt']);
    expect(modules.some((m) => m.includes('/src/pipeline.ts'))).toBe(true);
    expect(modules.filter((m) => /wtf_wikipedia|micromark|mdast|\/zod\/|chrono-node\/dist\/esm\/locales\/(?!en\/)/.test(m))).toEqual([]);
  });
});
