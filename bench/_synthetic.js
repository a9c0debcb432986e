// A large corpus made from the bench corpus: its Markdown, plain-text and wikitext articles in turn,
// each copy made a new article to the store (new bytes, so a new content hash) by a line that changes no record.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function copyOf(input, copy) {
  const text = input.text;
  // Markdown: a YAML comment in the front matter; plain text: its title line; wikitext: an HTML comment
  if (text.startsWith('---\n')) return `---\n# copy ${copy}\n${text.slice(4)}`;
  if (/^\s*=[^=]/.test(text)) return text.replace(/^(\s*= *)(.*?)( *=[ \t]*)$/m, `$1$2 (copy ${copy})$3`);
  return `<!-- copy ${copy} -->\n${text}`;
}

/**
 * Writes `count` articles into `dir`, cycling through the shapes' standalone articles (dump pages
 * without a conflict infobox would be skipped by ingest, so they are left out). Returns their MB.
 * @example syntheticCorpus(corpus, '/tmp/synthetic', 5000) // 83.1
 */
export function syntheticCorpus(corpus, dir, count) {
  mkdirSync(dir, { recursive: true });
  const sources = [...corpus.markdown, ...corpus.plain, ...corpus.wikitext.filter((i) => i.name.endsWith('.wiki'))];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length];
    const text = copyOf(source, Math.floor(i / sources.length));
    const ext = source.name.endsWith('.wiki') ? 'wiki' : 'txt';
    writeFileSync(join(dir, `a${String(i).padStart(5, '0')}.${ext}`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes / 1e6;
}
