/**
 * The gazetteer's wiki layer: the coordinates each article page of an ingested MediaWiki dump gives
 * for itself (`{{coord|…|display=title}}`, a settlement infobox's latitude and longitude), keyed by
 * page title, and the redirects to those pages; loaded into the gazetteer before later extractions so
 * that a wikilink to a village places it exactly. Rows belong to the dump that gave them: ingesting
 * the dump again replaces them (on delete cascade).
 */
export const wiki = `
create table wiki_sources (
  source text primary key,                -- the dump's path, as ingested
  size bigint not null,
  mtime_ms bigint not null,
  pages integer not null default 0,       -- article pages read
  gathered_at timestamptz not null default now()
);

create table wiki_places (
  title text primary key,                 -- the page title, as the dump writes it
  lat double precision not null,
  lon double precision not null,
  kind text,                              -- {{coord}}'s type ("city", "landmark"), or null
  source text not null references wiki_sources (source) on delete cascade
);
create index wiki_places_source on wiki_places (source);

create table wiki_redirects (
  title text primary key,
  target text not null,                   -- a page of wiki_places
  source text not null references wiki_sources (source) on delete cascade
);
create index wiki_redirects_source on wiki_redirects (source);
`;
