import type { Backend, Queryable } from './_backend.js';
import { jsonChunks, STATEMENT_CHARS } from './_insertRows.js';
import type { WikiFinds, WikiSource } from './wikiTypes.js';

/**
 * Starts a dump's wiki layer afresh: what an earlier gathering of the same path gave is deleted.
 * @example await startWikiSource(db, { source: 'enwiki.xml.bz2', size: 1695871, mtimeMs: 1733543520000 })
 */
export async function startWikiSource(db: Backend, source: WikiSource): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('delete from wiki_sources where source = $1', [source.source]);
    await tx.query('insert into wiki_sources (source, size, mtime_ms) values ($1, $2, $3)', [source.source, source.size, source.mtimeMs]);
  });
}

/**
 * Adds what a part of a dump gave to its wiki layer, in one transaction: places by title (a later
 * dump's page replaces an earlier one's), redirects only to pages the layer holds (a dump has millions
 * of redirects, most to pages without coordinates), and the count of pages read.
 * @example await saveWikiFinds(db, 'enwiki.xml.bz2', { pages: 2, places: [{ title: 'Konna', lat: 14.94, lon: -3.89, kind: 'city' }], redirects: [] })
 */
export async function saveWikiFinds(db: Backend, source: string, finds: WikiFinds): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('update wiki_sources set pages = pages + $2 where source = $1', [source, finds.pages]);
    await upsert(tx, finds.places.map((p) => ({ ...p, source })), 'wiki_places', 'title text, lat double precision, lon double precision, kind text, source text', 'x.title, x.lat, x.lon, x.kind, x.source', '');
    const known = 'where exists (select 1 from wiki_places p where p.title = x.target) and not exists (select 1 from wiki_places p where p.title = x.title)';
    await upsert(tx, finds.redirects.map((r) => ({ ...r, source })), 'wiki_redirects', 'title text, target text, source text', 'x.title, x.target, x.source', known);
  });
}

// Insert or replace by title, in statements of at most STATEMENT_CHARS characters of JSON.
async function upsert(tx: Queryable, rows: readonly Record<string, unknown>[], table: string, fields: string, values: string, where: string): Promise<void> {
  const columns = fields.split(', ').map((f) => f.split(' ')[0]);
  const updates = columns.filter((c) => c !== 'title').map((c) => `${c} = excluded.${c}`).join(', ');
  for (const chunk of jsonChunks(rows, STATEMENT_CHARS)) {
    await tx.query(
      `insert into ${table} (${columns.join(', ')}) select distinct on (x.title) ${values} from json_to_recordset($1::json) as x(${fields}) ${where}
       on conflict (title) do update set ${updates}`,
      [chunk],
    );
  }
}
