import { countryByName } from '../resolve/gazetteer/index.js';
import type { LinkArticle, LinkEntity } from '../store/index.js';
import { articleOrder } from './_articleOrder.js';
import { isGenericName } from './_genericName.js';
import { LinkMember, type Member } from './_members.js';

// "Civilians (Syria)": the unarmed of one country, the way ACLED names them; only a bare "Civilians" is no one.
const civiliansOf = (e: LinkEntity): string | null => (e.kind === 'civilians' ? (countryByName(/\(([^)]+)\)$/.exec(e.name)?.[1] ?? '')?.code ?? null) : null);

// A country the article names as a place ("Mali") is the same country as the state that acts; a
// place merely put at a country's centroid ("northern Mali", an unknown village) is not.
function stateOf(e: LinkEntity): string | null {
  if (e.kind === 'state') return e.country;
  return e.kind === 'place' && e.country && countryByName(e.name)?.code === e.country ? e.country : null;
}

/**
 * Every article's entities as members, sorted by article content hash and local id, so that the
 * same corpus gives the same order in every store, whatever order it was ingested in. Empties
 * `entities` once the members are made: the members hold what linking reads of them, and a store's
 * entities and members held together were the largest part of a link run's memory.
 * @example membersOf(inputs.articles, inputs.entities)[0].sortKey // '0a3f…/e1'
 */
export function membersOf(articles: readonly LinkArticle[], entities: LinkEntity[]): Member[] {
  const order = articleOrder(articles);
  // only the entities others serve: a map of all of them held 300k keys at 5,000 articles
  const served = new Set(entities.flatMap((e) => (e.affiliation ? [`${e.articleKey}/${e.affiliation}`] : [])));
  const byId = new Map<string, LinkEntity>();
  for (const e of entities) {
    const key = `${e.articleKey}/${e.id}`;
    if (served.has(key)) byId.set(key, e);
  }
  const members: LinkMember[] = [];
  // each entity let go as soon as its member is made (the sort below restores one order): the
  // entities and the members held whole at once were the peak of a run (~150 MB at 300k)
  for (let e = entities.pop(); e !== undefined; e = entities.pop()) {
    const serving = e.affiliation ? byId.get(`${e.articleKey}/${e.affiliation}`) : undefined;
    const names = [...new Set([e.name, ...e.aliases].map((n) => n.trim()).filter((n) => n !== ''))];
    members.push(new LinkMember(
      e, order.get(e.articleKey) ?? String(e.articleKey), names, isGenericName(e.name) && civiliansOf(e) === null, stateOf(e),
      civiliansOf(e) ?? (serving?.kind === 'state' ? serving.country : null),
    ));
  }
  // each key made once for the sort, then let go: members make theirs again when asked
  const keys = members.map((m) => m.sortKey);
  const sorted = keys.map((_, i) => i).sort((a, b) => ((keys[a] ?? '') < (keys[b] ?? '') ? -1 : (keys[a] ?? '') > (keys[b] ?? '') ? 1 : 0)).map((i) => members[i] as LinkMember);
  sorted.forEach((m, index) => (m.index = index));
  return sorted;
}
