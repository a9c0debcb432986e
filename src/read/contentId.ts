import { createHash } from 'node:crypto';

/**
 * The article id: sha256 of the input bytes (or of the text's UTF-8 when no bytes are at hand).
 * @example contentId('= Bombardment of Gao =').length === 64
 */
export function contentId(input: Uint8Array | string): string {
  return createHash('sha256').update(input).digest('hex');
}
