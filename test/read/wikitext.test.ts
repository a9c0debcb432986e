import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isAnnalsError, type Article } from '../../src/model/index.js';
import { readMediawikiXml, readWikitext } from '../../src/read/index.js';
import { expectSpansExact } from '../helpers/spans.js';

const CASES = fileURLToPath(new URL('../../fixtures/wikitext-cases/', import.meta.url));
const source = (file: string): string => readFileSync(CASES + file, 'utf8');
const read = (file: string): Article => readWikitext(source(file), file);

/** What a hand-written case must read as; `links` are [words in the text, target page] pairs. */
interface Case {
  file: string;
  kind: string | null;
  title?: string;
  fields?: Record<string, string>;
  labels?: Record<string, string>;
  links?: [string, string][];
  says?: string[];
  omits?: string[];
}

const INFOBOX_NAMES: Case[] = [
  {
    file: 'infobox-military-conflict.wiki',
    kind: 'military conflict',
    title: 'Bombardment of Tessit',
    fields: { partof: 'the Mali War', date: 'January 13, 2013', place: 'Tessit, Gao Region, Mali', combatant1: 'France', combatant2: 'MOJWA', commander1: 'Jean Dupont', units1: '4 Rafale fighter jets', casualties2: '30+ killed' },
    links: [['MOJWA', 'Movement for Oneness and Jihad in West Africa'], ['Jean Dupont', 'Jean Dupont (general)'], ['French aircraft', 'French Air and Space Force'], ['Saint-Dizier', 'Saint-Dizier – Robinson Air Base']],
    says: ['== Background ==', 'Four Rafale jets took off from Saint-Dizier'],
    omits: ['Tessit strikes.jpg', '300px', 'Short description'],
  },
  { file: 'infobox-military-conflict-capitalised.wiki', kind: 'military conflict', title: 'Battle of Anefis Wells', fields: { place: 'Anefis, Kidal Region', combatant2: 'MNLA' }, links: [['Kidal Region', 'Kidal Region']] },
  { file: 'infobox-battle.wiki', kind: 'military conflict', title: 'Battle of Kerrou Ford', fields: { date: '14 March 1881', combatant1: 'Kingdom of Segou', casualties1: '40 killed' }, links: [['Niger River', 'Niger River']] },
  { file: 'infobox-war.wiki', kind: 'military conflict', title: 'Second Sahel Border War', fields: { date: '1985–1987', combatant1: 'Burkina Faso', combatant2: 'Mali' } },
  { file: 'infobox-civil-conflict.wiki', kind: 'civil conflict', title: '2014 Bamako fuel protests', fields: { side2: 'Government of Mali', methods: 'Demonstrations, road blockades', fatalities: '2' }, links: [['Government of Mali', 'Government of Mali']] },
  { file: 'infobox-protest.wiki', kind: 'civil conflict', title: 'Kayes market strike', fields: { goals: 'Lower market fees', methods: 'Strike, sit-in' } },
  { file: 'infobox-military-operation.wiki', kind: 'military operation', title: 'Operation Sandgrouse', fields: { planned_by: 'French Army', executed_by: 'French Army, Malian Armed Forces', objective: 'Secure the road to Gao' }, labels: { executed_by: 'Executed_by' } },
  { file: 'infobox-terrorist-attack.wiki', kind: 'terrorist attack', title: '2015 Sevare hotel attack', fields: { location: 'Sévaré, Mali', perpetrator: 'Al-Mourabitoun', fatalities: '13' }, links: [['Sévaré', 'Sévaré']] },
  { file: 'infobox-civilian-attack.wiki', kind: 'civilian attack', title: 'Ogossa village raid', fields: { perpetrators: 'Unidentified gunmen', injuries: '12' } },
  { file: 'infobox-underscores.wiki', kind: 'military conflict', title: 'Skirmish at Tarkint', fields: { combatant1: 'Chadian Ground Forces', combatant2: 'Ansar Dine' } },
  { file: 'infobox-settlement-only.wiki', kind: null, title: 'Tessit', links: [['Gao Region', 'Gao Region']], says: ['== History =='], omits: ['Infobox', 'Commune', '12000'] },
];

const KEY_SPELLINGS: Case[] = [
  { file: 'key-Combatant1-capital.wiki', kind: 'military conflict', fields: { combatant1: 'Malian Armed Forces' }, labels: { combatant1: 'Combatant1' } },
  { file: 'key-combatant1.wiki', kind: 'military conflict', fields: { combatant1: 'Malian Armed Forces' }, labels: { combatant1: 'Combatant1' } },
  { file: 'key-combatant_1.wiki', kind: 'military conflict', fields: { combatant1: 'Malian Armed Forces' }, labels: { combatant1: 'Combatant_1' } },
  { file: 'key-combatant-space-1.wiki', kind: 'military conflict', fields: { combatant1: 'Malian Armed Forces' }, labels: { combatant1: 'Combatant 1' } },
];

