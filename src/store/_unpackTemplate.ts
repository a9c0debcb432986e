import { createReadStream } from 'node:fs';
import { chmod, mkdir, open, type FileHandle } from 'node:fs/promises';
import { dirname, join, normalize, sep } from 'node:path';
import { createGunzip } from 'node:zlib';

const BLOCK = 512;

interface Entry {
  path: string;
  type: 'file' | 'dir';
  size: number;
  mode: number;
}

const field = (block: Buffer, start: number, length: number): string => {
  const raw = block.subarray(start, start + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end < 0 ? raw.length : end).toString('utf8');
};
const octal = (block: Buffer, start: number, length: number): number => parseInt(field(block, start, length).trim() || '0', 8);

// A ustar header (what PGlite's dumpDataDir writes): name at 0, mode at 100, size at 124, type at 156, prefix at 345.
function readHeader(block: Buffer, folder: string): Entry | null {
  if (block.every((b) => b === 0)) return null;
  const prefix = field(block, 345, 155);
  const name = `${prefix ? `${prefix}/` : ''}${field(block, 0, 100)}`.replace(/^\/+/, '');
  const path = normalize(join(folder, name));
  if (name === '' || !path.startsWith(folder + sep)) throw new Error(`a template entry outside the folder: ${JSON.stringify(name)}`);
  const type = String.fromCharCode(block[156] ?? 0);
  if (type !== '0' && type !== '\0' && type !== '5') throw new Error(`a template entry of tar type ${JSON.stringify(type)}: ${name}`);
  return { path, type: type === '5' ? 'dir' : 'file', size: octal(block, 124, 12), mode: octal(block, 100, 8) };
}

/**
 * Unpacks a gzipped data-folder tarball (`PGlite.dumpDataDir('gzip')`) into `folder`, streamed:
 * each file is written as it is decompressed, never more than a chunk held. PGlite's own
 * `loadDataDir` unpacks through its WASM file system instead, which grows the WASM memory by ~80 MB
 * that a process never gets back; a folder unpacked here is then opened as an existing store.
 * Files named in `skip` (the template maker's lock) are not written.
 * @example await unpackTemplate('node_modules/.cache/annals/pglite-0.5.16-3f9c2a….tar.gz', '.annals', new Set(['annals.lock']))
 */
export async function unpackTemplate(tarball: string, folder: string, skip: ReadonlySet<string>): Promise<void> {
  const root = normalize(folder);
  const source = createReadStream(tarball);
  const gunzip = createGunzip();
  source.on('error', (error) => gunzip.destroy(error));
  let pending: Buffer = Buffer.alloc(0);
  let current: Current | null = null;
  try {
    for await (const chunk of source.pipe(gunzip) as AsyncIterable<Buffer>) {
      pending = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk;
      for (;;) {
        if (current && current.left > 0) {
          if (pending.length === 0) break;
          const part = pending.subarray(0, current.left);
          if (current.out) for (let at = 0; at < part.length; ) at += (await current.out.write(part, at)).bytesWritten;
          current.left -= part.length;
          pending = pending.subarray(part.length);
          continue;
        }
        if (current) {
          if (pending.length < current.pad) break;
          pending = pending.subarray(current.pad);
          await finish(current);
          current = null;
        }
        if (pending.length < BLOCK) break;
        const entry = readHeader(pending.subarray(0, BLOCK), root);
        pending = pending.subarray(BLOCK);
        if (!entry) return;
        current = await start(entry, skip.has(entry.path.slice(root.length + 1)));
      }
    }
    throw new Error(`the template ${tarball} ends before its last entry`);
  } finally {
    await current?.out?.close();
    source.destroy();
  }
}

interface Current {
  entry: Entry;
  /** null for a directory or a skipped file */
  out: FileHandle | null;
  left: number;
  pad: number;
}

async function start(entry: Entry, skipped: boolean): Promise<Current> {
  if (entry.type === 'dir') await mkdir(entry.path, { recursive: true });
  else await mkdir(dirname(entry.path), { recursive: true });
  const out = entry.type === 'file' && !skipped ? await open(entry.path, 'w') : null;
  return { entry, out, left: entry.size, pad: (BLOCK - (entry.size % BLOCK)) % BLOCK };
}

// the tarball's modes, as PGlite's own unpacking keeps them (the umask would narrow them otherwise)
async function finish({ entry, out }: Current): Promise<void> {
  await out?.close();
  if (entry.type === 'dir' || out) await chmod(entry.path, entry.mode);
}
