import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/model/index.js';
import { readArticles } from '../../src/read/index.js';
import { nameRecognisers, recognise } from '../../src/recognise/index.js';
import { resolveNames } from '../../src/resolve/names.js';
import { segment } from '../../src/segment/index.js';
import { countryOnlyLexicon } from '../helpers/countryLexicon.js';
import { ARTICLE_FIXTURES, FIXTURES } from '../helpers/fixtures.js';
import { sentenceArticle } from '../helpers/sentenceArticle.js';

const lexicon = countryOnlyLexicon();

async function entitiesOf(file: string): Promise<Entity[]> {
  const { articles } = await readArticles(readFileSync(join(ARTICLE_FIXTURES, file)), file);
  const [article] = articles;
  if (!article) throw new Error(`no article in ${file}`);
  return resolveNames(recognise(segment(article), nameRecognisers(lexicon), null), lexicon).entities;
}

/** The armed groups the names of one sentence resolve to. */
const armedGroups = (sentence: string): Entity[] =>
  resolveNames(recognise(sentenceArticle(sentence), nameRecognisers(lexicon), null), lexicon).entities.filter((e) => e.kind === 'armed_group');
const names = (e: Entity): string[] => [e.name, ...e.aliases.map((a) => a.text)].map((n) => n.toLowerCase());

interface GoldEntity {
  name: string;
  kind: string;
  aliases: string[];
}

describe('resolveNames on the seed, against its gold entities', async () => {
  const gold = JSON.parse(readFileSync(join(FIXTURES, 'gold', 'Bombardment_of_Gao.gold.json'), 'utf8')) as { entities: GoldEntity[] };
  const entities = await entitiesOf('Bombardment_of_Gao.txt');
  const wanted = gold.entities.filter((g) => g.name !== 'Menaka');

  it.each(wanted.map((g) => [g.name, g]))('finds %s with its kind and every alias', (_name, g) => {
    const entity = entities.find((e) => names(e).includes(g.name.toLowerCase()) || g.aliases.some((a) => names(e).includes(a.toLowerCase())));
    expect(entity, g.name).toBeDefined();
    expect(entity?.kind).toBe(g.kind);
    for (const alias of g.aliases.filter((a) => !/^(Menaka|Tombouctou|Ndjamena)$/.test(a))) expect(names(entity as Entity)).toContain(alias.toLowerCase());
  });

  it('gives every alias the words it came from', () => {
    const { text } = readArticleText('Bombardment_of_Gao.txt');
    for (const entity of entities) for (const alias of entity.aliases) expect(text.slice(alias.span.start, alias.span.end)).toBe(alias.text);
  });

  it('affiliates the defense minister to France and keeps his role', () => {
    const person = entities.find((e) => e.name === 'Jean-Yves Le Drian');
    const france = entities.find((e) => e.name === 'France');
    expect(person?.role).toBe('defense minister');
    expect(person?.affiliation).toBe(france?.id);
  });

  it('ties "jihadists" to MOJWA and "Tuareg rebels" to MNLA, but not the untied "rebels"', () => {
    const mojwa = entities.find((e) => e.name === 'MOJWA');
    const mnla = entities.find((e) => e.name === 'MNLA');
    expect(names(mojwa as Entity)).toContain('jihadists');
    expect(names(mnla as Entity)).toContain('tuareg rebels');
    expect(names(mojwa as Entity)).not.toContain('rebels');
  });
});

function readArticleText(file: string): { text: string } {
  return { text: readFileSync(join(ARTICLE_FIXTURES, file), 'utf8') };
}

