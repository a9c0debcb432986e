import type { Article } from '../api.js';
import { el } from '../dom.js';
import { articleHref, entityHref } from '../routes.js';
import { articleText } from './articleText.js';
import { centreIn } from './centreIn.js';
import { focusLinks } from './focusLinks.js';
import { hoverCard } from './hoverCard.js';
import { checkId, infoboxPanel } from './infoboxPanel.js';
import { recordList } from './recordList.js';
import type { Mark } from './textSegments.js';

// Every range the view marks: the evidence of each event and movement, each resolved name mention,
// the deciding words of each check.
function marksOf(article: Article): Mark[] {
  return [
    ...article.events.flatMap((e) => e.evidence.map((s): Mark => ({ ...s, kind: 'evidence', ref: e.id }))),
    ...article.movements.flatMap((m) => m.evidence.map((s): Mark => ({ ...s, kind: 'evidence', ref: m.id }))),
    ...article.mentions.flatMap((m): Mark[] => (m.entity ? [{ ...m.span, kind: 'mention', ref: m.entity }] : [])),
    ...article.checks.flatMap((c, i): Mark[] => (c.evidence ? [{ ...c.evidence, kind: 'check', ref: checkId(i) }] : [])),
  ];
}

/**
 * The article view: the text with every event's evidence highlighted and entity mentions marked
 * (hover names the entity and its aliases); beside it the infobox with each check's verdict and the
 * list of events and movements. `focus` (an event, movement or check id) is highlighted and the text
 * (which scrolls in its own box) scrolled to it, the page left at its top.
 * @example container.replaceChildren(articleView(await getArticle(id), 'v1'))
 */
export function articleView(article: Article, focus: string | null): HTMLElement {
  const entities = new Map(article.entities.map((e) => [e.id, e]));
  const names = new Map(article.entities.map((e) => [e.id, e.name]));
  const kinds = new Map(article.entities.map((e) => [e.id, e.kind]));
  const text = articleText(article.text, marksOf(article), kinds);
  const textPane = el('section', { class: 'article-pane', 'aria-label': 'article text' }, text);
  textPane.append(hoverCard(textPane, entities));
  // A name in the text opens its entity: the same actor or place across every article.
  text.addEventListener('click', (e) => {
    const mention = e.target instanceof Element ? e.target.closest<HTMLElement>('.mention') : null;
    const id = mention?.dataset['entity'];
    if (id !== undefined) location.hash = entityHref(id, article.id);
  });

  const links = el('div', { class: 'focus-links-part' });
  const show = (ref: string): void => {
    const linked = focusLinks(article, ref);
    links.replaceChildren(...(linked === null ? [] : [linked]));
    for (const node of view.querySelectorAll('.focus')) node.classList.remove('focus');
    const hits = [...text.querySelectorAll<HTMLElement>('[data-records], [data-checks]')].filter((n) => `${n.dataset['records'] ?? ''} ${n.dataset['checks'] ?? ''}`.split(' ').includes(ref));
    for (const hit of hits) hit.classList.add('focus');
    view.querySelector(`.record[data-ref="${CSS.escape(ref)}"]`)?.classList.add('focus');
    // The text scrolls in its own box: the page stays where it is, the title in view.
    if (hits[0]) centreIn(textPane, hits[0]);
    // The address names the focused record, without a new history entry or a re-render.
    history.replaceState(null, '', articleHref(article.id, ref));
  };

  const side = el(
    'aside',
    { class: 'article-side' },
    links,
    infoboxPanel(article, show),
    el('h3', {}, `Events and movements (${article.events.length + article.movements.length})`),
    recordList(article, names, show),
    el('p', { class: 'legend-note' }, 'Highlighted: the words each record was read from. Underlined: names of actors, people and places; hover for the entity and its aliases, click for it across articles.'),
  );
  const view = el(
    'article',
    { class: 'article-view', 'data-article': article.id },
    el('header', { class: 'article-header' }, el('a', { href: '#/', class: 'back' }, '← Map, timeline and table'), el('h2', {}, article.title), el('div', { class: 'article-source' }, article.source)),
    el('div', { class: 'article-columns' }, textPane, side),
  );
  if (focus !== null) requestAnimationFrame(() => show(focus));
  return view;
}
