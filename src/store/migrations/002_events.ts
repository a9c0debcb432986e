/** Events, their actors and evidence; the columns copied from the location entity serve the filters. */
export const events = `
create table events (
  article_key integer not null references articles (key) on delete cascade,
  id text not null,
  ordinal integer not null,
  event_type text not null,
  sub_event_type text not null,
  date_start date,
  date_end date,
  date_precision text,
  -- the reading order: dated events first, then undated ones
  date_sort date generated always as (coalesce(date_start, date '9999-12-31')) stored,
  time_stated text,
  location text,
  lat double precision,
  lon double precision,
  country text,
  admin1 text,
  geo_precision text,
  fatalities_low double precision,
  fatalities_best double precision,
  fatalities_high double precision,
  civilian_fatalities double precision,
  status text not null,
  notes text not null,
  confidence double precision not null,
  search tsvector not null,               -- notes and evidence words
  json json not null,
  primary key (article_key, id),
  foreign key (article_key, location) references entities (article_key, id) on delete cascade
);
create index events_order on events (date_sort, article_key, ordinal);
create index events_date_start on events (date_start);
create index events_date_end on events (date_end);
create index events_event_type on events (lower(event_type));
create index events_sub_event_type on events (lower(sub_event_type));
create index events_country on events (country);
create index events_lat_lon on events (lat, lon);
create index events_search on events using gin (search);

create table event_actors (
  article_key integer not null,
  event_id text not null,
  role text not null check (role in ('actor1', 'actor2', 'assoc')),
  seq integer not null,
  entity_id text not null,
  primary key (article_key, event_id, role, seq),
  foreign key (article_key, event_id) references events (article_key, id) on delete cascade,
  foreign key (article_key, entity_id) references entities (article_key, id) on delete cascade
);
create index event_actors_entity on event_actors (article_key, entity_id);

create table evidence (
  article_key integer not null,
  event_id text not null,
  seq integer not null,
  span_start integer not null,
  span_end integer not null,
  text text not null,
  primary key (article_key, event_id, seq),
  foreign key (article_key, event_id) references events (article_key, id) on delete cascade
);
`;
