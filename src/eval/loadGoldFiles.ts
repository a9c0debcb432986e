import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { z } from 'zod';
import { AnnalsError } from '../model/index.js';
import { GoldRecordSchema, type GoldFile } from './goldFile.js';

const GOLD_SUFFIX = '.gold.json';

/**
 * Reads every `*.gold.json` under each folder (recursively, sorted, hidden entries skipped); a path
 * naming a file is read as one gold file. Each `source` is resolved beside its gold file and must
 * exist. Throws one AnnalsError naming the file for a missing path, bad JSON, a record that breaks
 * FORMAT.md, or a missing source.
 * @example loadGoldFiles(['fixtures/gold']).map((g) => g.article) // ['2017 Mosul airstrike', …, 'Bombardment of Gao']
 */
export function loadGoldFiles(dirs: readonly string[]): GoldFile[] {
  return dirs.flatMap((dir) => goldPaths(dir)).map(readGoldFile);
}

function goldPaths(path: string): string[] {
  const info = statOf(path);
  if (!info) throw new AnnalsError('not_found', path, 'no such file or folder');
  if (!info.isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const child = join(path, entry.name);
      if (entry.isDirectory()) return goldPaths(child);
      return entry.isFile() && entry.name.endsWith(GOLD_SUFFIX) ? [child] : [];
    });
}

function readGoldFile(file: string): GoldFile {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    const problem = cause instanceof SyntaxError ? `not valid JSON (${cause.message})` : 'unreadable';
    throw new AnnalsError(cause instanceof SyntaxError ? 'malformed' : 'unreadable', file, problem, { cause });
  }
  const parsed = GoldRecordSchema.safeParse(json);
  if (!parsed.success) {
    throw new AnnalsError('malformed', file, `not a gold record: ${describeIssues(parsed.error.issues)}`, { cause: parsed.error });
  }
  const sourcePath = resolve(dirname(file), parsed.data.source);
  if (!statOf(sourcePath)?.isFile()) {
    throw new AnnalsError('not_found', file, `its source ${parsed.data.source} is not a file (looked for ${sourcePath})`);
  }
  return { ...parsed.data, file, sourcePath };
}

// One line: the first few problems, each with where it is ("events[2].date.start").
function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const shown = issues.slice(0, 3).map((issue) => {
    const where = issue.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('').replace(/^\./, '');
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  return shown.join('; ') + (issues.length > 3 ? ` (and ${issues.length - 3} more)` : '');
}

function statOf(path: string): ReturnType<typeof statSync> | undefined {
  return statSync(path, { throwIfNoEntry: false });
}
