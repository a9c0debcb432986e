import type { CanonicalRef, EventClusterRow, LinkArticle } from '../store/index.js';
import { BEST_RULE, fatalityRange } from './_fatalityRange.js';
import { DAY_MS, precisionRank, type LinkableEvent } from './_linkable.js';
import { stableId } from './_stableId.js';
import { byVotes } from './_tally.js';

const iso = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

// The source that says most: the most precise place, then the most actors known, then member order.
function representative(members: readonly LinkableEvent[]): LinkableEvent | undefined {
  const known = (m: LinkableEvent) => Number(m.actor1 !== null) + Number(m.actor2 !== null);
  return [...members].sort((a, b) => precisionRank(a.event.geoPrecision) - precisionRank(b.event.geoPrecision) || known(b) - known(a))[0];
}

/**
 * The distinct articles a cluster's events come from.
 * @example numberOfSources([seedStrike, servalStrike]) === 2
 */
export const numberOfSources = (members: readonly LinkableEvent[]): number => new Set(members.map((m) => m.event.articleKey)).size;

/**
 * A linked event from its members (one event per source article): the most common type, the days
 * all sources share, the most precise place, the fatality range, and every source's account.
 * The id hashes the members' article hashes and event ids, so it is the same in every store.
 * @example clusterRow([seedStrike, servalStrike], articles, refOf).number_of_sources === 2
 */
export function clusterRow(
  members: readonly LinkableEvent[],
  articles: ReadonlyMap<number, LinkArticle>,
  refOf: (key: string | null, articleKey: number) => CanonicalRef | null,
  placeName: (key: string | null, articleKey: number) => string | null,
): EventClusterRow {
  const ordered = [...members].sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
  const type = byVotes(ordered.map((m) => m.event.eventType))[0] ?? 'Battles';
  const subType = byVotes(ordered.filter((m) => m.event.eventType === type).map((m) => m.event.subEventType))[0] ?? '';
  const dated = ordered.filter((m) => Number.isFinite(m.start));
  const start = dated.length > 0 ? Math.max(...dated.map((m) => m.start)) : null;
  const end = dated.length > 0 ? Math.min(...dated.map((m) => m.end)) : null;
  const best = representative(ordered);
  const e = best?.event;
  const article = (key: number) => {
    const a = articles.get(key);
    return { id: a?.id ?? '', title: a?.title ?? '', source: a?.source ?? '' };
  };
  return {
    id: stableId('L', ordered.map((m) => m.sortKey).join('\n')),
    event_type: type,
    sub_event_type: subType,
    // the days every source allows; a lone event keeps its own interval
    date_start: start === null || end === null ? null : iso(Math.min(start, end)),
    date_end: start === null || end === null ? null : iso(Math.max(start, end)),
    lat: e?.lat ?? null,
    lon: e?.lon ?? null,
    country: e?.country ?? null,
    number_of_sources: numberOfSources(ordered),
    fatalities: fatalityRange(ordered.map((m) => m.event.fatalities)),
    best_rule: BEST_RULE,
    actor1: e ? refOf(e.actor1, e.articleKey) : null,
    actor2: e ? refOf(e.actor2, e.articleKey) : null,
    location: e ? refOf(e.location, e.articleKey) : null,
    sources: ordered.map(({ event: s }) => ({
      article: article(s.articleKey),
      event_id: s.id,
      event_type: s.eventType,
      sub_event_type: s.subEventType,
      date: s.dateStart === null ? null : { start: s.dateStart, end: s.dateEnd ?? s.dateStart },
      place: placeName(s.location, s.articleKey),
      fatalities: s.fatalities,
      notes: s.notes,
    })),
    members: ordered.map((m) => ({ article_key: m.event.articleKey, event_id: m.event.id })),
  };
}
