import { conflictInfoboxKind } from './conflictInfoboxKind.js';
import type { RawPage } from './_pageParser.js';
import type { SkipReason } from './workUnit.js';

const REDIRECT = /^\s*#redirect\b/i;

/**
 * Why a page is not extracted, or null for a main-namespace article with a conflict infobox.
 * @example skipReason({ title: 'Gao', ns: '0', id: '1', revisionId: '2', timestamp: '', redirect: false, text: '{{Infobox military conflict\n}}' }) === null
 */
export function skipReason(page: RawPage): SkipReason | null {
  if (page.ns !== '0') return 'not main namespace';
  if (page.tooLarge) return 'too large';
  if (page.redirect || REDIRECT.test(page.text)) return 'redirect';
  if (page.text.trim() === '') return 'empty';
  return conflictInfoboxKind(page.text) === null ? 'no conflict infobox' : null;
}
