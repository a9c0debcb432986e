import type { ArticleSummary, EventItem, MovementItem } from '../api.js';
import { el } from '../dom.js';
import { stepText } from './stepText.js';
import { storySteps, type StoryStep } from './storySteps.js';

/** How long each step stays on screen while playing. */
export const STEP_MS = 1600;

export interface StoryData {
  articles: ArticleSummary[];
  events: EventItem[];
  movements: MovementItem[];
}

function button(label: string, name: string): HTMLButtonElement {
  return el('button', { type: 'button', class: `story-${name}`, 'aria-label': name, title: name }, label);
}

/**
 * The story replay control: pick an article, then play (or step through) its events and movement
 * legs in time order; each step goes to `show` (map and timeline), null when the story stops.
 * @example storyPanel(panel, data, (steps, i) => { showOnMap(steps, i); timeline.setCursor(steps[i]?.at ?? null) })
 */
export function storyPanel(container: HTMLElement, data: StoryData, show: (steps: StoryStep[], index: number | null) => void): void {
  const told = data.articles.filter((a) => a.events + a.movements > 0);
  const select = el('select', { class: 'story-article', 'aria-label': 'article to replay' }, ...told.map((a) => el('option', { value: a.id }, a.title)));
  const withMovement = told.find((a) => a.movements > 0);
  if (withMovement) select.value = withMovement.id;
  const [first, back, play, next, stop] = [button('Restart', 'restart'), button('Back', 'back'), button('Play', 'play'), button('Next', 'next'), button('Stop', 'stop')];
  const counter = el('span', { class: 'story-counter', 'aria-live': 'polite' }, '');
  const heading = el('div', { class: 'story-heading' });
  const detail = el('div', { class: 'story-detail' });
  const words = el('blockquote', { class: 'story-words' });
  container.append(el('div', { class: 'story-controls' }, select, first, back, play, next, stop, counter), heading, detail, words);

  let steps: StoryStep[] = [];
  let index: number | null = null;
  let timer: number | undefined;

  const render = (): void => {
    const step = index === null ? undefined : steps[index];
    const text = step ? stepText(step) : { heading: '', detail: 'Pick an article and press play to replay its events and movements in time order.', words: '' };
    heading.textContent = text.heading;
    detail.textContent = text.detail;
    words.textContent = text.words;
    counter.textContent = index === null ? '' : `${index + 1} / ${steps.length}`;
    container.dataset['step'] = index === null ? '' : String(index + 1);
    play.textContent = timer === undefined ? 'Play' : 'Pause';
    show(steps, index);
  };
  const load = (): void => {
    steps = storySteps(
      data.events.filter((e) => e.article.id === select.value),
      data.movements.filter((m) => m.article.id === select.value),
    );
  };
  const go = (to: number | null): void => {
    if (index === null) load();
    index = to === null || steps.length === 0 ? null : Math.max(0, Math.min(steps.length - 1, to));
    render();
  };
  const pause = (): void => {
    window.clearInterval(timer);
    timer = undefined;
  };
  const advance = (): void => {
    if (index === null || index < steps.length - 1) return go(index === null ? 0 : index + 1);
    pause();
    render();
  };
  // Every button but play stops the playing first.
  const manual = (action: () => void) => () => {
    pause();
    action();
  };

  play.addEventListener('click', () => {
    if (timer !== undefined) return manual(render)();
    if (index === null || index >= steps.length - 1) go(0);
    timer = window.setInterval(advance, STEP_MS);
    render();
  });
  next.addEventListener('click', manual(advance));
  back.addEventListener('click', manual(() => go((index ?? 1) - 1)));
  first.addEventListener('click', manual(() => go(0)));
  stop.addEventListener('click', manual(() => go(null)));
  select.addEventListener('change', () => {
    pause();
    index = null;
    go(null);
  });
  render();
}
