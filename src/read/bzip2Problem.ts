// unbzip2-stream's own messages are jokes ("moo i'm a cow"), and input that runs out mid-block
// shows as a TypeError from its bit reader: neither tells a person what is wrong with the file.
const PROBLEMS: [RegExp, string][] = [
  [/no magic number|not a bzip archive/i, 'no bzip2 header (not bzip2 data)'],
  [/ended prematurely/i, 'it ends in the middle of a block (a truncated file?)'],
  [/crc32/i, 'a checksum does not match (corrupt data)'],
];

/**
 * What is wrong with bzip2 data, in words, from what the decoder threw.
 * @example bzip2Problem(new TypeError("Cannot read properties of undefined (reading '0')")) // 'it ends in the middle of a block (a truncated file?)'
 */
export function bzip2Problem(cause: unknown): string {
  if (cause instanceof TypeError) return 'it ends in the middle of a block (a truncated file?)';
  const message = cause instanceof Error ? cause.message : String(cause);
  return PROBLEMS.find(([pattern]) => pattern.test(message))?.[1] ?? 'corrupt compressed data';
}
