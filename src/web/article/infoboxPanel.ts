import type { Article } from '../api.js';
import { el } from '../dom.js';

/** The id under which a check's deciding words are marked in the text: `c1`, `c2`, … in the article's order. */
export const checkId = (index: number): string => `c${index + 1}`;

/**
 * The infobox as a table, each field with the verdict of its check against the prose (agrees,
 * contradicts, unsupported) and why; a field whose check found words focuses them on click.
 * @example aside.append(infoboxPanel(article, (id) => focus(id)))
 */
export function infoboxPanel(article: Article, onFocus: (ref: string) => void): HTMLElement {
  if (article.infobox === null) return el('p', { class: 'no-infobox' }, 'This article has no infobox.');
  const checks = new Map(article.checks.map((c, i) => [c.field, { check: c, id: checkId(i) }]));
  const rows = article.infobox.fields.map((field) => {
    const found = checks.get(field.label);
    const value = el('td', {}, field.value, found ? el('div', { class: 'verdict-reason' }, found.check.reason) : null);
    const verdict = found ? el('span', { class: `verdict verdict-${found.check.verdict}` }, found.check.verdict) : null;
    const tr = el('tr', { 'data-field': field.key }, el('th', { scope: 'row' }, field.label), value, el('td', { class: 'verdict-cell' }, verdict));
    if (found?.check.evidence) {
      tr.classList.add('focusable');
      tr.title = 'show the words that decided it';
      tr.addEventListener('click', () => onFocus(found.id));
    }
    return tr;
  });
  return el('table', { class: 'infobox' }, el('caption', {}, `Infobox (${article.infobox.kind}) checked against the prose`), el('tbody', {}, ...rows));
}
