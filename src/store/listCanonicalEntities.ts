import { AnnalsError } from '../model/index.js';
import { EntityKindSchema } from '../model/schemas.js';
import { foldName } from '../resolve/gazetteer/index.js';
import type { Queryable } from './_backend.js';
import type { CanonicalEntity, EntityFilter } from './linkViews.js';

/**
 * Canonical entities (a link run makes them), most widely named first: by articles, then events,
 * then name. `q` matches the folded name or any member's alias; `kind` one entity kind; `after` (an
 * entity id) reads on after that entity.
 * @example (await listCanonicalEntities(db, { kind: 'state', q: 'russia' }))[0] // { name: 'Russia', articles: 120, events: 900, … }
 */
export async function listCanonicalEntities(db: Queryable, filter: EntityFilter = {}): Promise<CanonicalEntity[]> {
  const params: unknown[] = [];
  const p = (value: unknown) => `$${params.push(value)}`;
  const conditions: string[] = [];
  if (filter.kind !== undefined) {
    const kind = EntityKindSchema.safeParse(filter.kind);
    if (!kind.success) throw new AnnalsError('usage', `kind ${JSON.stringify(filter.kind)}`, `not one of ${EntityKindSchema.options.join(', ')}`);
    conditions.push(`c.kind = ${p(kind.data)}`);
  }
  if (filter.q?.trim()) {
    const q = `%${foldName(filter.q)}%`;
    conditions.push(`(c.name_key like ${p(q)} or c.id in (select m.canonical_id from entity_members m join aliases al
      on al.article_key = m.article_key and al.entity_id = m.entity_id where al.text_key like $${params.length}))`);
  }
  if (filter.named) conditions.push('not c.generic');
  if (filter.after !== undefined) {
    const [known] = await db.query('select 1 from canonical_entities where id = $1', [filter.after]);
    if (!known) throw new AnnalsError('usage', `after ${JSON.stringify(filter.after)}`, 'not the id of a canonical entity');
    // the listing order as one row value: most articles, most events, then name and id
    conditions.push(`(-c.articles, -c.events, c.name, c.id) > (select -l.articles, -l.events, l.name, l.id from canonical_entities l where l.id = ${p(filter.after)})`);
  }
  if (filter.limit !== undefined && !(Number.isInteger(filter.limit) && filter.limit >= 0)) {
    throw new AnnalsError('usage', `limit ${String(filter.limit)}`, 'not a whole number ≥ 0');
  }
  const rows = await db.query<{ json: CanonicalEntity }>(
    `select c.json from canonical_entities c ${conditions.length > 0 ? `where ${conditions.join(' and ')}` : ''}
     order by c.articles desc, c.events desc, c.name, c.id ${filter.limit === undefined ? '' : `limit ${filter.limit}`}`,
    params,
  );
  return rows.map((r) => r.json);
}