describe('resolveNames merges by evidence', () => {
  it.each([
    ['an undefined acronym and the long form it abbreviates', 'The Free Syrian Army attacked the town. Later FSA rebels withdrew.', 'Free Syrian Army', 'FSA rebels'],
    ['a demonym and the country', 'Russian forces shelled the town. Russia denied it.', 'Russia', 'Russian forces'],
    ['a surname and the full name', 'Defence Minister Zakir Hasanov spoke. Later Hasanov resigned.', 'Zakir Hasanov', 'Hasanov'],
    // Battle_of_Harem.txt: a caption's "FSA soldiers on a truck" comes before the side's "Free Syrian Army"
    ['an acronym met before the long form its initials spell', 'The FSA attacked the town. Later the Free Syrian Army withdrew.', 'FSA', 'Free Syrian Army'],
    // Battle_of_Mosul_(2016–2017).txt: a bracketed acronym that begins with the name's initials defines it
    ['a name defined by a longer acronym in brackets', 'The city was seized by the Islamic State (ISIL), which had held it since June. Later Islamic State fighters withdrew.', 'ISIL', 'Islamic State fighters'],
  ])('%s', (_case, sentence, name, alias) => {
    const entities = resolveNames(recognise(sentenceArticle(sentence), nameRecognisers(lexicon), null), lexicon).entities;
    expect(names(entities.find((e) => e.name === name) as Entity)).toContain(alias.toLowerCase());
  });

  // own words: outside brackets a longer acronym is no name whose initials it begins with ("ISF" is Iraq's, not the Islamic State's)
  it('never takes a longer acronym for a name outside a bracketed definition', () => {
    const entities = resolveNames(recognise(sentenceArticle('The Islamic State attacked the town. Later the ISF withdrew.'), nameRecognisers(lexicon), null), lexicon).entities;
    expect(entities.find((e) => e.name === 'Islamic State')?.aliases.map((a) => a.text)).not.toContain('ISF');
  });

  it('never takes an acronym for a long form whose initials are not exactly its letters', () => {
    // Operation_Serval.txt: "RICM" and "the 1st Marine Infantry Regiment" are two French units
    const entities = resolveNames(recognise(sentenceArticle('RICM troops arrived. The 1st Marine Infantry Regiment withdrew.'), nameRecognisers(lexicon), null), lexicon).entities;
    expect(entities.find((e) => e.name === 'RICM')?.aliases.map((a) => a.text)).not.toContain('1st Marine Infantry Regiment');
  });

  it('names an untied group noun one way, whatever form came first', () => {
    expect(armedGroups('Rebel units attacked the town. The rebels withdrew. A rebel commander was killed.').map((g) => g.name)).toEqual(['rebels']);
  });

  it('never merges two named groups on a shared group noun', () => {
    const sentence = 'Ansar Dine fighters attacked. MOJWA fighters withdrew.';
    const entities = resolveNames(recognise(sentenceArticle(sentence), nameRecognisers(lexicon), null), lexicon).entities;
    const groups = entities.filter((e) => e.kind === 'armed_group');
    expect(new Set(groups.map((g) => g.id)).size).toBeGreaterThanOrEqual(2);
  });
});

describe('resolveNames: the conflict country', () => {
  it("is the one whose demonym leads the actors when the article never names a country", () => {
    const sentence = 'The Syrian Army shelled the town. Syrian rebels withdrew. At least 18 regular soldiers were killed.';
    const entities = resolveNames(recognise(sentenceArticle(sentence), nameRecognisers(lexicon), null), lexicon).entities;
    expect(names(entities.find((e) => e.kind === 'state') as Entity)).toContain('regular soldiers');
  });
});

describe('resolveNames keeps a title written before the name', () => {
  const entitiesIn = (sentence: string) => resolveNames(recognise(sentenceArticle(sentence), nameRecognisers(lexicon), null), lexicon).entities;

  it('as part of the alias, not alone: "General Lecointre", never "General"', () => {
    const person = entitiesIn('On the same day, General François Lecointre gave an assessment.').find((e) => e.kind === 'person');
    expect(person?.name).toBe('François Lecointre');
    expect(names(person as Entity)).toContain('general françois lecointre');
    expect(names(person as Entity)).not.toContain('general');
  });

  it('and a role in lower case as a role: "French defense minister"', () => {
    const person = entitiesIn('French defense minister Jean-Yves Le Drian stated that the camps were destroyed.').find((e) => e.kind === 'person');
    expect(names(person as Entity)).toContain('french defense minister');
  });

  it('reads a role in apposition before the name: "the Minister of the Armed Forces, Florence Parly,"', () => {
    const person = entitiesIn('On November 2, the French Minister of the Armed Forces, Florence Parly, announced the toll.').find((e) => e.kind === 'person');
    expect(person?.name).toBe('Florence Parly');
    expect(person?.role).toBe('Minister of the Armed Forces');
    expect(person?.affiliation).toBeDefined();
  });
});

describe('resolveNames: a group that leads a state\'s forces is one of its units', () => {
  const entitiesIn = (sentence: string) => resolveNames(recognise(sentenceArticle(sentence), nameRecognisers(lexicon), null), lexicon).entities;

  it('"Syrian Army forces led by the elite Tiger Forces" (Deir_ez-Zor_offensive_(September–November_2017).txt)', () => {
    const entities = entitiesIn('The next day, Syrian Army forces led by the elite Tiger Forces crossed the Euphrates and attacked Saqr island from its western flank.');
    const tiger = entities.find((e) => e.name === 'Tiger Forces');
    expect(tiger?.kind).toBe('military_unit');
    expect(tiger?.affiliation).toBe(entities.find((e) => e.kind === 'state')?.id);
  });

  it('but not a group that leads rebels (Raqqa_campaign_(2012–2013).txt)', () => {
    const entities = entitiesIn('On 6 March 2013, rebel forces led by the al-Nusra Front fully captured the city of Raqqa.');
    const nusra = entities.find((e) => /Nusra/.test(e.name));
    expect(nusra?.kind).toBe('armed_group');
    expect(nusra?.affiliation).toBeNull();
  });
});

