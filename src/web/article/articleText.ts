import { el } from '../dom.js';
import { textSegments, type Mark } from './textSegments.js';

/**
 * The article text as text nodes, each stretch wrapped in the marks over it: `mark.ev` for evidence
 * (`data-records` names the events and movements), `.mention` for an entity mention (`data-entity`),
 * `.check-ev` for a check's deciding words (`data-checks`). Line breaks are kept by CSS (pre-wrap).
 * @example container.append(articleText(article.text, marks))
 */
export function articleText(text: string, marks: Mark[], kinds: Map<string, string>): HTMLElement {
  const body = el('div', { class: 'article-text' });
  for (const s of textSegments(text.length, marks)) {
    const words = text.slice(s.start, s.end);
    if (s.evidence.length === 0 && s.mention === null && s.checks.length === 0) {
      body.append(document.createTextNode(words));
      continue;
    }
    const classes = [s.evidence.length > 0 ? 'ev' : '', s.mention !== null ? `mention kind-${kinds.get(s.mention) ?? 'other'}` : '', s.checks.length > 0 ? 'check-ev' : ''];
    const attrs = {
      class: classes.filter(Boolean).join(' '),
      'data-records': s.evidence.length > 0 ? s.evidence.join(' ') : undefined,
      'data-entity': s.mention ?? undefined,
      'data-checks': s.checks.length > 0 ? s.checks.join(' ') : undefined,
    };
    body.append(s.evidence.length > 0 ? el('mark', attrs, words) : el('span', attrs, words));
  }
  return body;
}
