import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCheck, type ExtractArticles } from '../../src/cli/checkCommand.js';
import { AnnalsError } from '../../src/model/index.js';
import { extractBytes } from '../../src/pipeline.js';
import { testConfig } from '../helpers/config.js';
import { ARTICLE_FIXTURES } from '../helpers/fixtures.js';

const SEED = join(ARTICLE_FIXTURES, 'Bombardment_of_Gao.txt');

// The pipeline over real files, refusing one path as `extractFile` refuses a missing file.
const extract: ExtractArticles = async (path) => {
  if (path.endsWith('missing.txt')) throw new AnnalsError('not_found', path, 'no such file');
  return (await extractBytes(readFileSync(path), path, testConfig())).articles;
};

async function run(files: string[], json = false): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  const status = await runCheck(files, { json }, extract);
  vi.restoreAllMocks();
  return { status, stdout, stderr };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('annals check', () => {
  it('prints a table of field, infobox value, verdict and evidence', async () => {
    const { status, stdout, stderr } = await run([SEED]);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(`Bombardment of Gao (${SEED})`);
    expect(lines[1]).toMatch(/^ {2}field +infobox +verdict +evidence$/);
    expect(lines.find((l) => l.includes('Casualties2'))).toMatch(/60\+ killed +agrees +"more than sixty jihadists were killed"/);
    expect(lines.find((l) => l.includes('Casualties1'))).toMatch(/None +unsupported +— no prose figure for France/);
    expect(stdout).toContain('6 agree · 0 contradict · 2 unsupported');
  });

  it('prints one JSON line per article with --json', async () => {
    const { status, stdout } = await run([SEED], true);
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0] ?? '') as { title: string; checks: { field: string; verdict: string; evidence_text: string | null }[] };
    expect(record.title).toBe('Bombardment of Gao');
    expect(record.checks.find((c) => c.field === 'Combatant2')).toMatchObject({ verdict: 'agrees', evidence_text: 'Movement for Oneness and Jihad in West Africa (MOJWA)' });
  });

  it('reports bad input in one line naming the file, exits 1, and still checks the rest', async () => {
    const missing = join(ARTICLE_FIXTURES, 'missing.txt');
    const { status, stdout, stderr } = await run([missing, SEED]);
    expect(status).toBe(1);
    expect(stderr.trimEnd().split('\n')).toEqual([`annals: ${missing}: no such file`]);
    expect(stdout).toContain('Bombardment of Gao');
  });
});
