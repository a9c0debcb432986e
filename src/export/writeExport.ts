import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

// A reader that went away (`annals export … | head`) ends the export, as it ends any Unix filter.
const isClosedPipe = (error: unknown): boolean => (error as NodeJS.ErrnoException | null)?.code === 'EPIPE';

/** Writes pieces of text to a stream that is not ours to end, waiting whenever it asks to. */
async function drainInto(pieces: AsyncIterable<string>, out: Writable): Promise<void> {
  let failure: unknown = null;
  const onError = (error: unknown): void => {
    failure = error;
  };
  out.on('error', onError);
  try {
    for await (const piece of pieces) {
      if (failure !== null) throw failure;
      if (!out.write(piece)) await once(out, 'drain');
    }
  } catch (error) {
    if (!isClosedPipe(error)) throw error;
  } finally {
    out.off('error', onError);
  }
}

/**
 * Writes an export to a file, or to standard output without `path`. A file is written beside its
 * final name and renamed once complete: a failed export never leaves half a file under that name.
 * @example await writeExport(exportChunks(store, 'acled'), 'mali.csv')
 */
export async function writeExport(pieces: AsyncIterable<string>, path?: string): Promise<void> {
  if (path === undefined) return drainInto(pieces, process.stdout);
  const partial = `${path}.partial`;
  try {
    await pipeline(Readable.from(pieces), createWriteStream(partial));
    await rename(partial, path);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}
