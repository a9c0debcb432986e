import { keyOffsets, type KeyIndex } from './_keyIndex.js';
import type { PlaceTable } from './_placeTable.js';

/**
 * Bump when the file's layout or the name normalisation (foldName, the skeleton rules) changes:
 * an older cache is then rebuilt on first use.
 */
export const DATA_FORMAT = 5;

/** Where the compact file came from: a changed source (a newer cities500) triggers a rebuild. */
export interface DataSource {
  path: string;
  size: number;
  mtimeMs: number;
}

/** The on-disk shape: numbers as base64 typed arrays, text columns joined by newlines. */
interface DataFile {
  format: number;
  source: DataSource;
  count: number;
  numbers: Record<'ids' | 'lat' | 'lon' | 'population' | 'starts' | 'postings', string>;
  text: Record<'names' | 'ascii' | 'alts' | 'country' | 'admin1' | 'admin2' | 'feature' | 'keys', string>;
}

const b64 = (a: Int32Array | Float32Array): string => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
const ints = (s: string): Int32Array => {
  const buf = Buffer.from(s, 'base64');
  return new Int32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
};
const floats = (s: string): Float32Array => new Float32Array(ints(s).buffer);
const lines = (s: string, count: number): string[] => (count === 0 ? [] : s.split('\n'));
// Codes repeat (a few thousand distinct admin codes over 200k rows): one string each saves ~15 MB.
const interned = (s: string, count: number): string[] => {
  const seen = new Map<string, string>();
  return lines(s, count).map((v) => seen.get(v) ?? (seen.set(v, v), v));
};

/**
 * The JSON text of a built base layer.
 * @example writeFileSync(out, encodeDataFile({ path, size, mtimeMs }, table, index))
 */
export function encodeDataFile(source: DataSource, table: PlaceTable, index: KeyIndex): string {
  const file: DataFile = {
    format: DATA_FORMAT,
    source,
    count: table.count,
    numbers: { ids: b64(table.ids), lat: b64(table.lat), lon: b64(table.lon), population: b64(table.population), starts: b64(index.starts), postings: b64(index.postings) },
    text: {
      names: table.names.join('\n'), ascii: table.ascii.join('\n'), alts: table.alts.join('\n'), country: table.country.join('\n'),
      admin1: table.admin1.join('\n'), admin2: table.admin2.join('\n'), feature: table.feature.join('\n'), keys: index.keyText,
    },
  };
  return JSON.stringify(file);
}

/**
 * The source a data file was built from, or null when the text is not a data file of this format.
 * @example dataFileSource(readFileSync(cache, 'utf8'))?.size // 32405572, cities500.txt's size
 */
export function dataFileSource(json: string): DataSource | null {
  // The header sits at the start of the JSON text: read it without parsing 30 MB.
  const head = /^\{"format":(\d+),"source":(\{[^}]*\})/.exec(json.slice(0, 4096));
  if (!head || Number(head[1]) !== DATA_FORMAT) return null;
  return JSON.parse(head[2] ?? 'null') as DataSource;
}

/**
 * The table and index stored in a data file's text.
 * @example decodeDataFile(readFileSync(cache, 'utf8')).table.count // 199568
 */
export function decodeDataFile(json: string): { table: PlaceTable; index: KeyIndex } {
  const file = JSON.parse(json) as DataFile;
  const n = file.count;
  const t = file.text;
  const table: PlaceTable = {
    count: n, ids: ints(file.numbers.ids), lat: floats(file.numbers.lat), lon: floats(file.numbers.lon), population: ints(file.numbers.population),
    names: lines(t.names, n), ascii: lines(t.ascii, n), alts: lines(t.alts, n), country: interned(t.country, n),
    admin1: interned(t.admin1, n), admin2: interned(t.admin2, n), feature: interned(t.feature, n),
  };
  return { table, index: { keyText: t.keys, keyStarts: keyOffsets(t.keys), starts: ints(file.numbers.starts), postings: ints(file.numbers.postings) } };
}
