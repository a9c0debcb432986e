import 'leaflet/dist/leaflet.css';
import './styles.css';
import type { Map as LeafletMap } from 'leaflet';
import { getArticle, listAll, type Article, type ArticleSummary, type EventItem, type MovementItem } from './api.js';
import { articleView } from './article/articleView.js';
import { entityView } from './entity/entityView.js';
import { getEntity, type ConflictNode } from './linkApi.js';
import { overview } from './overview.js';
import { parseRoute, type Route } from './routes.js';

const status = (words: string): void => {
  const node = document.getElementById('status');
  if (node) node.textContent = words;
};

// Articles are fetched once each and kept: going back and forth between views costs nothing.
const articles = new Map<string, Promise<Article>>();
// The entity page's map, removed when the page is left.
let entityMap: LeafletMap | null = null;

async function showArticle(part: HTMLElement, target: Extract<Route, { view: 'article' }>): Promise<void> {
  const pending = articles.get(target.id) ?? getArticle(target.id);
  articles.set(target.id, pending);
  try {
    const article = await pending;
    document.title = `${article.title} · Annals`;
    part.replaceChildren(articleView(article, target.focus));
  } catch (error) {
    articles.delete(target.id);
    throw error;
  }
}

async function showEntity(part: HTMLElement, id: string): Promise<void> {
  const [entity, events] = await Promise.all([getEntity(id), listAll<EventItem>(`/api/entities/${encodeURIComponent(id)}/events`)]);
  document.title = `${entity.name} · Annals`;
  entityMap = entityView(part, entity, events.items);
}

async function route(shown: { map: LeafletMap }): Promise<void> {
  const target = parseRoute(location.hash);
  const parts = { overview: document.getElementById('overview'), article: document.getElementById('article'), entity: document.getElementById('entity') };
  for (const [view, part] of Object.entries(parts)) if (part) part.hidden = view !== target.view;
  // (its listeners first: Leaflet fires a debounced 'moveend' 200 ms after a resize, also on a map removed since)
  entityMap?.off().remove();
  entityMap = null;
  for (const part of [parts.article, parts.entity]) part?.replaceChildren();
  if (target.view === 'overview') {
    document.title = 'Annals';
    shown.map.invalidateSize();
    return;
  }
  try {
    if (target.view === 'article' && parts.article) await showArticle(parts.article, target);
    if (target.view === 'entity' && parts.entity) await showEntity(parts.entity, target.id);
    window.scrollTo(0, 0);
  } catch (error) {
    status(error instanceof Error ? error.message : String(error));
  }
}

async function start(): Promise<void> {
  status('Loading events…');
  const [articleList, events, movements, conflicts] = await Promise.all([
    listAll<ArticleSummary>('/api/articles'),
    listAll<EventItem>('/api/events'),
    listAll<MovementItem>('/api/movements'),
    listAll<ConflictNode>('/api/conflicts'),
  ]);
  const counts = document.getElementById('counts');
  if (counts) counts.textContent = `${articleList.items.length} articles · ${events.items.length} events · ${movements.items.length} movements`;
  status(events.truncated ? `Showing the first ${events.items.length} events of the store.` : '');
  const shown = overview({ articles: articleList.items, events: events.items, movements: movements.items, conflicts: conflicts.items });
  window.addEventListener('hashchange', () => void route(shown));
  await route(shown);
  document.body.dataset['ready'] = 'true';
}

start().catch((error: unknown) => status(`Annals could not load: ${error instanceof Error ? error.message : String(error)}`));
