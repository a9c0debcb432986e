import fc from 'fast-check';
import { MARKUP, NASTY, wordSoup } from './_inputs.js';

/** One edit of a seed: where (modulo its length), what, and how much. */
export interface Mutation {
  at: number;
  kind: 'delete' | 'insert' | 'duplicate' | 'truncate' | 'repeat' | 'move';
  length: number;
  to: number;
  piece: string;
}

const mutation = (maxLength: number): fc.Arbitrary<Mutation> =>
  fc.record({
    at: fc.nat(),
    kind: fc.constantFrom<Mutation['kind']>('delete', 'insert', 'insert', 'duplicate', 'truncate', 'repeat', 'move'),
    length: fc.nat({ max: maxLength }),
    to: fc.nat(),
    piece: fc.oneof(fc.constantFrom(...MARKUP), fc.constantFrom(...NASTY), wordSoup(4)),
  });

/**
 * Applies the edits in order: delete a stretch, insert a piece, duplicate a stretch in place,
 * cut the rest off, insert a piece repeated (`length` times), or move a stretch elsewhere.
 * @example mutate('= Gao =\n\nFrench planes bombed Gao.', [{ at: 9, kind: 'insert', length: 0, to: 0, piece: '{{' }])
 */
export function mutate(text: string, mutations: readonly Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % out.length;
    const end = Math.min(out.length, at + m.length);
    if (m.kind === 'delete') out = out.slice(0, at) + out.slice(end);
    if (m.kind === 'insert') out = out.slice(0, at) + m.piece + out.slice(at);
    if (m.kind === 'duplicate') out = out.slice(0, end) + out.slice(at, end) + out.slice(end);
    if (m.kind === 'truncate') out = out.slice(0, at);
    if (m.kind === 'repeat') out = out.slice(0, at) + m.piece.repeat(m.length) + out.slice(at);
    if (m.kind === 'move') {
      const cut = out.slice(0, at) + out.slice(end);
      const to = cut.length === 0 ? 0 : m.to % cut.length;
      out = cut.slice(0, to) + out.slice(at, end) + cut.slice(to);
    }
  }
  return out;
}

/** A seed text with one to six edits, each over at most `maxLength` characters (or repeats). */
export function mutated(seeds: readonly string[], maxLength = 2000): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...seeds), fc.array(mutation(maxLength), { minLength: 1, maxLength: 6 })).map(([seed, edits]) => mutate(seed, edits));
}

/** A seed's bytes with bytes overwritten, deleted or inserted: for decoders and decompressors. */
export function mutatedBytes(seeds: readonly Uint8Array[]): fc.Arbitrary<Uint8Array> {
  const edit = fc.record({ at: fc.nat(), kind: fc.constantFrom('set', 'delete', 'insert', 'truncate'), byte: fc.integer({ min: 0, max: 255 }) });
  return fc.tuple(fc.constantFrom(...seeds), fc.array(edit, { minLength: 1, maxLength: 8 })).map(([seed, edits]) => {
    const bytes = [...seed];
    for (const e of edits) {
      const at = bytes.length === 0 ? 0 : e.at % bytes.length;
      if (e.kind === 'set') bytes[at] = e.byte;
      if (e.kind === 'delete') bytes.splice(at, 1);
      if (e.kind === 'insert') bytes.splice(at, 0, e.byte);
      if (e.kind === 'truncate') bytes.length = at;
    }
    return Uint8Array.from(bytes);
  });
}
