import { distanceKm } from '../resolve/gazetteer/index.js';
import type { LinkableEvent } from './_linkable.js';
import { sameHappening } from './_sameHappening.js';

interface OpenCluster {
  members: LinkableEvent[];
  articles: Set<number>;
  /** The earliest end of its members: a later event must start by then to overlap them all. */
  minEnd: number;
}

// How far an event lies from a cluster's members (the furthest), to choose between clusters it fits.
function spread(e: LinkableEvent, cluster: OpenCluster): number {
  const { lat, lon } = e.event;
  return Math.max(...cluster.members.map((m) => (lat === null || lon === null || m.event.lat === null || m.event.lon === null ? 0 : distanceKm(lat, lon, m.event.lat, m.event.lon))));
}

/**
 * Groups events of different articles that are one happening. Complete linkage: an event joins a
 * cluster only if it is the same happening as every member, and a cluster holds one event per
 * article. Events are visited by start day, then article hash and id, and an event that fits several
 * clusters joins the largest (then the closest, then the oldest), so any ingest order gives the same
 * clusters. Events not precise enough to compare stay alone.
 * @example linkEvents(linkable(events, …)).filter((c) => c.length > 1) // the seed's strike with Operation Serval's
 */
export function linkEvents(events: readonly LinkableEvent[]): LinkableEvent[][] {
  const done: LinkableEvent[][] = [];
  let open: OpenCluster[] = [];
  for (const e of events) {
    if (!e.comparable) {
      done.push([e]);
      continue;
    }
    // no later event can overlap every member of a cluster whose earliest end has passed
    const [still, closed] = [open.filter((c) => c.minEnd >= e.start), open.filter((c) => c.minEnd < e.start)];
    done.push(...closed.map((c) => c.members));
    open = still;
    let best: OpenCluster | null = null;
    let bestSpread = Infinity;
    for (const c of open) {
      if (c.articles.has(e.event.articleKey) || !c.members.every((m) => sameHappening(m, e))) continue;
      const s = spread(e, c);
      if (!best || c.members.length > best.members.length || (c.members.length === best.members.length && s < bestSpread)) [best, bestSpread] = [c, s];
    }
    if (best) {
      best.members.push(e);
      best.articles.add(e.event.articleKey);
      best.minEnd = Math.min(best.minEnd, e.end);
    } else {
      open.push({ members: [e], articles: new Set([e.event.articleKey]), minEnd: e.end });
    }
  }
  done.push(...open.map((c) => c.members));
  return done;
}
