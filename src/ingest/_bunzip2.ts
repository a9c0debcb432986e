import unbzip2 from 'unbzip2-stream';
import { AnnalsError } from '../model/index.js';
import { bzip2Problem } from '../read/bzip2Problem.js';

/**
 * Decompresses bzip2 chunks as they come, concatenated streams included. unbzip2-stream decodes
 * synchronously inside `write`, so each input chunk's output is collected and handed on before the
 * next chunk is read: at most one block (~900 kB) is held, never the whole file.
 */
export async function* bunzip2(chunks: AsyncIterable<Buffer>, label: string): AsyncGenerator<Buffer> {
  const decoder = unbzip2();
  const out: Buffer[] = [];
  let failure: unknown = null;
  decoder.on('data', (chunk: Buffer) => out.push(chunk));
  decoder.on('error', (cause: unknown) => (failure ??= cause));
  const check = (): void => {
    if (failure === null) return;
    throw new AnnalsError('malformed', label, `broken bzip2 data: ${bzip2Problem(failure)}`, { cause: failure });
  };
  for await (const chunk of chunks) {
    decoder.write(chunk);
    check();
    yield* out.splice(0);
  }
  decoder.end();
  check();
  yield* out.splice(0);
}
