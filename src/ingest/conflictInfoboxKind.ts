import { conflictKindOfTemplate } from '../read/infoboxKinds.js';

// {{Infobox military conflict | …   {{ Template:Infobox_Battle\n   {{Infobox war <!-- note -->
const INFOBOX_NAME = /\{\{\s*((?:template\s*:\s*)?infobox[\s_][^|}<\n]*)/gi;

/**
 * The kind of the first conflict infobox a page's wikitext opens, by the template names the read
 * stage knows; a cheap scan, so that the full parse is spent only on conflict articles.
 * @example conflictInfoboxKind("{{Infobox military conflict\n| conflict = American Revolutionary War") === 'military conflict'
 */
export function conflictInfoboxKind(wikitext: string): string | null {
  for (const match of wikitext.matchAll(INFOBOX_NAME)) {
    const kind = conflictKindOfTemplate(match[1] ?? '');
    if (kind !== null) return kind;
  }
  return null;
}
