import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { unpackTemplate } from '../../src/store/_unpackTemplate.js';

const root = mkdtempSync(join(tmpdir(), 'annals-unpack-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// A ustar entry as PGlite's dumpDataDir writes them: '/'-rooted names, modes, type '0' or '5'.
function entry(name: string, type: string, mode: number, data = ''): Buffer {
  const header = Buffer.alloc(512);
  header.write(name, 0);
  header.write(`${mode.toString(8).padStart(7, '0')}\0`, 100);
  header.write(`${Buffer.byteLength(data).toString(8).padStart(11, '0')}\0`, 124);
  header.write(type, 156);
  header.write('ustar\x0000', 257);
  const body = Buffer.alloc(Math.ceil(Buffer.byteLength(data) / 512) * 512);
  body.write(data);
  return Buffer.concat([header, body]);
}

function tarball(name: string, ...entries: Buffer[]): string {
  const path = join(root, `${name}.tar.gz`);
  writeFileSync(path, gzipSync(Buffer.concat([...entries, Buffer.alloc(1024)])));
  return path;
}

describe('unpackTemplate', () => {
  it('writes every file and folder with its mode, across 512-byte blocks, and skips the files named', async () => {
    const big = 'x'.repeat(70_000);
    const path = tarball('store', entry('/PG_VERSION', '0', 0o666, '18\n'), entry('/base', '5', 0o755), entry('/base/1/1247', '0', 0o600, big), entry('/annals.lock', '0', 0o644, '4242'), entry('/empty', '0', 0o644));
    const folder = join(root, 'store');
    await unpackTemplate(path, folder, new Set(['annals.lock']));
    expect(readdirSync(folder).sort()).toEqual(['PG_VERSION', 'base', 'empty']);
    expect(readFileSync(join(folder, 'base/1/1247'), 'utf8')).toBe(big);
    expect(readFileSync(join(folder, 'empty'), 'utf8')).toBe('');
    expect(statSync(join(folder, 'PG_VERSION')).mode & 0o777).toBe(0o666);
    expect(statSync(join(folder, 'base/1/1247')).mode & 0o777).toBe(0o600);
  });

  it.each([
    ['an entry outside the folder', [entry('/../outside', '0', 0o644, 'x')], /outside the folder/],
    ['a link', [entry('/PG_VERSION', '2', 0o644)], /tar type "2"/],
    ['a tarball cut short', [entry('/PG_VERSION', '0', 0o644, '18\n').subarray(0, 600)], /ends before its last entry/],
  ])('refuses %s', async (name, entries, message) => {
    const path = join(root, `${name}.tar.gz`);
    writeFileSync(path, gzipSync(Buffer.concat(entries)));
    await expect(unpackTemplate(path, join(root, name), new Set())).rejects.toThrow(message);
  });
});
