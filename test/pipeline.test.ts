import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AssembledArticle as ResolvedArticle } from '../src/assemble/index.js';
import { testConfig } from './helpers/config.js';
import { extractBytes } from '../src/pipeline.js';
import { ARTICLE_FIXTURES, DUMP_FIXTURES, FIXTURES, fixtureBytes, fixtureNames } from './helpers/fixtures.js';
import { expectGolden } from './helpers/golden.js';
import { expectSpansExact } from './helpers/spans.js';

// Whether the raw input holds a conflict infobox, judged from the source itself, not from the reader.
const WIKI_CONFLICT_BOX = /\{\{\s*Infobox[ _]+(military[ _]+conflict|civil[ _]+conflict|military[ _]+operation|terrorist[ _]+attack|civilian[ _]+attack|battle|war)\s*[|\n}]/i;
const YAML_INFOBOX = /^infoboxes:\n {2}- /m;
const YAML_CONFLICT_KEY = /^ {2}(- | {2})(conflict|partof|combatant1|combatant2|commander1|casualties1|casualties2|deaths|fatalities|perpetrators?):/m;

function sourceHasConflictInfobox(raw: string): boolean {
  return WIKI_CONFLICT_BOX.test(raw) || (YAML_INFOBOX.test(raw) && YAML_CONFLICT_KEY.test(raw)) || /^Infobox\n- /m.test(raw);
}

/** A review-friendly projection of an extraction: the words, not the offsets. */
function readable(article: ResolvedArticle): unknown {
  const words = (s: { start: number; end: number }): string => article.text.slice(s.start, s.end);
  return {
    title: article.title,
    format: article.format,
    infobox: article.infobox && { kind: article.infobox.kind, fields: article.infobox.fields.map((f) => `${f.key}: ${f.value}`) },
    sections: article.sections.map((s) => `${'='.repeat(s.level)} ${s.title}${s.backMatter ? ' (back matter)' : ''}`),
    links: article.links.length,
    sentences: article.sentences.map((s) => words(s.span)),
    mentions: countBy(article.mentions.map((m) => m.kind)),
    entities: article.entities.map((e) => {
      const where = e.kind === 'place' ? ` @ ${e.resolved ? `${e.lat?.toFixed(2)},${e.lon?.toFixed(2)} ${e.country} p${e.precision}` : 'unresolved'}` : '';
      return `${e.kind} ${e.name}${where} ← ${[...new Set(e.aliases.map((a) => a.text))].join(' | ')}`;
    }),
    events: article.events.map((v) => {
      const name = (id: string | null): string => (id ? (article.entities.find((e) => e.id === id)?.name ?? id) : '?');
      const f = v.fatalities;
      return `${v.sub_event_type} | ${name(v.actor1)} → ${name(v.actor2)} @ ${name(v.location)} ${v.date ? `${v.date.start}..${v.date.end}` : 'undated'} | deaths ${f.low}/${f.best}/${f.high}`;
    }),
    movements: article.movements.map((m) => m.legs.map((l) => `${l.role}:${article.entities.find((e) => e.id === l.place)?.name ?? l.place}`).join(' → ')),
  };
}

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

describe.each(fixtureNames(ARTICLE_FIXTURES))('article fixture %s', (name) => {
  const bytes = fixtureBytes(ARTICLE_FIXTURES, name);
  const result = extractBytes(bytes, `fixtures/articles/${name}`, testConfig());

  it('gives one article whose every span covers exactly its words', async () => {
    const { articles, problems } = await result;
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(1);
    expectSpansExact(articles[0] as ResolvedArticle);
  });

  it('finds the conflict infobox exactly where the source has one', async () => {
    const [article] = (await result).articles;
    expect(article?.infobox != null && article.infobox.kind !== 'front matter').toBe(sourceHasConflictInfobox(bytes.toString('utf8')));
  });

  it('matches its golden output', async () => {
    const [article] = (await result).articles;
    expectGolden(join(FIXTURES, 'golden', `${name}.json`), readable(article as ResolvedArticle));
  });
});

describe.each(fixtureNames(DUMP_FIXTURES))('dump fixture %s', (name) => {
  it('reads every article page with exact spans, and finds conflict infoboxes where pages have them', async () => {
    const { articles, problems } = await extractBytes(fixtureBytes(DUMP_FIXTURES, name), `fixtures/dumps/${name}`, testConfig());
    expect(problems.map((p) => p.message)).toEqual([]);
    for (const article of articles) expectSpansExact(article);
    const withBox = articles.filter((a) => a.infobox !== null).map((a) => `${a.title}: ${a.infobox?.kind}`);
    expectGolden(join(FIXTURES, 'golden', `${name}.json`), { articles: articles.map((a) => a.title), conflictInfoboxes: withBox });
  });
});
