import 'leaflet/dist/leaflet.css';
import './styles.css';
import type { Map as LeafletMap } from 'leaflet';
import { getArticle, listAll, type Article, type ArticleSummary, type EventItem, type MovementItem } from './api.js';
import { articleView } from './article/articleView.js';
import { overview } from './overview.js';
import { parseRoute } from './routes.js';

const status = (words: string): void => {
  const node = document.getElementById('status');
  if (node) node.textContent = words;
};

// Articles are fetched once each and kept: going back and forth between views costs nothing.
const articles = new Map<string, Promise<Article>>();

async function route(shown: { map: LeafletMap }): Promise<void> {
  const target = parseRoute(location.hash);
  const [overviewPart, articlePart] = [document.getElementById('overview'), document.getElementById('article')];
  if (!overviewPart || !articlePart) return;
  overviewPart.hidden = target.view !== 'overview';
  articlePart.hidden = target.view !== 'article';
  if (target.view === 'overview') {
    document.title = 'Annals';
    shown.map.invalidateSize();
    return;
  }
  articlePart.replaceChildren();
  const pending = articles.get(target.id) ?? getArticle(target.id);
  articles.set(target.id, pending);
  try {
    const article = await pending;
    document.title = `${article.title} · Annals`;
    articlePart.replaceChildren(articleView(article, target.focus));
    window.scrollTo(0, 0);
  } catch (error) {
    articles.delete(target.id);
    status(error instanceof Error ? error.message : String(error));
  }
}

async function start(): Promise<void> {
  status('Loading events…');
  const [articleList, events, movements] = await Promise.all([
    listAll<ArticleSummary>('/api/articles'),
    listAll<EventItem>('/api/events'),
    listAll<MovementItem>('/api/movements'),
  ]);
  const counts = document.getElementById('counts');
  if (counts) counts.textContent = `${articleList.items.length} articles · ${events.items.length} events · ${movements.items.length} movements`;
  status(events.truncated ? `Showing the first ${events.items.length} events of the store.` : '');
  const shown = overview({ articles: articleList.items, events: events.items, movements: movements.items });
  window.addEventListener('hashchange', () => void route(shown));
  await route(shown);
  document.body.dataset['ready'] = 'true';
}

start().catch((error: unknown) => status(`Annals could not load: ${error instanceof Error ? error.message : String(error)}`));
