import type { Article } from '../api.js';
import { el } from '../dom.js';

type Entity = Article['entities'][number];

/**
 * A card that follows the pointer over entity mentions in `root`, naming the entity, its kind and
 * role, and every way the article names it (its aliases).
 * @example root.append(hoverCard(root, entitiesById))
 */
export function hoverCard(root: HTMLElement, entities: Map<string, Entity>): HTMLElement {
  const card = el('div', { class: 'hover-card', role: 'tooltip', hidden: '' });
  root.addEventListener('mouseover', (e) => {
    const mention = e.target instanceof Element ? e.target.closest<HTMLElement>('.mention') : null;
    const entity = mention ? entities.get(mention.dataset['entity'] ?? '') : undefined;
    if (!mention || !entity) return;
    const aliases = [...new Set(entity.aliases.map((a) => a.text))];
    card.replaceChildren(
      el('div', { class: 'hover-name' }, entity.name),
      el('div', { class: 'hover-kind' }, entity.kind.replace('_', ' '), entity.role ? ` · ${entity.role}` : ''),
      el('div', { class: 'hover-aliases' }, `also: ${aliases.join(' · ')}`),
      el('div', { class: 'hover-hint' }, 'click: this entity across articles'),
    );
    const box = mention.getBoundingClientRect();
    const base = root.getBoundingClientRect();
    // Positions through the CSSOM: the CSP forbids style attributes, not style properties. The
    // card sits in the text's scrolling box, so its scroll counts too.
    card.style.left = `${box.left - base.left + root.scrollLeft}px`;
    card.style.top = `${box.bottom - base.top + root.scrollTop + 4}px`;
    card.hidden = false;
  });
  root.addEventListener('mouseout', (e) => {
    if (e.target instanceof Element && e.target.closest('.mention')) card.hidden = true;
  });
  return card;
}
