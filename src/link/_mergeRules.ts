import { acronymOf, initialsOf } from './_acronym.js';
import { matchNames } from './_matchNames.js';
import { familyOf, type Member } from './_members.js';
import { nameKey } from './_nameKey.js';
import { personPage, related } from './_related.js';
import type { MemberClusters } from './_unionFind.js';

/** One kind of evidence that two articles' entities are one: members sharing a key may merge. */
export interface MergeRule {
  name: string;
  /** The keys a member offers; members with a key in common are candidates. */
  keys(member: Member): string[];
  /** Whether places must also lie close together (a shared name alone does not make one town). */
  near?: boolean;
  /** Whether a bucket of candidates says nothing, e.g. an acronym two different names expand to. */
  ambiguous?(members: readonly Member[], key: string): boolean;
  /** The members the others must join (an acronym's expansions); by default any member of the bucket. */
  anchors?(members: readonly Member[], key: string): Member[];
}

// 1. The same state: "Russia" the combatant, "Russian forces", and "Russia" the country an event is in.
const sameState: MergeRule = { name: 'same-state', keys: (m) => (m.state ? [`state:${m.state}`] : []) };

// 2. The same gazetteer place.
const sameGeonames: MergeRule = { name: 'same-geonames', keys: (m) => (m.kind === 'place' && m.geonameId !== null ? [`geonames:${m.geonameId}`] : []) };

// 3. The same wikilink target, when the page plausibly names the entity (not a list or topic page).
const pageFits = (m: Member, page: string): boolean =>
  m.kind === 'person' ? personPage(page, m.name) : !m.generic && [m.name, ...matchNames(m)].some((n) => related(n, page));
const samePage: MergeRule = {
  name: 'same-page',
  keys: (m) => (m.page && !m.state && pageFits(m, m.page) ? [`page:${familyOf(m.kind)}:${nameKey(m.page)}`] : []),
};

// 4. An acronym in one article, its expansion in another ("FSA" ↔ "Free Syrian Army"), when only one name expands to it.
const acronym: MergeRule = {
  name: 'acronym',
  keys: (m) => (familyOf(m.kind) !== 'force' || m.state ? [] : matchNames(m).flatMap((n) => {
    const letters = acronymOf(n) ?? initialsOf(n);
    return letters ? [`acronym:${letters}`] : [];
  })),
  // spellings of one name ("Mobilization", "Mobilisation") are one expansion; "Syrian Arab Army" and "Saudi Arabian Army" two
  ambiguous: (members, key) => {
    const expansions = members.flatMap((m) => matchNames(m).filter((n) => `acronym:${initialsOf(n) ?? ''}` === key));
    return expansions.length === 0 || expansions.some((n) => !related(n, expansions[0] ?? ''));
  },
  // the acronym joins its expansion; two expansions alone are a matter for the name rule
  anchors: (members, key) => members.filter((m) => matchNames(m).some((n) => `acronym:${initialsOf(n) ?? ''}` === key)),
};

// 5. The same name, folded (see matchNames for which names count); places only when close together.
const sameName: MergeRule = {
  name: 'same-name',
  near: true,
  keys: (m) => matchNames(m).map((n) => `name:${familyOf(m.kind)}:${nameKey(n)}`),
};

/** The evidence for identity, strongest first (issue 8): state, gazetteer id, wikilink, acronym, name. */
export const MERGE_RULES: readonly MergeRule[] = [sameState, sameGeonames, samePage, acronym, sameName];

/**
 * Merges the members of one bucket: each joins the first cluster already in the bucket that it may
 * join (identities permitting), in member order, so the result does not depend on input order.
 * @example applyBucket(clusters, rule, 'page:force:free syrian army', [m3, m17, m40])
 */
export function applyBucket(clusters: MemberClusters, rule: MergeRule, key: string, bucket: readonly Member[]): void {
  if (bucket.length < 2 || rule.ambiguous?.(bucket, key)) return;
  if (rule.anchors) {
    const anchors = rule.anchors(bucket, key);
    for (const m of bucket.filter((x) => !anchors.includes(x))) anchors.some((a) => clusters.join(a.index, m.index, rule.name, key, rule.near));
    return;
  }
  const heads: number[] = [];
  for (const m of bucket) {
    if (heads.some((h) => clusters.root(h) === clusters.root(m.index))) continue;
    if (!heads.some((h) => clusters.join(h, m.index, rule.name, key, rule.near))) heads.push(m.index);
  }
}
