import type { Page } from './workUnit.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const escape = (text: string): string => text.replace(/[&<>]/g, (c) => ESCAPES[c] ?? c);

/**
 * One page as a MediaWiki export of its own, for the read stage's XML reader: the extraction is then
 * what `annals extract` makes of the same page in the dump (`source` "dump#Title", id from its text).
 */
export function pageExport(page: Page): Buffer {
  return Buffer.from(
    `<mediawiki><page><title>${escape(page.title)}</title><ns>0</ns><id>${page.pageId}</id>` +
      `<revision><id>${page.revisionId}</id><timestamp>${escape(page.timestamp)}</timestamp>` +
      `<text xml:space="preserve">${escape(page.wikitext)}</text></revision></page></mediawiki>\n`,
    'utf8',
  );
}
