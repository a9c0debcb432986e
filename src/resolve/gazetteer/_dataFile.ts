import { textColumn, textValues, type CodeColumn, type TextColumn } from './_columns.js';
import type { KeyIndex } from './_keyIndex.js';
import type { PlaceTable } from './_placeTable.js';

/**
 * Bump when the file's layout or the name normalisation (foldName, the skeleton rules) changes:
 * an older cache is then rebuilt on first use.
 */
export const DATA_FORMAT = 10;

/** Where the compact file came from: a changed source (a newer cities500, a rebuilt village layer) triggers a rebuild. */
export interface DataSource {
  path: string;
  size: number;
  mtimeMs: number;
  /** The committed village layer's size and time. */
  villages?: { size: number; mtimeMs: number };
}

// The file: "AGZ1", the header's length (u32 LE), the JSON header, then each column's bytes at an
// offset aligned to 8 (from the start of the file), so that a typed array can view it where it lies;
// last, the spatial index's bytes (KDBush's own format), which a reader reads into a buffer of their
// own: KDBush reads its data from offset 0, and building it at each start cost ~0.2 s.
const MAGIC = 0x315a4741; // "AGZ1" read as a little-endian u32
type TypeName = 'i32' | 'f32' | 'u16' | 'u8';
type Column = Int32Array | Float32Array | Uint16Array | Uint8Array;

interface Header {
  format: number;
  source: DataSource;
  count: number;
  /** Rows before this one are cities500's, the rest the village layer's. */
  towns: number;
  /** [name, type, byte offset in the file, element count] */
  columns: [string, TypeName, number, number][];
  /** [byte offset, byte length] of the spatial index, after every column. */
  spatial: [number, number];
}

function view(type: TypeName, buffer: ArrayBufferLike, offset: number, length: number): Column {
  if (type === 'i32') return new Int32Array(buffer, offset, length);
  if (type === 'f32') return new Float32Array(buffer, offset, length);
  return type === 'u16' ? new Uint16Array(buffer, offset, length) : new Uint8Array(buffer, offset, length);
}
const align = (n: number): number => Math.ceil(n / 8) * 8;
const typeOf = (a: Column): TypeName => (a instanceof Int32Array ? 'i32' : a instanceof Float32Array ? 'f32' : a instanceof Uint16Array ? 'u16' : 'u8');
const text = (name: string, c: TextColumn): [string, Column][] => [[`${name}.bytes`, c.bytes], [`${name}.starts`, c.starts]];
const codes = (name: string, c: CodeColumn): [string, Column][] => [[`${name}.codes`, c.codes], ...text(`${name}.values`, textColumn(c.values))];

/**
 * The bytes of a built base layer's data file; `spatial` is the KDBush index's data over its places.
 * @example writeFileSync(out, encodeDataFile({ path, size, mtimeMs }, table, index, spatialIndex(table).data))
 */
export function encodeDataFile(source: DataSource, table: PlaceTable, index: KeyIndex, spatial: ArrayBufferLike): Uint8Array {
  const columns: [string, Column][] = [
    ['ids', table.ids], ['lat', table.lat], ['lon', table.lon], ['population', table.population],
    ...text('names', table.names), ...text('ascii', table.ascii), ...text('alts', table.alts),
    ...codes('country', table.country), ...codes('admin1', table.admin1), ...codes('admin2', table.admin2), ...codes('feature', table.feature),
    ...text('keys', index.keys), ['starts', index.starts], ['postings', index.postings],
  ];
  const header: Header = { format: DATA_FORMAT, source, count: table.count, towns: table.towns, columns: [], spatial: [2 ** 40, spatial.byteLength] };
  // Offsets depend on the header's length, which depends on the offsets: lay out with room to spare.
  let headerBytes = Buffer.from(JSON.stringify({ ...header, columns: columns.map(([n, a]) => [n, typeOf(a), 2 ** 40, a.length]) }));
  let at = align(8 + headerBytes.length);
  for (const [name, a] of columns) {
    header.columns.push([name, typeOf(a), at, a.length]);
    at = align(at + a.byteLength);
  }
  header.spatial = [at, spatial.byteLength];
  headerBytes = Buffer.from(JSON.stringify(header));
  const out = new Uint8Array(at + spatial.byteLength);
  out.set(new Uint8Array(spatial), at);
  new DataView(out.buffer).setUint32(0, MAGIC, true);
  new DataView(out.buffer).setUint32(4, headerBytes.length, true);
  out.set(headerBytes, 8);
  columns.forEach(([, a], k) => out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), header.columns[k]?.[2] ?? 0));
  return out;
}

/** The first bytes a reader needs to see a data file's header (it takes ~2 KB). */
export const HEADER_BYTES = 65_536;

/**
 * The header of a data file from its first bytes, or null when they are not a data file of this
 * format (or the header does not fit in them).
 * @example dataFileHeader(firstBytes)?.source.size // 32405572, cities500.txt's size
 */
export function dataFileHeader(head: Uint8Array): Header | null {
  if (head.length < 8) return null;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const end = 8 + view.getUint32(4, true);
  if (view.getUint32(0, true) !== MAGIC || head.length < end) return null;
  try {
    const header = JSON.parse(Buffer.from(head.buffer, head.byteOffset + 8, end - 8).toString('utf8')) as Header;
    return header.format === DATA_FORMAT ? header : null;
  } catch {
    return null;
  }
}

/**
 * The table and index a data file holds, as views into `buffer` (nothing copied: over a
 * SharedArrayBuffer, every thread that decodes it shares its columns).
 * @example decodeDataFile(sharedBytes).table.count // 199568
 */
export function decodeDataFile(buffer: ArrayBuffer | SharedArrayBuffer): { table: PlaceTable; index: KeyIndex } {
  const header = dataFileHeader(new Uint8Array(buffer));
  if (!header) throw new Error('not a gazetteer data file of this format');
  const at = new Map(header.columns.map(([name, type, offset, length]) => [name, view(type, buffer, offset, length)]));
  const col = <T extends Column>(name: string): T => at.get(name) as T;
  const textCol = (name: string): TextColumn => {
    const bytes = col<Uint8Array>(`${name}.bytes`);
    return { bytes: Buffer.from(buffer, bytes.byteOffset, bytes.length), starts: col(`${name}.starts`) };
  };
  // a few thousand distinct codes: decoded once per thread, read as strings
  const codeCol = (name: string): CodeColumn => ({ codes: col(`${name}.codes`), values: textValues(textCol(`${name}.values`)) });
  const table: PlaceTable = {
    count: header.count, towns: header.towns, ids: col('ids'), lat: col('lat'), lon: col('lon'), population: col('population'),
    names: textCol('names'), ascii: textCol('ascii'), alts: textCol('alts'),
    country: codeCol('country'), admin1: codeCol('admin1'), admin2: codeCol('admin2'), feature: codeCol('feature'),
  };
  return { table, index: { keys: textCol('keys'), starts: col('starts'), postings: col('postings') } };
}
