import type { EntityKind } from '../model/index.js';
import { countryByCode } from '../resolve/gazetteer/index.js';
import type { CanonicalEntityRow } from '../store/index.js';
import { GROUP_NOUNS } from '../recognise/index.js';
import type { Member } from './_members.js';
import { related } from './_related.js';
import { nameKey } from './_nameKey.js';
import { byVotes } from './_tally.js';

// Ties between kinds go to the first: a state that is also named as a place stays a state.
const KIND_ORDER: readonly EntityKind[] = ['state', 'armed_group', 'military_unit', 'person', 'civilians', 'place', 'equipment'];

function kindOf(cluster: readonly Member[]): EntityKind {
  if (cluster.some((m) => m.kind === 'state')) return 'state';
  const votes = byVotes(cluster.map((m) => KIND_ORDER.indexOf(m.kind)));
  return KIND_ORDER[votes[0] ?? 0] ?? 'armed_group';
}

// The page's own spelling when a member uses it ("Free Syrian Army", not "FSA"), else the most used
// name that is not a crowd of the group ("YPG", not "YPG fighters").
function nameOf(cluster: readonly Member[], page: string | null, state: string | null): string {
  if (state) return countryByCode(state)?.name ?? state;
  const used = byVotes(cluster.map((m) => m.name));
  const pageKey = page ? nameKey(page.replace(/\s*\([^)]*\)\s*$/, '')) : null;
  const crowd = (n: string) => GROUP_NOUNS.has(nameKey(n).split(' ').at(-1) ?? '');
  return used.find((n) => nameKey(n) === pageKey) ?? used.find((n) => !crowd(n)) ?? used[0] ?? '';
}

// A member's page when it names the member: a state's own page, not the war its name was linked to.
const pageOf = (m: Member): string | null =>
  m.page === null ? null : m.state ? (nameKey(m.page) === nameKey(m.name) ? m.page : null) : related(m.page, m.name) ? m.page : null;

/**
 * The canonical entity of a cluster, without its id and counts: kind, name and page by vote, the
 * state's or the gazetteer place's identity, every distinct alias most used first.
 * @example canonicalRow([russiaState, russianForces]).name === 'Russia'
 */
export function canonicalRow(cluster: readonly Member[]): Omit<CanonicalEntityRow, 'id' | 'articles' | 'events'> {
  const page = byVotes(cluster.map(pageOf))[0] ?? null;
  const state = byVotes(cluster.map((m) => m.state))[0] ?? null;
  const geonameId = byVotes(cluster.map((m) => m.geonameId))[0] ?? null;
  const placed = cluster.find((m) => geonameId !== null && m.geonameId === geonameId) ?? cluster.find((m) => m.lat !== null && m.lon !== null);
  return {
    kind: kindOf(cluster),
    name: nameOf(cluster, page, state),
    page,
    country: state ?? placed?.country ?? byVotes(cluster.map((m) => m.country ?? m.serves))[0] ?? null,
    geoname_id: geonameId,
    lat: placed?.lat ?? null,
    lon: placed?.lon ?? null,
    generic: cluster.every((m) => m.generic),
    aliases: byVotes(cluster.flatMap((m) => m.names)).slice(0, 100),
  };
}
