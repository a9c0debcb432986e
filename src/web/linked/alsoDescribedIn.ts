import { formatInterval } from '../dates.js';
import { el } from '../dom.js';
import { getEventLinks, type LinkedSource } from '../linkApi.js';
import { articleHref } from '../routes.js';
import { fatalityRange } from './fatalityRange.js';

// A source's days as it gives them ("2013-01-13", "2013-01-11 – 2013-01-14").
const when = (s: LinkedSource): string => (s.date === null ? '' : ` · ${formatInterval({ ...s.date, precision: 'day' })}`);

/**
 * "Also described in": the other articles that tell the same happening (from the last link run),
 * each linking to its account in the article view, with the number of sources and the deaths across
 * them. Filled when the API answers, then `onFilled` is called (a map card grows and must fit again);
 * stays hidden when no other article tells it.
 * @example card.append(alsoDescribedIn('e5d5…-v1')) // Also described in · 2 sources · 12 killed (12–60 across sources) · Operation Serval · Air/drone strike at Gao
 */
export function alsoDescribedIn(uid: string, onFilled: () => void = () => undefined): HTMLElement {
  const box = el('div', { class: 'also-described', hidden: '' });
  getEventLinks(uid)
    .then((links) => {
      if (links === null || links.also_described_in.length === 0) return;
      const deaths = fatalityRange(links.fatalities);
      box.replaceChildren(
        el('div', { class: 'also-heading' }, 'Also described in'),
        el('div', { class: 'also-figures' }, `${links.number_of_sources} sources${deaths === '' ? '' : ` · ${deaths}`}`),
        el(
          'ul',
          {},
          ...links.also_described_in.map((s) =>
            el('li', { 'data-uid': s.uid }, el('a', { href: articleHref(s.article.id, s.event_id) }, s.article.title), ` · ${s.sub_event_type}${s.place === null ? '' : ` at ${s.place}`}${when(s)}`),
          ),
        ),
      );
      box.hidden = false;
      onFilled();
    })
    .catch((error: unknown) => {
      box.replaceChildren(`Other sources could not be read: ${error instanceof Error ? error.message : String(error)}`);
      box.hidden = false;
      onFilled();
    });
  return box;
}
