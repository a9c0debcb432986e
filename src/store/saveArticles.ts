import type { Extraction } from '../model/index.js';
import type { Backend, Queryable } from './_backend.js';
import { entityRows } from './_entityRows.js';
import { eventRows } from './_eventRows.js';
import { insertRows, type Row } from './_insertRows.js';
import { movementRows } from './_movementRows.js';
import { recordTables } from './_tables.js';
import { validateBatch } from './_validate.js';
import type { SaveOutcome } from './types.js';

interface StoredVersion {
  key: number;
  id: string;
  source: string;
}

// Each outcome against what was stored, or against an earlier copy of the same source in the batch.
function outcomesOf(batch: readonly Extraction[], stored: readonly StoredVersion[]): SaveOutcome[] {
  const versions = new Map(stored.map((s) => [s.source, s.id]));
  return batch.map((x) => {
    const before = versions.get(x.source);
    versions.set(x.source, x.id);
    return before === undefined ? 'stored' : before === x.id ? 'unchanged' : 'replaced';
  });
}

// Writers of the same source wait for each other (two ingest workers, a retried job); sorted, so no
// deadlock. 1095650899 is "ANNS" in ASCII: the lock space of article sources.
async function lockSources(tx: Queryable, sources: readonly string[]): Promise<void> {
  await tx.query(
    `select pg_advisory_xact_lock(1095650899, hashtext(s)) from (select s from json_array_elements_text($1::json) as s order by s) as sorted`,
    [JSON.stringify(sources)],
  );
}

async function writeArticles(tx: Queryable, articles: readonly Extraction[]): Promise<void> {
  if (articles.length === 0) return;
  const rows = articles.map(({ id, source, title, format, text, infobox, sections, sentences, mentions }) => ({ id, source, title, format, text, infobox, sections, sentences, mentions }));
  const keys = await tx.query<{ key: number; source: string }>(
    `insert into articles (id, source, title, format, text, infobox, sections, sentences, mentions)
     select x.id, x.source, x.title, x.format, x.text, x.infobox, x.sections, x.sentences, x.mentions
     from json_to_recordset($1::json) as x(id text, source text, title text, format text, text text, infobox json, sections json, sentences json, mentions json)
     returning key, source`,
    [JSON.stringify(rows)],
  );
  const keyOf = new Map(keys.map((k) => [k.source, k.key]));
  const records = articles.map((x) => {
    const key = keyOf.get(x.source) ?? 0;
    return { ...entityRows(x, key), ...eventRows(x, key), ...movementRows(x, key) };
  });
  for (const table of recordTables) {
    const name = table.table as keyof (typeof records)[number];
    await insertRows(tx, table, records.flatMap((r): Row[] => r[name]));
  }
}

/**
 * Saves a batch in one transaction: a source stored with the same content hash is left alone, one
 * stored with another hash has all its records replaced, a new one is stored. Nothing is written
 * when any article is malformed (the error names it) or when the transaction fails.
 * @example await saveArticles(backend, [toExtraction(seed)]) // ['stored'], then ['unchanged']
 */
export async function saveArticles(backend: Backend, batch: readonly Extraction[]): Promise<SaveOutcome[]> {
  validateBatch(batch);
  if (batch.length === 0) return [];
  // The last copy of a source in the batch is the one kept.
  const latest = [...new Map(batch.map((x) => [x.source, x])).values()];
  return backend.transaction(async (tx) => {
    await lockSources(tx, latest.map((x) => x.source));
    const stored = await tx.query<StoredVersion>(
      'select key, id, source from articles where source in (select json_array_elements_text($1::json))',
      [JSON.stringify(latest.map((x) => x.source))],
    );
    const storedId = new Map(stored.map((s) => [s.source, s.id]));
    const latestId = new Map(latest.map((x) => [x.source, x.id]));
    const stale = stored.filter((s) => latestId.get(s.source) !== s.id);
    if (stale.length > 0) {
      // on delete cascade removes every record of the old version
      await tx.query('delete from articles where key in (select (json_array_elements_text($1::json))::integer)', [JSON.stringify(stale.map((s) => s.key))]);
    }
    await writeArticles(tx, latest.filter((x) => storedId.get(x.source) !== x.id));
    return outcomesOf(batch, stored);
  });
}
