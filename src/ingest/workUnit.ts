import type { Extraction } from '../model/index.js';
import type { WikiFinds } from '../store/index.js';

/** A file read whole by the pipeline: an article in any shape the readers know. */
export interface FileUnit {
  kind: 'file';
  path: string;
}

/** A MediaWiki XML export or dump (plain or bzip2) read from start to end. */
export interface DumpUnit {
  kind: 'dump';
  path: string;
}

/** One bzip2 stream of a multistream dump: `length` bytes from `offset`, decompressing on its own. */
export interface DumpStreamUnit {
  kind: 'dump-stream';
  path: string;
  offset: number;
  length: number;
}

/**
 * An ingest's first pass over a dump or stream (`gatherUnit`): every article page's own coordinates
 * for the wiki layer, and the conflict pages set aside, appended to a spool file in `spoolDir`.
 */
export interface GatherUnit {
  kind: 'gather';
  /** The dump's path, as `unit.path`. */
  path: string;
  unit: PageUnit & { source?: string };
  spoolDir: string;
}

/** A conflict page the first pass set aside: `length` bytes at `offset` of `spool`, from the dump at `path`. */
export interface SpooledUnit {
  kind: 'spooled';
  path: string;
  title: string;
  spool: string;
  offset: number;
  length: number;
}

/**
 * One piece of ingest work; plain data, so it can travel to a worker thread or a queue job. `source`,
 * when the root was named by its absolute path, is the name the store keys its articles by
 * (`sourceName`: "corpus/Gao.txt", never "/home/…/corpus/Gao.txt"); otherwise `path` is.
 */
export type WorkUnit = (FileUnit | DumpUnit | DumpStreamUnit | GatherUnit | SpooledUnit) & { source?: string };

/** The units that hold pages of a MediaWiki export. */
export type PageUnit = DumpUnit | DumpStreamUnit;

/** A main-namespace page of a dump that carries a conflict infobox. */
export interface Page {
  title: string;
  pageId: number;
  revisionId: number;
  timestamp: string;
  wikitext: string;
}

/** Why a page of a dump was not extracted. */
export type SkipReason = 'not main namespace' | 'redirect' | 'empty' | 'no conflict infobox' | 'too large';

/** A page of a dump that is not extracted, kept so that the caller can count it. */
export interface Skipped {
  skipped: true;
  title: string;
  reason: SkipReason;
}

/** Where an extraction of a dump came from, beyond its `source`. */
export type PageRef = Omit<Page, 'wikitext'>;

/**
 * One line of a unit's outcome: an extraction, a skipped page, or a problem naming the file (and
 * page); from a first pass also what it found for the wiki layer and the conflict pages it set aside.
 */
export type UnitResult = { extraction: Extraction; page?: PageRef } | Skipped | { error: string } | { wiki: WikiFinds } | { spooled: SpooledUnit };

/**
 * The unit as a person reads it in a message: the path, and for a stream its byte range.
 * @example describeUnit({ kind: 'dump-stream', path: 'fatwiki.xml.bz2', offset: 568, length: 28136 }) === 'fatwiki.xml.bz2 (bytes 568–28704)'
 */
export function describeUnit(unit: WorkUnit): string {
  if (unit.kind === 'gather') return describeUnit(unit.unit);
  if (unit.kind === 'spooled') return `${unit.path}#${unit.title}`;
  return unit.kind === 'dump-stream' ? `${unit.path} (bytes ${unit.offset}–${unit.offset + unit.length})` : unit.path;
}
