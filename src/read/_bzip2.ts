import unbzip2 from 'unbzip2-stream';
import { AnnalsError } from '../model/index.js';
import { formatMiB } from './_decode.js';
import { bzip2Problem } from './bzip2Problem.js';

export function isBzip2(bytes: Uint8Array): boolean {
  return bytes[0] === 0x42 && bytes[1] === 0x5a && bytes[2] === 0x68 && (bytes[3] ?? 0) >= 0x31 && (bytes[3] ?? 0) <= 0x39;
}

/**
 * Decompresses a bzip2 input, stopping at `limit` bytes so that a bomb cannot fill memory.
 * @example await gunzipBzip2(readFileSync('enwiki-pages-articles-sample.xml.bz2'), 'sample.xml.bz2', 64 << 20)
 */
export function decompressBzip2(bytes: Uint8Array, source: string, limit: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stream = unbzip2();
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      chunks.push(chunk);
      if (size > limit) {
        stream.destroy();
        reject(new AnnalsError('too_large', source, `decompresses to over ${formatMiB(limit)}; ingest streams dumps this size`));
      }
    });
    stream.on('error', (cause: unknown) => {
      reject(new AnnalsError('malformed', source, `broken bzip2 data: ${bzip2Problem(cause)}`, { cause }));
    });
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.end(Buffer.from(bytes));
  });
}
