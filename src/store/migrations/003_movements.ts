/** Movements with their legs in flown order, and the infobox checks. */
export const movements = `
create table movements (
  article_key integer not null references articles (key) on delete cascade,
  id text not null,
  ordinal integer not null,
  actor text,
  vehicle_count double precision,
  vehicle_kind text,
  date_start date,
  date_end date,
  date_precision text,
  json json not null,
  primary key (article_key, id),
  foreign key (article_key, actor) references entities (article_key, id) on delete cascade
);

create table legs (
  article_key integer not null,
  movement_id text not null,
  seq integer not null,
  place text not null,
  role text not null,
  time_stated text,
  offset_hours double precision,
  span_start integer not null,
  span_end integer not null,
  primary key (article_key, movement_id, seq),
  foreign key (article_key, movement_id) references movements (article_key, id) on delete cascade,
  foreign key (article_key, place) references entities (article_key, id) on delete cascade
);
create index legs_place on legs (article_key, place);

create table checks (
  article_key integer not null references articles (key) on delete cascade,
  seq integer not null,
  field text not null,
  infobox text not null,
  verdict text not null,
  evidence_start integer,
  evidence_end integer,
  reason text not null,
  json json not null,
  primary key (article_key, seq)
);
`;
