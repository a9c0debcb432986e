// The parts of the public JSON API (/openapi.json) the UI reads. Written out here rather than
// imported so the UI depends on the routes only, never on the server's code.

export interface EntityRef {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
}

export interface PlaceRef extends EntityRef {
  lat: number | null;
  lon: number | null;
  country: string | null;
  admin1: string | null;
}

export interface DateInterval {
  start: string;
  end: string;
  precision: 'day' | 'week' | 'month' | 'year';
}

export interface Span {
  start: number;
  end: number;
}

export interface ArticleRef {
  id: string;
  title: string;
  source: string;
}

export interface Count {
  low: number | null;
  best: number | null;
  high: number | null;
  qualifier: string;
}

export interface EventItem {
  uid: string;
  id: string;
  event_type: string;
  sub_event_type: string;
  actor1: EntityRef | null;
  actor2: EntityRef | null;
  assoc_actors: EntityRef[];
  location: PlaceRef | null;
  date: DateInterval | null;
  time: string | null;
  fatalities: { low: number | null; best: number | null; high: number | null };
  notes: string;
  evidence: (Span & { text: string })[];
  article: ArticleRef;
}

export interface Leg {
  place: PlaceRef;
  role: 'origin' | 'overflight' | 'refuel' | 'action' | 'destination';
  time: string | null;
  offset_hours: Count | null;
  span: Span;
  text: string;
}

export interface MovementItem {
  uid: string;
  id: string;
  actor: EntityRef | null;
  vehicles: { count: number | null; kind: string } | null;
  date: DateInterval | null;
  legs: Leg[];
  evidence: (Span & { text: string })[];
  article: ArticleRef;
}

export interface ArticleSummary {
  id: string;
  title: string;
  source: string;
  events: number;
  movements: number;
}

export interface Page<T> {
  items: T[];
  next: string | null;
}

/** The article as `/api/articles/{id}` gives it (the extraction's JSON contract). */
export interface Article {
  id: string;
  title: string;
  source: string;
  text: string;
  infobox: { kind: string; fields: { key: string; label: string; value: string; span: Span | null }[] } | null;
  mentions: { id: string; kind: string; span: Span; entity?: string | null }[];
  entities: { id: string; kind: string; name: string; aliases: { text: string }[]; role: string | null }[];
  events: { id: string; event_type: string; sub_event_type: string; actor1: string | null; actor2: string | null; location: string | null; date: DateInterval | null; fatalities: { best: number | null }; evidence: Span[] }[];
  movements: { id: string; actor: string | null; vehicles: { count: number | null; kind: string } | null; legs: { place: string; role: string; span: Span }[]; evidence: Span[] }[];
  checks: { field: string; infobox: string; verdict: 'agrees' | 'contradicts' | 'unsupported'; evidence: Span | null; reason: string }[];
}

/**
 * A route's JSON answer; a failure throws the API's error message, naming the path.
 * @example await getJson<Article>('/api/articles/e5d5…')
 */
export async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { headers: { accept: 'application/json' } });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(`${path}: ${body?.error?.message ?? response.statusText}`);
  }
  return (await response.json()) as T;
}

/**
 * Every item of a paged list route, following `next`, up to `cap` items.
 * @example await listAll<EventItem>('/api/events') // { items: [...296 events], truncated: false }
 */
export async function listAll<T>(path: string, cap = 20_000): Promise<{ items: T[]; truncated: boolean }> {
  const items: T[] = [];
  let after: string | null = null;
  do {
    const query: string = after === null ? '' : `&after=${encodeURIComponent(after)}`;
    const page: Page<T> = await getJson<Page<T>>(`${path}${path.includes('?') ? '&' : '?'}limit=1000${query}`);
    items.push(...page.items);
    after = page.next;
  } while (after !== null && items.length < cap);
  return { items, truncated: after !== null };
}

/** One stored article, with its text and every record. */
export const getArticle = (id: string): Promise<Article> => getJson<Article>(`/api/articles/${encodeURIComponent(id)}`);
