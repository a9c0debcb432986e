import { createReadStream } from 'node:fs';
import { AnnalsError } from '../model/index.js';
import { bunzip2 } from './_bunzip2.js';

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
  yield* isBzip2(first.value) ? bunzip2(rest, label) : rest;
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
