import { createReadStream } from 'node:fs';
import { AnnalsError } from '../model/index.js';
import { bunzip2 } from './_bunzip2.js';
import { SystemBunzip2Failed, systemBunzip2, wantSystemBunzip2 } from './_systemBunzip2.js';

export interface ByteRange {
  offset: number;
  length: number;
}

/**
 * A file's bytes as they are read, decompressed when they are bzip2, reporting how many raw bytes
 * have been read so far; or a range of them that must be one bzip2 stream.
 */
export async function* decompressedBytes(path: string, label: string, range?: ByteRange, onProgress?: (bytesRead: number) => void): AsyncGenerator<Buffer> {
  const raw = rawBytes(path, label, range, onProgress);
  const first = await raw.next();
  if (first.done) return;
  // a range is one stream of a multistream dump: an index that does not belong to the dump lands elsewhere
  if (range && !isBzip2(first.value)) {
    await raw.return(undefined);
    throw new AnnalsError('malformed', label, 'no bzip2 stream starts at this offset (is the index the one of this dump?)');
  }
  const rest = prepend(first.value, raw);
  if (!isBzip2(first.value)) yield* rest;
  else if (!wantSystemBunzip2()) yield* bunzip2(rest, label);
  else yield* fastBunzip2(rest, () => bunzip2(rawBytes(path, label, range), label));
}

// The system's bzip2 when it decodes the whole input cleanly; when it fails part-way, the JavaScript
// decoder from the start, past the bytes already passed on, for its error (its messages name what is
// wrong, "broken bzip2 data: …"), the same as without the system's bzip2. Before it, a cut file may
// have given more: the system's bzip2 passes on every whole block, unbzip2-stream drops those it
// decoded in the read that failed.
async function* fastBunzip2(chunks: AsyncIterable<Buffer>, slow: () => AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let passed = 0;
  try {
    for await (const chunk of systemBunzip2(chunks)) {
      passed += chunk.length;
      yield chunk;
    }
    return;
  } catch (error) {
    if (!(error instanceof SystemBunzip2Failed)) throw error;
  }
  for await (const chunk of slow()) {
    if (chunk.length <= passed) passed -= chunk.length;
    else {
      yield passed === 0 ? chunk : chunk.subarray(passed);
      passed = 0;
    }
  }
}

async function* rawBytes(path: string, label: string, range?: ByteRange, onProgress?: (bytesRead: number) => void): AsyncGenerator<Buffer> {
  // an empty range would make createReadStream read to the end of the file
  if (range && range.length <= 0) return;
  const file = createReadStream(path, range ? { start: range.offset, end: range.offset + range.length - 1 } : {});
  let read = 0;
  try {
    for await (const chunk of file) {
      read += (chunk as Buffer).length;
      onProgress?.(read);
      yield chunk as Buffer;
    }
  } catch (cause) {
    const error = cause as NodeJS.ErrnoException;
    throw new AnnalsError(error.code === 'ENOENT' ? 'not_found' : 'unreadable', label, error.code === 'ENOENT' ? 'no such file' : error.message, { cause });
  } finally {
    file.destroy();
  }
}

async function* prepend(first: Buffer, rest: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  try {
    yield first;
    for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
  } finally {
    await rest.return?.();
  }
}

// "BZh" and a block size digit, as the read stage checks
function isBzip2(bytes: Uint8Array): boolean {
  const size = bytes[3] ?? 0;
  return bytes[0] === 0x42 && bytes[1] === 0x5a && bytes[2] === 0x68 && size >= 0x31 && size <= 0x39;
}
