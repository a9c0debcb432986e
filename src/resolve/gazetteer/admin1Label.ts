import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

/**
 * GeoNames' first-level division names, committed as `data/gazetteer/admin1-names.tsv.gz` (columns 1
 * and 2 of admin1CodesASCII.txt): `src/` and `dist/` both sit three folders below it.
 */
export function admin1NamesPath(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data', 'gazetteer', 'admin1-names.tsv.gz');
}

let labels: Map<string, string> | null = null;

// ~3,900 rows, 33 kB: read whole on first use.
function table(): Map<string, string> {
  if (labels) return labels;
  labels = new Map();
  for (const line of gunzipSync(readFileSync(admin1NamesPath())).toString('utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [code = '', name = ''] = line.split('\t');
    labels.set(code, name);
  }
  return labels;
}

/**
 * The name GeoNames gives a first-level division by its code, or null for a code it does not know.
 * The base layer names a division by its seat (`admin1Name`); this names the ones without a seat in it.
 * @example admin1Label('UA', '13') === 'Kiev' // Kyiv Oblast: its seat, Kyiv, is filed as its own division
 * @example admin1Label('SY', '08') === 'Rif-dimashq'
 */
export function admin1Label(country: string, code: string): string | null {
  return table().get(`${country}.${code}`) ?? null;
}