describe('resolveNames: a demonym before force words is the state', () => {
  const kindOf = (sentence: string, name: RegExp) => resolveNames(recognise(sentenceArticle(sentence), nameRecognisers(lexicon), null), lexicon).entities.find((e) => name.test(e.name))?.kind;

  it.each([
    // 2019_Turkish_offensive_into_north-eastern_Syria.txt: a movement named after the nation is no state
    ['On 10 October 2019, the Syrian National Army attacked the village of Tal Halaf.', /Syrian National Army/, 'armed_group'],
    // Battle_of_Konotop_(2022).txt: kinds of troops in lower case are the state's forces
    ['On 24 February, a mixed Russian column of up to 300 vehicles approached Konotop, before engaging Ukrainian mechanized units.', /Ukrain/, 'state'],
    // Battle_of_Antonov_Airport.txt: the national guard is the state's
    ['Russian spetsnaz captured some members of the Ukrainian National Guard and were wearing their uniforms.', /Ukrain/, 'state'],
    // Battle_of_Moshchun.txt ("the Armed Forces of Ukraine completely liberated the village of Moshchun"): force words of a country
    ['On 21 March 2022, the Armed Forces of Ukraine liberated the village.', /Ukrain/, 'state'],
    ['On 21 March 2022, the Army of Islam liberated the village.', /Islam/, 'armed_group'],
  ])('%s', (sentence, name, kind) => {
    expect(kindOf(sentence, name)).toBe(kind);
  });
});

describe('resolveNames: the fighters, forces and positions of a group noun are the group', () => {
  it('"rebel positions" and "rebel fighters" are one actor (Battle_of_Harem.txt)', () => {
    const entities = resolveNames(recognise(sentenceArticle('On 5 November, Syrian warplanes attacked rebel positions around Harem, resulting in the deaths of 20 rebel fighters.'), nameRecognisers(lexicon), null), lexicon).entities;
    const rebels = entities.filter((e) => e.kind === 'armed_group');
    expect(rebels).toHaveLength(1);
    expect(names(rebels[0] as Entity)).toEqual(expect.arrayContaining(['rebel positions', 'rebel fighters']));
  });

  // Battle_of_Taftanaz.txt ("opposition fighters"), Battle_of_Azaz_(2012).txt ("rebel groups"), Battle_of_al-Qusayr_(2012).txt:
  // the armed opposition and its groups are the rebels, as analysts code them
  it('"opposition fighters", "armed opposition groups" and "rebel groups" are the rebels', () => {
    const sentence = 'On 5 April, opposition fighters attacked the town. Armed opposition groups withdrew. Rebel groups returned. The rebels held it.';
    expect(armedGroups(sentence).map((g) => g.name)).toEqual(['rebels']);
  });

  // Battle_of_Damascus_(2012).txt ("opposition activists"), own words for "opposition-held": no armed group
  it('"opposition activists" and "opposition-held" areas name no armed group', () => {
    expect(armedGroups('The army shelled opposition-held areas, according to opposition activists.')).toEqual([]);
  });
});

describe('resolveNames: a group named as a branch of a state\'s forces is one of its units', () => {
  const entitiesIn = (sentence: string) => resolveNames(recognise(sentenceArticle(sentence), nameRecognisers(lexicon), null), lexicon).entities;
  const stateOf = (entities: Entity[], name: string) => entities.find((e) => e.id === entities.find((u) => u.name === name)?.affiliation)?.name;

  it.each([
    // Battle_of_Antonov_Airport.txt, Battle_of_Mosul_(2016–2017).txt (shortened, each with its state named before)
    ['Russian forces attacked. Russian Airborne Forces attempted to capture the airport.', 'Russian Airborne Forces', 'Russia'],
    ['Iraqi forces attacked. Iraqi Federal Police also captured the road.', 'Iraqi Federal Police', 'Iraq'],
  ])('%s', (sentence, unit, state) => {
    const entities = entitiesIn(sentence);
    expect(entities.find((e) => e.name === unit)?.kind).toBe('military_unit');
    expect(stateOf(entities, unit)).toBe(state);
  });

  // 2016_Aleppo_summer_campaign.txt: a word between that no state branch has makes it a group of its own
  it('but not "Syrian Democratic Forces"', () => {
    const entities = entitiesIn('Syrian forces attacked. The Syrian Democratic Forces captured the village.');
    expect(entities.find((e) => e.name === 'Syrian Democratic Forces')?.affiliation ?? null).toBeNull();
  });
});

