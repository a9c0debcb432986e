import { AnnalsError } from '../model/index.js';

/** Larger inputs are dumps, not articles; they are streamed by ingest rather than read whole. */
export const MAX_ARTICLE_BYTES = 64 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Turns an input's bytes into text, refusing what is not UTF-8 text. Line ends become `\n`.
 * @example decodeText(Buffer.from('= Bombardment of Gao =\n'), 'seed.txt')
 */
export function decodeText(bytes: Uint8Array, source: string): string {
  if (bytes.length === 0) throw new AnnalsError('empty', source, 'the file is empty');
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new AnnalsError('too_large', source, `${formatMiB(bytes.length)} is over the ${formatMiB(MAX_ARTICLE_BYTES)} an article may have`);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new AnnalsError('binary', source, `binary data, not text (NUL byte at offset ${nul})`);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch (cause) {
    throw new AnnalsError('invalid_utf8', source, `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)})`, { cause });
  }
  if (text.trim() === '') throw new AnnalsError('empty', source, 'the file holds only white space');
  return text.replace(/\r\n?/g, '\n');
}

export function formatMiB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

// TextDecoder says only that the bytes are bad, not where; users need the offset to find them.
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    try {
      utf8.decode(bytes.subarray(i, i + need + 1));
    } catch {
      return i;
    }
    i += need + 1;
  }
  return bytes.length;
}
