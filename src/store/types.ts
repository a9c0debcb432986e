import type { MessagePort } from 'node:worker_threads';
import type { ActorType, EntityKind, Event, Extraction } from '../model/index.js';
import type { LinkInputs, LinkRecords } from './linkTypes.js';
import type { WikiFinds, WikiPlace, WikiSource, WikiSourceSummary } from './wikiTypes.js';
import type { CanonicalEntity, CanonicalEntityDetail, ConflictNode, ConflictPath, EntityFilter, LinkedEvent, LinkedEventFilter, LinkStatus } from './linkViews.js';

/** What saving did to one article of a batch, in the batch's order. */
export type SaveOutcome = 'stored' | 'unchanged' | 'replaced';

/** A west, south, east, north box in degrees; west > east crosses the antimeridian. */
export type BoundingBox = readonly [west: number, south: number, east: number, north: number];

/** Which events to read; every field narrows, none given reads them all. */
export interface EventFilter {
  /** An actor's name, canonical page or any alias, compared folded (case, diacritics, punctuation). */
  actor?: string;
  /** An ACLED event type or sub-event type, any case. */
  type?: string;
  /** An ISO alpha-2 code or a country's name, of the event's location. */
  country?: string;
  /** ISO dates: events whose interval overlaps [from, to]. */
  from?: string;
  to?: string;
  bbox?: BoundingBox;
  /** Full-text search (English stemming, web-search syntax) over notes and evidence text. */
  q?: string;
  /** A conflict by name or id (`annals conflicts`): events of its articles and of every conflict under it. Needs a link run. */
  conflict?: string;
  /** A canonical entity's id (`store.entities()`): events naming any of its members as an actor or the place. Needs a link run. */
  entity?: string;
  /** At most this many events. */
  limit?: number;
  /** The `cursor` of the last event already read: continue after it. */
  after?: string;
}

/** An entity as an event names it. */
export interface EntityRef {
  id: string;
  name: string;
  kind: EntityKind;
  /** The distinct ways the article names it. */
  aliases: string[];
  /** What kind of actor it acts as, where assemble could tell (entity `actorType`). */
  actorType?: ActorType;
}

/** A place entity with its coordinates. */
export interface PlaceRef extends EntityRef {
  lat: number | null;
  lon: number | null;
  country: string | null;
  admin1: string | null;
}

export interface EvidenceText {
  start: number;
  end: number;
  text: string;
}

/** The article an event comes from. */
export interface ArticleRef {
  id: string;
  title: string;
  source: string;
}

/**
 * An event of the JSON contract with its entity ids expanded (`assoc_actors` too), its evidence
 * spans with their words, its article, and the cursor to read on after it.
 */
export type EventRecord = Omit<Event, 'actor1' | 'actor2' | 'assoc_actors' | 'location' | 'evidence'> & {
  actor1: EntityRef | PlaceRef | null;
  actor2: EntityRef | PlaceRef | null;
  assoc_actors: (EntityRef | PlaceRef)[];
  location: PlaceRef | null;
  evidence: EvidenceText[];
  article: ArticleRef;
  cursor: string;
};

/** Which articles to list. */
export interface ArticleFilter {
  /** A conflict by name or id: articles about it and about every conflict under it. Needs a link run. */
  conflict?: string;
}

export interface ArticleSummary {
  id: string;
  title: string;
  source: string;
  format: Extraction['format'];
  /** ISO 8601. */
  stored_at: string;
  events: number;
  entities: number;
  movements: number;
}

/** What an export writes of an event's article beyond its title and source (`Store.articleFacts`). */
export interface ArticleFacts {
  id: string;
  title: string;
  source: string;
  /** ISO 8601: when this version of the article was saved. */
  stored_at: string;
  /** The infobox's `conflict` field (the conflict the article is about, as it names it), or null. */
  conflict_field: string | null;
  /** The article's conflict and its ancestors, root first; null before a link run. */
  conflict: ConflictPath | null;
}

/** Rows in each table. */
export interface StoreCounts {
  articles: number;
  entities: number;
  aliases: number;
  events: number;
  event_actors: number;
  evidence: number;
  movements: number;
  legs: number;
  checks: number;
}

/** The record store: one PostgreSQL schema, embedded (PGlite) or on a server. */
export interface Store {
  /** `pglite` for a data folder, `postgres` for a server. */
  readonly kind: 'pglite' | 'postgres';
  /** The data folder, or the server URL without its password. */
  readonly location: string;
  saveArticles(batch: readonly Extraction[]): Promise<SaveOutcome[]>;
  events(filter?: EventFilter): AsyncIterable<EventRecord>;
  articles(filter?: ArticleFilter): Promise<ArticleSummary[]>;
  /** The article with this content hash as it was saved, or null. */
  article(id: string): Promise<Extraction | null>;
  /** The saving time and conflict of the article saved under this source, or null: light, for exports. */
  articleFacts(source: string): Promise<ArticleFacts | null>;
  counts(): Promise<StoreCounts>;
  close(): Promise<void>;
  // Links across articles (src/link computes them; these read and write them).
  /** What linking reads: every article, entity and event, the columns it compares. */
  linkInputs(): Promise<LinkInputs>;
  /** Replaces the previous link run's rows, in one transaction. */
  saveLinks(links: LinkRecords): Promise<void>;
  /** When the store was last linked, and whether articles changed since. */
  linkStatus(): Promise<LinkStatus>;
  /** Canonical entities with their article and event counts, most widely named first. */
  entities(filter?: EntityFilter): Promise<CanonicalEntity[]>;
  /** A canonical entity (by id, or by a member's `<article id>-<entity id>`) with every member and the reason it belongs, or null. */
  entity(id: string): Promise<CanonicalEntityDetail | null>;
  /** Linked events: clusters of one happening across articles, with every source; the event filter selects by any source. */
  linkedEvents(filter?: EventFilter & LinkedEventFilter): AsyncIterable<LinkedEvent>;
  /** The conflict tree's nodes with event counts and date ranges over everything under them. */
  conflicts(): Promise<ConflictNode[]>;
  /** The conflict an article (by source) is about and its ancestors, root first: the root is UCDP's `conflict_name`. */
  conflictOf(source: string): Promise<ConflictPath | null>;
  // The gazetteer's wiki layer: coordinates of the pages of ingested dumps.
  /** Forgets what an earlier gathering of the same dump gave, before it is read again. */
  startWikiSource(source: WikiSource): Promise<void>;
  /** Adds a part of a dump's places and redirects (those to pages the layer holds) to its wiki layer. */
  saveWikiFinds(source: string, finds: WikiFinds): Promise<void>;
  /** Every place of the wiki layer, redirects included under their own titles. */
  wikiPlaces(): Promise<WikiPlace[]>;
  /** The dumps the wiki layer holds, with their counts. */
  wikiSources(): Promise<WikiSourceSummary[]>;
  /**
   * Answers another thread's calls (`remoteStore` on the other end of `port`) on this store's
   * connection. The returned function stops, rolling back what the other thread left open.
   */
  serve(port: MessagePort): () => Promise<void>;
}
