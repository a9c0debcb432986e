// Module hooks that let a worker thread or a child process load this project's TypeScript sources without a build,
// for runs from sources (vitest). Compiled runs (dist/) never load this file.
// Each file is transpiled alone (no type check), as the project's `verbatimModuleSyntax` allows,
// and the output is cached in node_modules/.cache/annals/ts/ (one file per source, stamped with
// the source's hash) so that later workers start at once.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const cacheDir = fileURLToPath(new URL('../../node_modules/.cache/annals/ts/', import.meta.url));
// the compiler's version keys the cache; the compiler itself is loaded only on a miss
const tsVersion = require('typescript/package.json').version;
let ts = null;

/** `./x.js` written in a .ts file means the `./x.ts` beside it, as under tsc's NodeNext resolution. */
export async function resolve(specifier, context, next) {
  if (context.parentURL?.endsWith('.ts') && /^\.\.?\/.*\.js$/.test(specifier)) {
    const url = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL);
    if (existsSync(fileURLToPath(url))) return { url: url.href, format: 'module', shortCircuit: true };
  }
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return next(url, context);
  const path = fileURLToPath(url);
  const source = await readFile(path, 'utf8');
  // one cache file per source file, stamped with the hash of the source it was made from
  const stamp = `// ${createHash('sha256').update(`${tsVersion}\0${source}`).digest('hex')}\n`;
  const cached = join(cacheDir, `${createHash('sha256').update(path).digest('hex')}.js`);
  const previous = await readFile(cached, 'utf8').catch(() => '');
  if (previous.startsWith(stamp)) return { format: 'module', source: previous, shortCircuit: true };
  ts ??= require('typescript');
  const { outputText } = ts.transpileModule(source, {
    fileName: path,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true, sourceMap: false },
  });
  await mkdir(cacheDir, { recursive: true });
  // written whole then renamed, so that a worker starting alongside never reads half a file
  const partial = `${cached}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  await writeFile(partial, stamp + outputText);
  await rename(partial, cached);
  return { format: 'module', source: outputText, shortCircuit: true };
}
