import { describe, expect, it } from 'vitest';
import { AnnalsError } from '../../src/model/index.js';
import type { EventFilter, EventRecord } from '../../src/store/index.js';
import { listEvents } from '../../src/store/listEvents.js';
import { FILTER_CASES } from './_filterCases.js';
import { must } from './_must.js';
import { allEvents, eventName, selected } from './_oracle.js';
import type { SuiteContext } from './_storeSuite.js';

export async function collect(events: AsyncIterable<EventRecord>): Promise<EventRecord[]> {
  const records: EventRecord[] = [];
  for await (const record of events) records.push(record);
  return records;
}

const names = (records: readonly EventRecord[]) => records.map((r) => eventName(r.article.source, r.id)).sort();

// The words of an event's notes and evidence, lower case.
const wordsOf = (r: EventRecord) => [r.notes, ...r.evidence.map((e) => e.text)].join(' ').toLowerCase();

const REFUSED: [string, EventFilter][] = [
  ['a month 13', { from: '2013-13-01' }],
  ['a date in words', { to: 'yesterday' }],
  ['an unknown country', { country: 'Atlantis' }],
  ['a box with south above north', { bbox: [0, 10, 1, 5] }],
  ['a cursor the store did not give', { after: 'nonsense' }],
  ['a negative limit', { limit: -1 }],
  ['an actor of punctuation only', { actor: '--' }],
];

export function readingTests(ctx: SuiteContext): void {
  describe('reading', () => {
    it('reads each article back equal, byte for byte, to what was saved', async () => {
      for (const saved of ctx.current()) {
        const read = await ctx.store.article(saved.id);
        expect(read).toEqual(saved);
        expect(JSON.stringify(read)).toBe(JSON.stringify(saved));
      }
      expect(await ctx.store.article('0'.repeat(64))).toBeNull();
    });

    it('lists articles with their record counts', async () => {
      const listed = await ctx.store.articles();
      const expected = ctx.current().map((x) => ({ id: x.id, title: x.title, source: x.source, format: x.format, events: x.events.length, entities: x.entities.length, movements: x.movements.length }));
      expect(listed.map(({ stored_at, ...rest }) => (expect(new Date(stored_at).toISOString()).toBe(stored_at), rest))).toEqual(
        expected.sort((a, b) => a.title.localeCompare(b.title)),
      );
    });

    it('gives each article\'s saving time and conflict field for exports (no link run: no conflict path)', async () => {
      const listed = await ctx.store.articles();
      for (const saved of ctx.current()) {
        const facts = await ctx.store.articleFacts(saved.source);
        const conflict = saved.infobox?.fields.find((f) => f.key === 'conflict')?.value ?? null;
        expect(facts).toMatchObject({ id: saved.id, title: saved.title, source: saved.source, conflict_field: conflict, conflict: null });
        expect(facts?.stored_at).toBe(listed.find((a) => a.source === saved.source)?.stored_at);
      }
      expect(await ctx.store.articleFacts('no/such/source.txt')).toBeNull();
    });

    it('expands actors, location and evidence of every event', async () => {
      const records = await collect(ctx.store.events());
      for (const { article, event, entity } of allEvents(ctx.current())) {
        const record = must(records.find((r) => r.article.source === article.source && r.id === event.id), `stored ${event.id}`);
        expect(record.article).toEqual({ id: article.id, title: article.title, source: article.source });
        expect(record.actor1?.name ?? null).toBe(entity(event.actor1)?.name ?? null);
        expect(record.actor2?.id ?? null).toBe(event.actor2);
        expect(record.assoc_actors.map((a) => a.id)).toEqual(event.assoc_actors);
        const place = entity(event.location);
        expect(record.location).toEqual(place ? { id: place.id, name: place.name, kind: place.kind, aliases: [...new Set(place.aliases.map((a) => a.text))], lat: place.lat, lon: place.lon, country: place.country, admin1: place.admin1 } : null);
        expect(record.evidence).toEqual(event.evidence.map((s) => ({ ...s, text: article.text.slice(s.start, s.end) })));
        expect({ ...record, actor1: event.actor1, actor2: event.actor2, assoc_actors: event.assoc_actors, location: event.location, evidence: event.evidence, article: undefined, cursor: undefined }).toEqual(event);
      }
    });

    it.each(FILTER_CASES)('selects by %s', async (_, make) => {
      const { filter, keep } = make(ctx.current());
      const expected = selected(ctx.current(), keep);
      expect(expected.length, 'a case that selects nothing tests nothing').toBeGreaterThan(0);
      expect(names(await collect(ctx.store.events(filter)))).toEqual(expected);
    });

    it.each([
      ['a word of the notes', (r: EventRecord) => r.notes],
      ['a word only the evidence holds', (r: EventRecord) => {
        const inNotes = new Set(r.notes.toLowerCase().split(/[^a-z]+/));
        return r.evidence.flatMap((e) => e.text.split(/[^A-Za-z]+/)).filter((w) => !inNotes.has(w.toLowerCase())).join(' ');
      }],
    ])('searches the full text for %s', async (_, source) => {
      const all = await collect(ctx.store.events());
      const target = must(all.find((r) => /[a-z]{7,}/i.test(source(r))), 'event with such a word');
      const word = must(/[a-z]{7,}/i.exec(source(target)), 'word')[0];
      const found = await collect(ctx.store.events({ q: word }));
      expect(names(found)).toContain(eventName(target.article.source, target.id));
      // English stemming: every hit holds the word's first five letters
      for (const r of found) expect(wordsOf(r)).toContain(word.slice(0, 5).toLowerCase());
    });

    it.each(REFUSED)('refuses %s as a usage error', async (_, filter) => {
      const reading = collect(ctx.store.events(filter));
      await expect(reading).rejects.toThrow(AnnalsError);
      await expect(reading).rejects.toMatchObject({ code: 'usage' });
    });

    it('streams every event, dated ones in date order, undated last', async () => {
      const records = await collect(ctx.store.events());
      expect(names(records)).toEqual(selected(ctx.current(), () => true));
      const days = records.map((r) => r.date?.start ?? '9999-12-31');
      expect(days).toEqual([...days].sort());
    });

    it('pages with limit and after through the same sequence', async () => {
      const all = await collect(ctx.store.events());
      const head = await collect(ctx.store.events({ limit: 3 }));
      expect(head).toEqual(all.slice(0, 3));
      expect(await collect(ctx.store.events({ after: must(head[2], 'third event').cursor, limit: 5 }))).toEqual(all.slice(3, 8));
      expect(await collect(ctx.store.events({ after: must(all.at(-1), 'event').cursor }))).toEqual([]);
      expect(await collect(ctx.store.events({ limit: 0 }))).toEqual([]);
    });

    it('joins keyset pages without gaps or repeats, filtered or not', async () => {
      expect(await collect(listEvents(ctx.backend, {}, 3))).toEqual(await collect(ctx.store.events()));
      const located = must((await collect(ctx.store.events())).find((r) => r.location?.country), 'event in a country');
      const country = { country: must(located.location?.country, 'country') };
      expect(await collect(listEvents(ctx.backend, country, 2))).toEqual(await collect(ctx.store.events(country)));
    });
  });
}
