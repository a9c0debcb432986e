import { sniffShape } from '../read/index.js';
import { decompressedBytes } from './_unitBytes.js';

// Enough of the (decompressed) start for the `<?xml …?><mediawiki …>` preamble.
const HEAD_BYTES = 4096;

/**
 * Whether a file holds a MediaWiki XML export, plain or bzip2, judged by its first bytes as the
 * read stage judges, never by its name; a file that cannot be read is left for the pipeline to report.
 */
export async function isMediawikiExport(path: string): Promise<boolean> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    // a bzip2 file yields its first block (~900 kB of text) at the earliest: read no further
    for await (const chunk of decompressedBytes(path, path)) {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= HEAD_BYTES) break;
    }
  } catch {
    return false;
  }
  const head = new TextDecoder('utf-8').decode(Buffer.concat(chunks).subarray(0, HEAD_BYTES));
  return sniffShape(head) === 'mediawiki-xml';
}
