import type { Queryable } from '../../src/store/_backend.js';

// 200 articles of 100 events each, spread like the bench's store: most events in one country and of one
// type, dates over 30 years, a few events lasting months; one actor named in a third of them. Rows
// as wide as the bench's (an event's JSON ~1.4 kB, an entity's ~330 bytes), since the planner weighs
// reading every page of a table against reading some rows by an index.
const SQL = `
insert into articles (id, source, title, format, text, sections, sentences, mentions)
  select md5(i::text), 'synthetic/' || i, 'Article ' || i, 'plain', '', '[]', '[]', '[]' from generate_series(1, 200) i;
insert into entities (article_key, id, ordinal, kind, name, name_key, json)
  select a.key, 'e' || j, j, case when j < 5 then 'place' else 'actor' end, 'Actor ' || (a.key * 10 + j) % 97,
         case when j = 5 then 'syrian army' else 'actor ' || (a.key * 10 + j) % 97 end, json_build_object('aliases', repeat('alias ', 50))
  from articles a, generate_series(0, 9) j;
insert into aliases (article_key, entity_id, seq, text, text_key, span_start, span_end, read_from)
  select article_key, id, 0, name, name_key, 0, 1, 'text' from entities;
insert into events (article_key, id, ordinal, event_type, sub_event_type, date_start, date_end, location, lat, lon, country,
                    status, notes, confidence, search, json, actor_keys)
  select a.key, 'v' || j, j,
         case when j % 3 = 0 then 'Explosions/Remote violence' when j % 17 = 0 then 'Protests' else 'Battles' end,
         case when j % 3 = 0 then 'Air/drone strike' when j % 17 = 0 then 'Peaceful protest' else 'Armed clash' end,
         d, d + case when j % 50 = 0 then 120 else 0 end, 'e' || (j % 5), 30 + (j % 10), 35 + (a.key % 10),
         case when a.key % 3 = 0 then 'IQ' else 'SY' end, 'reported', 'notes', 0.5,
         to_tsvector('english', case when j % 7 = 0 then 'an airstrike hit the town' else 'fighting in the town' end),
         json_build_object('notes', repeat('words ', 230)),
         case when j % 3 = 0 then array['syrian army', 'actor ' || j % 97] else array['actor ' || j % 97] end
  from articles a, generate_series(0, 99) j, lateral (select date '1990-01-01' + ((a.key * 37 + j * 101) % 10950) as d) dates;
insert into event_actors (article_key, event_id, role, seq, entity_id)
  select article_key, id, 'actor1', 0, 'e' || (5 + ordinal % 5) from events;
insert into evidence (article_key, event_id, seq, span_start, span_end, text)
  select article_key, id, 0, 0, 1, repeat('evidence ', 20) from events;
insert into entity_members (article_key, entity_id, canonical_id, rule)
  select article_key, id, 'E' || lpad(((article_key * 10 + ordinal) % 97)::text, 10, '0'), 'first' from entities;
insert into conflicts (id, name, depth, json) values ('C1', 'Syrian civil war', 0, '{}');
insert into conflict_names (conflict_id, name_key) values ('C1', 'syrian civil war');
insert into conflict_articles (article_key, conflict_id) select key, 'C1' from articles where key % 10 = 0;
analyze;
`;

/**
 * Fills a new store with 20,000 synthetic events and analyses it: enough rows that the planner's
 * choices are those of a real store, made in SQL in a second or two.
 */
export async function populate(db: Queryable): Promise<void> {
  await db.exec(SQL);
}
