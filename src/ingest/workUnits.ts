import { stat } from 'node:fs/promises';
import { indexBeside, isIndexOfDumpBeside, streamsOf } from './_multistreamIndex.js';
import { isMediawikiExport } from './_sniffExport.js';
import { walk } from './_walk.js';
import { sourceName } from './sourceName.js';
import type { WorkUnit } from './workUnit.js';

/**
 * The work in the paths named, enumerated lazily and in a fixed order: folders walked recursively
 * (sorted, hidden entries skipped), MediaWiki exports and dumps as `dump` units, a multistream dump
 * with its index beside it as one `dump-stream` unit per bzip2 stream, every other file as a `file`
 * unit. A path that does not exist is passed on as a file, so that reading it reports the problem.
 * A unit under a root named by its absolute path carries the `source` the store keys it by (`sourceName`).
 * @example for await (const unit of workUnits(['fixtures/dumps'])) console.log(unit.kind, unit.path)
 */
export async function* workUnits(paths: readonly string[]): AsyncGenerator<WorkUnit> {
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info?.isDirectory()) {
      yield* named(unitsOfFile(path), path);
      continue;
    }
    for await (const file of walk(path)) {
      // the index is read through its dump
      if (!(await isIndexOfDumpBeside(file))) yield* named(unitsOfFile(file), path);
    }
  }
}

async function* unitsOfFile(path: string): AsyncGenerator<WorkUnit> {
  const index = (await isMediawikiExport(path)) ? await indexBeside(path) : undefined;
  if (index === undefined) yield { kind: 'file', path };
  else if (index === null) yield { kind: 'dump', path };
  else yield* streamsOf(path, index, (await stat(path)).size);
}

// Only a name that differs from the path is carried: units (and queue job ids) of relative roots stay as they were.
async function* named(units: AsyncIterable<WorkUnit>, root: string): AsyncGenerator<WorkUnit> {
  for await (const unit of units) {
    const source = sourceName(unit.path, root);
    yield source === unit.path ? unit : { ...unit, source };
  }
}
