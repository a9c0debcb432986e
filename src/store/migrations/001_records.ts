/**
 * The record tables. Key scheme: an article row has a serial `key` (its identity while stored; a
 * replaced article gets a new one); every record under it is keyed by `(article_key, <local id>)`
 * with the article-local id it was extracted with (`e3`, `v1`, `m1`), or a position for lists.
 * `json` columns (json, not jsonb: key order and number spelling kept) hold each record exactly as
 * saved, so an article reads back equal; the other columns exist to be queried.
 */
export const records = `
create table articles (
  key integer generated always as identity primary key,
  id text not null,                       -- content hash (Extraction.id): the version of the source
  source text not null unique,            -- the path or page the article was read from: its identity
  title text not null,
  format text not null,
  text text not null,
  infobox json,
  sections json not null,
  sentences json not null,
  mentions json not null,
  stored_at timestamptz not null default now(),
  -- a tsvector holds at most 1 MB: the first 500,000 characters are searched
  search tsvector generated always as (to_tsvector('english', left(title || ' ' || text, 500000))) stored
);
create index articles_id on articles (id);
create index articles_search on articles using gin (search);

create table entities (
  article_key integer not null references articles (key) on delete cascade,
  id text not null,
  ordinal integer not null,
  kind text not null,
  name text not null,
  name_key text not null,                 -- folded name (case, diacritics, punctuation) for --actor
  page_key text,
  lat double precision,
  lon double precision,
  country text,
  admin1 text,
  json json not null,
  primary key (article_key, id)
);
create index entities_name_key on entities (name_key);
create index entities_page_key on entities (page_key);

create table aliases (
  article_key integer not null,
  entity_id text not null,
  seq integer not null,
  text text not null,
  text_key text not null,
  span_start integer not null,
  span_end integer not null,
  read_from text not null,
  primary key (article_key, entity_id, seq),
  foreign key (article_key, entity_id) references entities (article_key, id) on delete cascade
);
create index aliases_text_key on aliases (text_key);
`;
