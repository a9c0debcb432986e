/** A page of a dump placed by its own coordinates: one entry of the gazetteer's wiki layer. */
export interface WikiPlace {
  /** The page title as the dump writes it ("Konna, Mali"); a redirect's entry has the redirect's title. */
  title: string;
  lat: number;
  lon: number;
  /** `{{coord}}`'s type ("city", "landmark"), or null. */
  kind: string | null;
}

/** A redirect page of a dump: `title` leads to the page `target`. */
export interface WikiRedirect {
  title: string;
  target: string;
}

/** The dump a wiki layer's rows come from; the same path gathered again replaces them. */
export interface WikiSource {
  source: string;
  size: number;
  mtimeMs: number;
}

/** What one part of a dump gave: its article pages read, and their coordinates and redirects. */
export interface WikiFinds {
  pages: number;
  places: WikiPlace[];
  redirects: WikiRedirect[];
}

/** A dump the wiki layer holds, with its counts, for `annals gazetteer info`. */
export interface WikiSourceSummary extends WikiSource {
  pages: number;
  places: number;
  redirects: number;
  /** ISO 8601. */
  gatheredAt: string;
}
