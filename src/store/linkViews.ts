import type { EntityKind } from '../model/index.js';
import type { CanonicalEntityRow, EventClusterRow } from './linkTypes.js';
import type { ArticleRef } from './types.js';

// What the store's link readers return (entities, linkedEvents, conflicts, conflictOf, linkStatus).

/** Which canonical entities to list. */
export interface EntityFilter {
  kind?: EntityKind;
  /** Words in the name or any alias, folded (case, diacritics, punctuation). */
  q?: string;
  /** Leave out bare common nouns ("rebels"), which are never merged. */
  named?: boolean;
  limit?: number;
  /** The id of the last entity already read: continue after it in the same order. */
  after?: string;
}

export type CanonicalEntity = CanonicalEntityRow;

/** An article's entity inside a canonical entity, with the reason it is there. */
export interface EntityMember {
  article: ArticleRef;
  entity_id: string;
  name: string;
  kind: EntityKind;
  rule: string;
  /** The member it was matched with and the key they share; null for the first member. */
  evidence: { key: string; with: { article: ArticleRef; entity_id: string; name: string } } | null;
  /** How this article names it, and what read each name (`infobox:Combatant1`, `prose`, `rule:…`). */
  aliases: { text: string; from: string }[];
}

export interface CanonicalEntityDetail extends CanonicalEntity {
  members: EntityMember[];
}

/** A linked event: one happening with every article that describes it. */
export type LinkedEvent = Omit<EventClusterRow, 'members' | 'date_start' | 'date_end'> & {
  date: { start: string; end: string } | null;
  /** The conflict of its first source's article, and that conflict's root (UCDP's conflict_name). */
  conflict: ConflictRef | null;
  cursor: string;
};

export interface LinkedEventFilter {
  /** At least this many source articles. */
  minSources?: number;
  /** The cluster holding this event, named `<article id>-<event id>`. */
  event?: string;
}

export interface ConflictRef {
  id: string;
  name: string;
  /** The top of its tree: the war, for UCDP's `conflict_name`. */
  root: { id: string; name: string };
}

/** A node of the conflict tree with what it and everything under it holds. */
export interface ConflictNode {
  id: string;
  name: string;
  parent_id: string | null;
  depth: number;
  articles: ArticleRef[];
  /** Events of its own articles and of every conflict under it. */
  events: number;
  date_start: string | null;
  date_end: string | null;
}

/** The article's conflict and its ancestors, root first. */
export interface ConflictPath {
  id: string;
  name: string;
  path: { id: string; name: string }[];
}

/** The last link run, and whether articles were saved since. */
export interface LinkStatus {
  linked_at: string | null;
  stale: boolean;
  figures: Record<string, number>;
}
