import { basename } from 'node:path';
import { isAnnalsError } from '../model/index.js';
import { gazetteerFigures, importGeonamesFile, userLayerDir, type ImportResult } from '../resolve/gazetteer/index.js';
import { gazetteerLayers, layerLines } from './gazetteerLayers.js';

export interface GazetteerOptions {
  /** The user layer's folder (`--gazetteer DIR`); else `$ANNALS_GAZETTEER`, else the default data folder. */
  gazetteer?: string;
  /** The store whose wiki layer `info` lists (`--db`); else `$ANNALS_DB`, else `.annals/` if it exists. */
  db?: string;
  json?: boolean;
  verbose?: boolean;
}

/**
 * `annals gazetteer import FILE…`: streams GeoNames files the user downloaded (allCountries.txt,
 * ML.txt, alternateNamesV2.txt) or Who's On First places files into the user layer. A bad file costs one line on stderr naming it,
 * not the run; progress goes to stderr. Returns the exit status (0 ok, 1 a file failed).
 * @example await runGazetteerImport(['ML.txt', 'alternateNamesV2.txt'], { gazetteer: '/data/gazetteer' })
 */
export async function runGazetteerImport(files: readonly string[], options: GazetteerOptions): Promise<number> {
  const dir = userLayerDir(options.gazetteer);
  let failed = 0;
  for (const file of files) {
    const started = Date.now();
    const progress = (rows: number): void => {
      process.stderr.write(`annals: ${basename(file)}: ${rows.toLocaleString('en')} rows (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
    };
    try {
      const result = await importGeonamesFile(file, dir, progress);
      process.stdout.write(`${options.json ? JSON.stringify({ ...result, dir }) : importLine(file, dir, result)}\n`);
    } catch (error) {
      if (!isAnnalsError(error)) throw error;
      failed++;
      process.stderr.write(`annals: ${error.message}\n`);
      if (options.verbose && error.cause) process.stderr.write(`${String(error.cause)}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

// "ML.txt: 26,120 places imported into DIR (2 bad lines skipped)"; a WOF file also says what it left out and why.
function importLine(file: string, dir: string, result: ImportResult): string {
  if (result.alreadyImported) return `${file}: already imported into ${dir}`;
  const noun = result.kind === 'places' ? (result.rows === 1 ? 'place' : 'places') : result.rows === 1 ? 'alternate name' : 'alternate names';
  const what = result.format === 'wof' ? `${noun} (Who's On First)` : noun;
  const left = Object.entries(result.leftOut ?? {}).map(([reason, n]) => `${n.toLocaleString('en')} ${reason}`);
  const notes = [...(left.length > 0 ? [`left out: ${left.join(', ')}`] : []), ...(result.skipped > 0 ? [`${result.skipped} bad ${result.skipped === 1 ? 'line' : 'lines'} skipped`] : [])];
  return `${file}: ${result.rows.toLocaleString('en')} ${what} imported into ${dir}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`;
}

/**
 * `annals gazetteer info`: each layer with its counts and sources — the base layer (its file, load
 * time and memory), the user layer (each imported file), the wiki layer of the store (each dump).
 * Returns 1 when a store named by `--db` or `ANNALS_DB` cannot be opened.
 * @example await runGazetteerInfo({ json: true }) // {"base":{"fileMB":53.1,…,"sources":[…]},"user":{"dir":"…","places":0,…},"wiki":null}
 */
export async function runGazetteerInfo(options: GazetteerOptions): Promise<number> {
  const layers = await gazetteerLayers(gazetteerFigures(), userLayerDir(options.gazetteer), options.db);
  process.stdout.write(options.json ? `${JSON.stringify(layers)}\n` : `${layerLines(layers).join('\n')}\n`);
  if (layers.storeError) process.stderr.write(`annals: ${layers.storeError.message}\n`);
  // `.annals/` found here but busy (a server holds it) is no failure: `npm install` runs this command
  return layers.storeError?.named ? 1 : 0;
}
