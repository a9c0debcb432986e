/**
 * What linking derives from the per-article records (src/link): canonical entities across articles
 * with the rule that put each article's entity in one, linked event clusters, and the conflict tree
 * from infobox `partof` fields. Rewritten whole by every `linkStore` run; the per-article tables are
 * never touched. Member rows follow their article's records (on delete cascade), so a re-ingested
 * article drops out until the next link run puts it back.
 */
export const links = `
create table canonical_entities (
  id text primary key,
  kind text not null,
  name text not null,
  name_key text not null,                 -- folded name, for --q
  page text,
  country text,
  geoname_id integer,
  lat double precision,
  lon double precision,
  generic boolean not null,               -- a bare common noun ("rebels"): never merged, a wildcard when linking events
  articles integer not null,
  events integer not null,
  json json not null
);
create index canonical_entities_kind on canonical_entities (kind);
create index canonical_entities_name_key on canonical_entities (name_key);

create table entity_members (
  article_key integer not null,
  entity_id text not null,
  canonical_id text not null,
  rule text not null,                     -- why it belongs: 'first' for the member the others joined, else a rule name
  evidence json,                          -- the key both members share and the member it was matched with
  primary key (article_key, entity_id),
  foreign key (article_key, entity_id) references entities (article_key, id) on delete cascade
);
create index entity_members_canonical on entity_members (canonical_id);

create table event_clusters (
  id text primary key,
  event_type text not null,
  sub_event_type text not null,
  date_start date,
  date_end date,
  date_sort date generated always as (coalesce(date_start, date '9999-12-31')) stored,
  lat double precision,
  lon double precision,
  country text,
  number_of_sources integer not null,
  fatalities_low double precision,
  fatalities_best double precision,
  fatalities_high double precision,
  json json not null
);
create index event_clusters_order on event_clusters (date_sort, id);

create table event_cluster_members (
  cluster_id text not null,
  article_key integer not null,
  event_id text not null,
  primary key (article_key, event_id),
  foreign key (article_key, event_id) references events (article_key, id) on delete cascade
);
create index event_cluster_members_cluster on event_cluster_members (cluster_id);

create table conflicts (
  id text primary key,
  name text not null,
  parent_id text,                         -- null for a root; the tree is rewritten whole, so no foreign key
  depth integer not null,
  json json not null
);
create index conflicts_parent on conflicts (parent_id);

create table conflict_names (
  conflict_id text not null,
  name_key text not null,                 -- folded, without a leading "the": what --conflict matches
  primary key (conflict_id, name_key)
);
create index conflict_names_key on conflict_names (name_key);

create table conflict_articles (
  article_key integer primary key references articles (key) on delete cascade,
  conflict_id text not null
);
create index conflict_articles_conflict on conflict_articles (conflict_id);

create table link_runs (
  id integer primary key check (id = 1),  -- one row: the last run
  linked_at timestamptz not null default now(),
  articles integer not null,
  last_article_key integer,
  json json not null
);
`;
