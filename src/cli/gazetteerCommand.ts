import { basename } from 'node:path';
import { isAnnalsError } from '../model/index.js';
import { gazetteerFigures, importGeonamesFile, openUserLayer, userLayerDir } from '../resolve/gazetteer/index.js';

export interface GazetteerOptions {
  /** The user layer's folder (`--gazetteer DIR`); else `$ANNALS_GAZETTEER`, else the default data folder. */
  gazetteer?: string;
  json?: boolean;
  verbose?: boolean;
}

/**
 * `annals gazetteer import FILE…`: streams GeoNames files the user downloaded (allCountries.txt,
 * ML.txt, alternateNamesV2.txt) into the user layer. A bad file costs one line on stderr naming it,
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
      const line = options.json
        ? JSON.stringify({ ...result, dir })
        : result.alreadyImported
          ? `${file}: already imported into ${dir}`
          : `${file}: ${result.rows.toLocaleString('en')} ${result.kind === 'places' ? 'places' : 'alternate names'} imported into ${dir}${result.skipped > 0 ? ` (${result.skipped} bad ${result.skipped === 1 ? 'line' : 'lines'} skipped)` : ''}`;
      process.stdout.write(`${line}\n`);
    } catch (error) {
      if (!isAnnalsError(error)) throw error;
      failed++;
      process.stderr.write(`annals: ${error.message}\n`);
      if (options.verbose && error.cause) process.stderr.write(`${String(error.cause)}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

/**
 * `annals gazetteer info`: the base layer's file, load time and memory, and the user layer's size.
 * @example runGazetteerInfo({ json: true }) // {"base":{"fileMB":39.7,"loadMs":420,…},"user":{"dir":"…","places":0,…}}
 */
export function runGazetteerInfo(options: GazetteerOptions): number {
  const base = gazetteerFigures();
  const dir = userLayerDir(options.gazetteer);
  const layer = openUserLayer(dir);
  const user = { dir, places: layer?.places ?? 0, alternateNames: layer?.alternateNames ?? 0 };
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ base, user })}\n`);
    return 0;
  }
  process.stdout.write(
    [
      `base layer: ${base.places.toLocaleString('en')} places (${base.villages.toLocaleString('en')} of them the village layer's), ${base.keys.toLocaleString('en')} name keys`,
      `  file ${base.file} (${base.fileMB.toFixed(1)} MB${base.built ? ', built now' : ''})`,
      `  loaded in ${base.loadMs.toFixed(0)} ms, ~${base.memoryMB.toFixed(0)} MB`,
      `user layer: ${dir}: ${user.places.toLocaleString('en')} places, ${user.alternateNames.toLocaleString('en')} alternate names`,
    ].join('\n') + '\n',
  );
  return 0;
}
