import type { EntityKind, EventType, GeoPrecision } from '../model/index.js';
import type { ArticleRef } from './types.js';

// What linking (src/link) reads from the store and writes back. Reads are flat rows, one per record;
// the entity and event ids are article-local, `articleKey` names the article.

/** An article with the infobox fields the conflict tree is built from. */
export interface LinkArticle {
  key: number;
  /** Content hash: stable across stores and ingest orders, unlike `key`. */
  id: string;
  source: string;
  title: string;
  /** The infobox's `conflict` and `partof` values, as written. */
  conflict: string | null;
  partof: string | null;
}

export interface LinkEntity {
  articleKey: number;
  id: string;
  kind: EntityKind;
  name: string;
  page: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  geonameId: number | null;
  precision: GeoPrecision | null;
  /** The article-local id of the entity a unit or person serves. */
  affiliation: string | null;
  /** Every alias's words, in the article's order. */
  aliases: string[];
}

export interface LinkEvent {
  articleKey: number;
  id: string;
  eventType: EventType;
  subEventType: string;
  dateStart: string | null;
  dateEnd: string | null;
  datePrecision: string | null;
  location: string | null;
  lat: number | null;
  lon: number | null;
  country: string | null;
  geoPrecision: GeoPrecision | null;
  actor1: string | null;
  actor2: string | null;
  assoc: string[];
  fatalities: { low: number | null; best: number | null; high: number | null };
  notes: string;
}

export interface LinkInputs {
  articles: LinkArticle[];
  entities: LinkEntity[];
  events: LinkEvent[];
}

/** Why an article's entity belongs to its canonical entity: the shared key, and the member it matched. */
export interface MergeEvidence {
  /** The key both share, e.g. `page:free syrian army`, `geonames:2457163`, `state:RU`, `acronym:FSA`, `name:force:ansar dine`. */
  key: string;
  with: { article_key: number; entity_id: string };
}

/** A reference to a canonical entity as clusters name it. */
export interface CanonicalRef {
  id: string;
  name: string;
}

export interface CanonicalEntityRow {
  id: string;
  kind: EntityKind;
  name: string;
  page: string | null;
  country: string | null;
  geoname_id: number | null;
  lat: number | null;
  lon: number | null;
  generic: boolean;
  articles: number;
  events: number;
  /** The distinct names and aliases of every member, most used first. */
  aliases: string[];
}

export interface EntityMemberRow {
  article_key: number;
  entity_id: string;
  canonical_id: string;
  /** `first` for the member the others joined, else the rule that joined this one (`same-page`, …). */
  rule: string;
  evidence: MergeEvidence | null;
}

/** One source's account of a linked event, as `annals events --linked` prints it. */
export interface LinkedSource {
  article: ArticleRef;
  event_id: string;
  event_type: string;
  sub_event_type: string;
  date: { start: string; end: string } | null;
  /** The name of the place as this source gives it. */
  place: string | null;
  fatalities: { low: number | null; best: number | null; high: number | null };
  notes: string;
}

export interface EventClusterRow {
  id: string;
  event_type: string;
  sub_event_type: string;
  date_start: string | null;
  date_end: string | null;
  lat: number | null;
  lon: number | null;
  country: string | null;
  number_of_sources: number;
  fatalities: { low: number | null; best: number | null; high: number | null };
  /** How `fatalities.best` was chosen (see src/link/README.md). */
  best_rule: string;
  actor1: CanonicalRef | null;
  actor2: CanonicalRef | null;
  location: CanonicalRef | null;
  sources: LinkedSource[];
  members: { article_key: number; event_id: string }[];
}

export interface ConflictRow {
  id: string;
  name: string;
  parent_id: string | null;
  depth: number;
  /** Folded names `--conflict` matches (title, infobox name, the names `partof` fields use). */
  names: string[];
  /** The articles whose own conflict this is. */
  article_keys: number[];
}

/** Everything one link run writes; `saveLinks` replaces the previous run's rows with these. */
export interface LinkRecords {
  entities: CanonicalEntityRow[];
  /** Made as they are read (each reading makes them again): at 5,000 articles, held whole, ~60 MB. */
  members: Iterable<EntityMemberRow>;
  clusters: Iterable<EventClusterRow>;
  conflicts: ConflictRow[];
  /** Counts and timings of the run, kept in `link_runs`. */
  figures: Record<string, number>;
}