// Siege_of_Kobanî.txt (own words, its order): "YPG fighters" are told before the first bare "YPG"
describe('resolveNames: a group noun led by an acronym is the actor the acronym names anywhere in the article', () => {
  it('On 26 September, YPG fighters withdrew from the hill. On 27 September, the YPG attacked ISIL positions.', () => {
    const groups = armedGroups('On 26 September, YPG fighters withdrew from the hill. On 27 September, the YPG attacked ISIL positions.').filter((g) => /YPG/.test(g.name));
    expect(groups.map((g) => [g.name, ...g.aliases.map((a) => a.text)])).toEqual([['YPG', 'YPG', 'YPG fighters']]);
  });
});

// Battle_of_Idlib_(2015).txt ("two fighters from Jund al-Aqsa blew themselves up"), Siege_of_Kobanî.txt ("fighters from the Islamic
// State of Iraq and the Levant"); own words for a town: fighters "from" a group are that group's, from a town no group's
describe('resolveNames: fighters from a named group are that group', () => {
  it('two fighters from Jund al-Aqsa blew themselves up; fighters from the Islamic State of Iraq and the Levant attacked', () => {
    const groups = armedGroups('Later that day, two fighters from Jund al-Aqsa blew themselves up. Then fighters from the Islamic State of Iraq and the Levant attacked.');
    expect(groups.map((g) => g.name).sort()).toEqual(['Islamic State of Iraq and the Levant', 'Jund al-Aqsa']);
  });

  it('but fighters from a town are no group of that name', () => {
    expect(armedGroups('Fighters from Raqqa attacked the hill.').map((g) => g.name)).toEqual(['fighters']);
  });
});

// March_2020_Daraa_clashes.txt ("Anti-government fighters attacked and seized an army checkpoint"), Combat_operations_in_2015_during_the_Battle_of_Aleppo.txt
// ("government fighters launched a counter-attack"): each side named by its stance to the government
describe('resolveNames: anti-government fighters are the rebels, government fighters the state', () => {
  const entitiesIn = (sentence: string) => resolveNames(recognise(sentenceArticle(sentence), nameRecognisers(lexicon), null), lexicon).entities;
  it('Anti-government fighters seized a checkpoint in Syria. Later government fighters launched a counter-attack.', () => {
    const entities = entitiesIn('Anti-government fighters seized a checkpoint in Syria. Later government fighters launched a counter-attack.');
    const holder = (alias: string) => entities.find((e) => e.aliases.some((a) => a.text === alias));
    expect([holder('Anti-government fighters')?.name, holder('government fighters')?.kind]).toEqual(['rebels', 'state']);
  });
});

describe('resolveNames: a unit named as an actor\'s ("X\'s 9th Division", "the 15th Brigade of X") takes its side', () => {
  const entitiesIn = (sentence: string) => resolveNames(recognise(sentenceArticle(sentence), nameRecognisers(lexicon), null), lexicon).entities;
  const sideOf = (sentence: string, unit: string) => {
    const entities = entitiesIn(sentence);
    return entities.find((e) => e.id === entities.find((u) => u.name === unit)?.affiliation)?.name ?? null;
  };

  it.each([
    // Battle_of_Mosul_(2016–2017).txt: the owner before, with its "'s"
    ["On 3 November, the Iraqi Army's 9th Armored Division was reported to have entered the neighborhood of al-Intisar.", '9th Armored Division', 'Iraq'],
    // Battle_of_Al-Shaykh_Maskin_(2015–2016).txt: the owner after, by "of", down a chain of units
    ['Early on 27 December, the 15th Brigade of the 5th Armoured Division of the Syrian Army launched the operation to capture the town.', '15th Brigade', 'Syria'],
    // Idlib_Governorate_clashes_(January–March_2017).txt: a group's unit is the group's
    ["The Free Idlib Army's 13th Division and the Free Police joined the fighting on 8 June.", '13th Division', 'Free Idlib Army'],
  ])('%s', (sentence, unit, side) => {
    expect(sideOf(sentence, unit)).toBe(side);
  });

  it.each([
    // Qaboun_offensive_(2017).txt: a state force named only by its title tells no state
    ['At the end of March, the 105th Brigade of the Republican Guard seized some 10 buildings.', '105th Brigade'],
    // own words: a town is no owner, nor an actor told further away
    ['On 5 May, the 9th Division of Mosul was reported to have advanced.', '9th Division'],
    ["Russia's claims that the 4th Brigade advanced were denied.", '4th Brigade'],
  ])('but not %s', (sentence, unit) => {
    expect(sideOf(sentence, unit)).toBeNull();
  });
});
