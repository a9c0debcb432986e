import type { EntityKind } from '../model/index.js';
import type { Queryable } from './_backend.js';
import type { CanonicalEntity, CanonicalEntityDetail, EntityMember } from './linkViews.js';

interface MemberRow {
  rule: string;
  key: string | null;
  entity_id: string;
  name: string;
  kind: EntityKind;
  article_id: string;
  title: string;
  source: string;
  aliases: { text: string; from: string }[] | null;
  with_entity: string | null;
  with_name: string | null;
  with_article: string | null;
  with_title: string | null;
  with_source: string | null;
}

const MEMBERS = `
  select m.rule, m.evidence->>'key' as key, e.id as entity_id, e.name, e.kind, a.id as article_id, a.title, a.source,
    (select json_agg(json_build_object('text', al.text, 'from', al.read_from) order by al.seq)
       from aliases al where al.article_key = m.article_key and al.entity_id = m.entity_id) as aliases,
    w.id as with_entity, w.name as with_name, wa.id as with_article, wa.title as with_title, wa.source as with_source
  from entity_members m
  join entities e on e.article_key = m.article_key and e.id = m.entity_id
  join articles a on a.key = m.article_key
  left join entities w on w.article_key = (m.evidence->'with'->>'article_key')::integer and w.id = m.evidence->'with'->>'entity_id'
  left join articles wa on wa.key = w.article_key
  where m.canonical_id = $1
  order by m.rule = 'first' desc, a.title, a.source, e.ordinal`;

const memberOf = (r: MemberRow): EntityMember => ({
  article: { id: r.article_id, title: r.title, source: r.source },
  entity_id: r.entity_id,
  name: r.name,
  kind: r.kind,
  rule: r.rule,
  evidence:
    r.key === null || r.with_entity === null
      ? null
      : { key: r.key, with: { article: { id: r.with_article ?? '', title: r.with_title ?? '', source: r.with_source ?? '' }, entity_id: r.with_entity, name: r.with_name ?? '' } },
  aliases: r.aliases ?? [],
});

// An article's entity by `<article id>-<entity id>`: the canonical entity it is a member of.
const OF_MEMBER = `select c.json from canonical_entities c where c.id = (
  select m.canonical_id from entity_members m join articles a on a.key = m.article_key where a.id = $1 and m.entity_id = $2)`;

/**
 * A canonical entity with every article's entity in it, the rule and shared key that put each there
 * and the member it was matched with, and each member's aliases with what read them. `id` is the
 * canonical id, or `<article id>-<entity id>` for the canonical entity an article's entity is in.
 * @example (await loadCanonicalEntity(db, 'E5b0c…'))?.members[1] // { rule: 'same-state', evidence: { key: 'state:RU', … }, … }
 * @example (await loadCanonicalEntity(db, 'e5d55e2a…-e5'))?.name // 'MOJWA'
 */
export async function loadCanonicalEntity(db: Queryable, id: string): Promise<CanonicalEntityDetail | null> {
  // an article id is a hex content hash, so the first '-' ends it
  const split = id.indexOf('-');
  const [row] = await (split < 0
    ? db.query<{ json: CanonicalEntity }>('select json from canonical_entities where id = $1', [id])
    : db.query<{ json: CanonicalEntity }>(OF_MEMBER, [id.slice(0, split), id.slice(split + 1)]));
  if (!row) return null;
  const members = await db.query<MemberRow>(MEMBERS, [row.json.id]);
  return { ...row.json, members: members.map(memberOf) };
}