const TEMPLATES: Case[] = [
  { file: 'template-convert.wiki', kind: 'military conflict', fields: { place: '5 km north of Tessit' }, says: ['happened 5 km north of Tessit,'] },
  { file: 'template-circa.wiki', kind: 'military conflict', fields: { date: 'c. 1850' }, says: ['took place c. 1850, when'] },
  { file: 'template-flagicon.wiki', kind: 'military conflict', fields: { combatant1: 'French Army · Malian Armed Forces' }, links: [['French Army', 'French Army'], ['Malian Armed Forces', 'Malian Armed Forces']], says: ['pitted French Army troops'], omits: ['France'] },
  { file: 'template-flag.wiki', kind: 'military conflict', fields: { combatant1: 'Chad' }, links: [['Chad', 'Chad'], ['AQIM', 'Al-Qaeda in the Islamic Maghreb']], says: ['by troops of Chad against AQIM.'] },
  { file: 'template-flagcountry.wiki', kind: 'military conflict', fields: { combatant1: 'Mali' }, links: [['Mali', 'Mali']], says: ['fought by Mali against MNLA rebels.'] },
  {
    file: 'template-flagcountry-historical.wiki',
    kind: 'military conflict',
    fields: { combatant1: 'Kingdom of Great Britain', combatant2: 'Kingdom of France' },
    links: [['Kingdom of Great Britain', 'Kingdom of Great Britain'], ['Kingdom of France', 'Kingdom of France']],
    says: ['between Kingdom of Great Britain and Kingdom of France.'],
  },
  { file: 'template-start-date.wiki', kind: 'military conflict', fields: { date: 'January 13, 2013' }, says: ['began on January 13, 2013 with air strikes.'] },
  { file: 'template-start-date-df.wiki', kind: 'military conflict', fields: { date: '9 February 2013 – 10 February 2013' }, says: ['began on 9 February 2013 and'] },
  { file: 'template-end-date.wiki', kind: 'military conflict', fields: { date: 'January 14, 2013 – January 21, 2013' }, says: ['ended on January 21, 2013 when'] },
  { file: 'template-coord.wiki', kind: 'military conflict', fields: { coordinates: '16.26667°N 0.05°W', place: 'Gao, Mali' }, says: ['(16.26667°N 0.05°W)'], omits: ['-0.05'] },
  { file: 'template-nowrap.wiki', kind: 'military conflict', fields: { date: '8 April 2013', casualties2: '12 killed' }, says: ['on 8 April 2013, leaving 12 killed.'] },
  { file: 'template-lang.wiki', kind: 'military operation', title: 'Operation Serval', fields: { objective: 'Halt the advance on Mopti' }, says: ['Operation Serval (opération Serval) was'] },
  { file: 'template-ill.wiki', kind: 'military conflict', fields: { place: 'Konna, Mopti Region' }, links: [['Konna', 'Konna'], ['Sévaré', 'Sévaré (Mali)']], says: ['town of Konna in the Mopti Region, south of Sévaré.'] },
  { file: 'refs.wiki', kind: 'military conflict', fields: { casualties2: '20 killed' }, says: ['destroyed a base. It was hit again two days later. Both strikes were at night.'], omits: ['Example Daily', 'daily'] },
  { file: 'template-efn.wiki', kind: 'military conflict', fields: { casualties1: '3 killed' }, says: ['lasted two days. Three men'], omits: ['interpreter', 'Some sources'] },
  { file: 'template-sfn.wiki', kind: 'military conflict', fields: { result: 'Garrison withdrew' }, says: ['lasted a week. The garrison then withdrew.'], omits: ['Smith', 'Jones', '42'] },
  { file: 'template-citation-needed.wiki', kind: 'military conflict', fields: { casualties2: '8 killed' }, says: ['fought at dawn. Eight rebels died.'], omits: ['citation', 'March 2014'] },
  { file: 'comments.wiki', kind: 'military conflict', title: 'Ambush at Intahaka', fields: { combatant1: 'Malian Armed Forces' }, says: ['struck a supply convoy.'], omits: ['most sources', 'allies', 'talk page', 'Draft section', 'Not ready yet', '"hit"'] },
  {
    file: 'br-in-infobox.wiki',
    kind: 'military conflict',
    fields: { combatant1: 'France · Chad · Malian Armed Forces', casualties2: '100+ killed · 20 captured' },
    links: [['France', 'France'], ['Chad', 'Chad'], ['Malian Armed Forces', 'Malian Armed Forces']],
  },
];

