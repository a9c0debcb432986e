import type { Queryable } from './_backend.js';
import type { WikiPlace, WikiSourceSummary } from './wikiTypes.js';

/**
 * The whole wiki layer: every page with its own coordinates, and every redirect to one under the
 * redirect's title, for the gazetteer to load before an extraction.
 * @example await listWikiPlaces(db) // [{ title: 'Konna', lat: 14.94, lon: -3.89, kind: 'city' }, { title: 'Kona, Mali', … }]
 */
export async function listWikiPlaces(db: Queryable): Promise<WikiPlace[]> {
  return db.query<WikiPlace>(
    `select title, lat, lon, kind from wiki_places
     union all
     select r.title, p.lat, p.lon, p.kind from wiki_redirects r join wiki_places p on p.title = r.target`,
  );
}

/**
 * The dumps the wiki layer holds, each with its pages read, places and redirects.
 * @example await listWikiSources(db) // [{ source: 'enwiki.xml.bz2', pages: 3, places: 2, redirects: 1, … }]
 */
export async function listWikiSources(db: Queryable): Promise<WikiSourceSummary[]> {
  const rows = await db.query<{ source: string; size: string | number; mtime_ms: string | number; pages: number; places: number; redirects: number; gathered_at: Date | string }>(
    `select s.source, s.size, s.mtime_ms, s.pages, s.gathered_at,
       (select count(*) from wiki_places p where p.source = s.source)::integer as places,
       (select count(*) from wiki_redirects r where r.source = s.source)::integer as redirects
     from wiki_sources s order by s.source`,
  );
  return rows.map((r) => ({
    source: r.source, size: Number(r.size), mtimeMs: Number(r.mtime_ms), pages: r.pages, places: r.places, redirects: r.redirects,
    gatheredAt: new Date(r.gathered_at).toISOString(),
  }));
}
