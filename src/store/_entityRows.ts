import type { Extraction } from '../model/index.js';
import { foldName } from '../resolve/gazetteer/index.js';
import type { Row } from './_insertRows.js';

/**
 * An article's entities and their aliases as rows; names and aliases folded for `--actor`.
 * @example entityRows(seed, 1).entities[0] // { article_key: 1, id: 'e1', name: 'Gao', name_key: 'gao', … }
 */
export function entityRows(x: Extraction, articleKey: number): { entities: Row[]; aliases: Row[] } {
  const entities = x.entities.map((e, ordinal) => ({
    article_key: articleKey,
    id: e.id,
    ordinal,
    kind: e.kind,
    name: e.name,
    name_key: foldName(e.name),
    page_key: e.page === null ? null : foldName(e.page),
    lat: e.lat,
    lon: e.lon,
    country: e.country,
    admin1: e.admin1,
    json: e,
  }));
  const aliases = x.entities.flatMap((e) =>
    e.aliases.map((a, seq) => ({
      article_key: articleKey,
      entity_id: e.id,
      seq,
      text: a.text,
      text_key: foldName(a.text),
      span_start: a.span.start,
      span_end: a.span.end,
      read_from: a.from,
    })),
  );
  return { entities, aliases };
}