const CASE_TABLE = [...INFOBOX_NAMES, ...KEY_SPELLINGS, ...TEMPLATES];
const MALFORMED: [file: string, what: string, line: number][] = [
  ['malformed-unclosed-template.wiki', 'template', 2],
  ['malformed-unclosed-table.wiki', 'table', 6],
];
const FLAG_EMOJI = /[\u{1F1E6}-\u{1F1FF}]/u;
const linkPairs = (article: Article): [string, string][] => article.links.map((l) => [article.text.slice(l.span.start, l.span.end), l.target]);

describe('readWikitext', () => {
  it('reads a conflict infobox with normalised keys', () => {
    const article = readWikitext("{{Infobox military conflict\n| conflict = Battle of Foo\n| Combatant_1 = [[France]]\n}}\n'''Battle of Foo''' was a battle.", 'foo.wiki');
    expectSpansExact(article);
    expect(article.infobox?.kind).toBe('military conflict');
    expect(article.infobox?.fields.map((f) => f.key)).toEqual(['conflict', 'combatant1']);
  });

  it.each(CASE_TABLE)('reads $file', ({ file, kind, title, fields = {}, labels = {}, links = [], says = [], omits = [] }) => {
    const article = read(file);
    expectSpansExact(article);
    expect(article.infobox?.kind ?? null).toBe(kind);
    if (title !== undefined) expect(article.title).toBe(title);
    const byKey = new Map(article.infobox?.fields.map((f) => [f.key, f]));
    for (const [key, value] of Object.entries(fields)) expect(byKey.get(key)?.value, key).toBe(value);
    for (const [key, label] of Object.entries(labels)) expect(byKey.get(key)?.label, key).toBe(label);
    expect(linkPairs(article)).toEqual(expect.arrayContaining(links));
    for (const words of says) expect(article.text).toContain(words);
    for (const words of omits) expect(article.text).not.toContain(words);
  });

  it.each(CASE_TABLE.map((c) => c.file))('leaves no markup, "undefined" or flag emoji in %s', (file) => {
    const { text } = read(file);
    expect(text).not.toMatch(/\{\{|\}\}|\[\[|\]\]|'''|<ref|<br|<!--|-->|\bundefined\b/);
    expect(text).not.toMatch(FLAG_EMOJI);
  });

  it.each(MALFORMED)('refuses %s: unclosed %s on line %i', (file, what, line) => {
    let thrown: unknown;
    try {
      read(file);
    } catch (error) {
      thrown = error;
    }
    expect(isAnnalsError(thrown) && thrown.code).toBe('malformed');
    expect((thrown as Error).message).toContain(file);
    expect((thrown as Error).message).toContain(`unclosed ${what}`);
    expect((thrown as Error).message).toContain(`line ${line}`);
  });

  it('has a table row for every case file', () => {
    const listed = new Set([...CASE_TABLE.map((c) => c.file), ...MALFORMED.map(([file]) => file), 'export.xml', 'README.md']);
    expect(readdirSync(CASES).filter((file) => !listed.has(file))).toEqual([]);
  });
});

describe('readMediawikiXml', () => {
  it('reads export.xml: 2 articles, the redirect and the ns 4 page skipped', () => {
    const { articles, problems, skipped } = readMediawikiXml(source('export.xml'), 'export.xml');
    expect(problems).toEqual([]);
    expect(skipped).toBe(2);
    expect(articles.map((a) => [a.title, a.source])).toEqual([
      ['Battle of Kerrou Ford', 'export.xml#Battle of Kerrou Ford'],
      ['Raid on Bourem', 'export.xml#Raid on Bourem'],
    ]);
    for (const article of articles) expectSpansExact(article);
    const [kerrou, bourem] = articles;
    expect(kerrou?.infobox?.fields.find((f) => f.key === 'combatant1')?.value).toBe('Kingdom of Segou');
    expect(kerrou?.text).toContain('at a crossing of the Niger River.\n');
    expect(kerrou?.text).not.toMatch(/<ref|Example, p\. 3/);
    expect(bourem?.infobox?.fields.find((f) => f.key === 'date')?.value).toBe('May 5, 2013');
    expect(bourem?.sections.map((s) => s.title)).toEqual(['Aftermath']);
  });
});
