import { describe, expect, it } from 'vitest';
import { nameRecognisers, recognise } from '../../../src/recognise/index.js';
import { countryOnlyLexicon } from '../../helpers/countryLexicon.js';
import { sentenceArticle } from '../../helpers/sentenceArticle.js';
import { readPlainText } from '../../../src/read/index.js';
import { segment } from '../../../src/segment/index.js';

const lexicon = countryOnlyLexicon();

function names(sentence: string): string[] {
  const article = recognise(sentenceArticle(sentence), nameRecognisers(lexicon), null);
  return article.mentions.filter((m) => ['actor', 'person', 'place', 'group'].includes(m.kind)).map((m) => article.text.slice(m.span.start, m.span.end));
}

describe('name recognisers do not name', () => {
  it.each([
    ['a capitalised sentence opener', 'Following the strikes, the planes flew eastward.', 'Following'],
    ['a month', 'In March the offensive stalled.', 'March'],
    ['a weekday after a preposition', 'The attack began on Monday.', 'Monday'],
    ['a news agency reporting', 'Reuters reported that the town had fallen.', 'Reuters'],
    ['a quoted title', 'The newspaper The Guardian wrote about it.', 'Guardian'],
    ['a demonym used for a language', 'The leaflets were printed in French.', 'French'],
    ['a bare rank', 'The General resigned.', 'General'],
    ['a title made of titles', 'The UN Secretary General condemned the attack.', 'General'],
    ['a role without a name after it', 'The Deputy Chairman resigned.', 'Chairman'],
    ['a name under a negative determiner', 'An analyst said, "The craters are 10 meters across, ... And each is consistent with the explosion of at least 500 pounds of C4. No Special Forces team is going to drag a ton of C4 to a target".', 'No Special Forces'],
    ["a trade word inside a party's name", "The Kurdistan Workers' Party denied it.", 'Kurdistan Workers'],
    // GOVERNMENT_MATERIEL: "government" names the state's forces only before their arms or acts
    ['a government building', 'Government buildings were looted in Idlib.', 'Government'],
    ['a government official', 'A government official said the town had fallen.', 'government'],
    // Battle_of_Shusha_(1992).txt ("Planning for the military operation began", "the military leaders' plans"): "the army" before a noun modifies it
    ['a military operation', 'Planning for the military operation began in April.', 'the military'],
    ['a military leader', "The military leaders' plans were approved.", 'the military'],
    // 2016_Nagorno-Karabakh_conflict.txt ("recaptured positions around Talysh, On 6 April, news footage …"), own words
    ['a preposition opening a comma-spliced sentence', 'The army retook the hill near Kidal, On 6 April, a video was shown.', 'On'],
  ])('%s', (_case, sentence, word) => {
    expect(names(sentence)).not.toContain(word);
  });

  it('still names the army that acts or owns', () => {
    expect(names("The military launched an offensive, and the army's tanks advanced; the government forces withdrew.")).toEqual(expect.arrayContaining(['the army', 'government forces']));
    expect(names('Later the military launched an offensive.')).toContain('the military');
  });

  it('still names a place after a comma', () => {
    expect(names('The army retook the hill near Kidal, Gao and Timbuktu.')).toEqual(expect.arrayContaining(['Kidal', 'Gao', 'Timbuktu']));
  });

  it('does not make a place of "Islamic State"', () => {
    const article = recognise(sentenceArticle('Fighters of the Islamic State retreated.'), nameRecognisers(lexicon), null);
    expect(article.mentions.some((m) => m.kind === 'place' && article.text.slice(m.span.start, m.span.end) === 'Islamic State')).toBe(false);
  });

  it('does not tie a group noun to a name that only follows it in another clause', () => {
    const article = recognise(sentenceArticle('The rebels withdrew, and Ansar Dine took the town.'), nameRecognisers(lexicon), null);
    const rebels = article.mentions.find((m) => m.kind === 'group');
    expect(rebels && 'aliasOf' in rebels.value ? rebels.value.aliasOf : null).toBeNull();
  });

  it('does not take an acronym in brackets for a definition when the initials do not fit', () => {
    const article = recognise(sentenceArticle('The strike hit the Central Market (UNESCO) on Friday.'), nameRecognisers(lexicon), null);
    expect(article.mentions.filter((m) => m.rule === 'names:acronym')).toEqual([]);
  });
});

describe('"government" before the arms or acts of a state\'s forces names those forces', () => {
  it.each([
    // Battle_of_Rastan_(January–February_2012).txt
    ['On 4 March, seven civilians, including four children, were killed by government shelling.', 'government'],
    // Combat_operations_in_2013_during_the_Battle_of_Aleppo.txt
    ['Several days prior, on 28 January, a government tank reportedly fired a shell into the Kurdish sector of the city.', 'government'],
  ])('%s', (sentence, word) => {
    expect(names(sentence)).toContain(word);
  });
});

// A village's name is a place only where the words say a place is meant (src/recognise/names/chunkNames.ts).
describe('a name the village layer alone knows', () => {
  const villages = countryOnlyLexicon([], ['Diabaly', 'Konna', 'Padar']);
  const placesIn = (sentence: string): string[] => {
    const article = recognise(sentenceArticle(sentence), nameRecognisers(villages), null);
    return article.mentions.filter((m) => m.kind === 'place').map((m) => article.text.slice(m.span.start, m.span.end));
  };
  it.each([
    // Operation_Serval.txt; Lachin_offensive.txt
    ['On 21 January, the Malian military, with the aid of French air support, took possession of Diabaly.', 'Diabaly'],
    ['Islamist forces captured Konna on 10 January.', 'Konna'],
    ['Azerbaijani forces had seized control of Padar in the valley.', 'Padar'],
    // a participle clause tells the taking too (2017_Southern_Raqqa_offensive.txt, "capturing Sabkhawi from ISIS"), own words
    ['The army advanced further, capturing Konna from the jihadists.', 'Konna'],
  ])('is the place taken or struck: %s', (sentence, place) => {
    expect(placesIn(sentence)).toContain(place);
  });
  it.each([
    ['Konna said the town had fallen.', 'Konna'],
    ['The report by Padar was published later.', 'Padar'],
    ['The army kept capturing the attention of Konna.', 'Konna'],
  ])('is no place on its own: %s', (sentence, word) => {
    expect(placesIn(sentence)).not.toContain(word);
  });
});

// Letters after a preposition are a body's, unless the map knows them as a place (src/recognise/names/chunkNames.ts):
// 2017_Southern_Raqqa_offensive.txt "capturing Sabkhawi from ISIS", 2014_Eastern_Syria_offensive.txt "according to SOHR", own words
describe('capital letters after a preposition', () => {
  const kindOf = (sentence: string, word: string, places: string[] = []) => {
    const article = recognise(sentenceArticle(sentence), nameRecognisers(countryOnlyLexicon(places)), null);
    return article.mentions.filter((m) => article.text.slice(m.span.start, m.span.end) === word).map((m) => m.kind);
  };
  it('are no place the map does not know', () => {
    expect(kindOf('The army took the village from ISIL after a week.', 'ISIL')).not.toContain('place');
    expect(kindOf('The monitors spoke to SOHR in the evening.', 'SOHR')).not.toContain('place');
  });
  // 2017_Southern_Raqqa_offensive.txt ("clashes broke out near Resafa between the Syrian Army and the SDF"): GeoNames lists
  // airport codes among a town's names ("SDF"), and the resolver reads no capitals as a town
  it('are no place though the map lists the letters', () => {
    expect(kindOf('The convoy drove to UMM on the coast.', 'UMM', ['UMM'])).not.toContain('place');
    expect(kindOf('Fighting broke out between the army and the SDF near the town.', 'SDF', ['SDF'])).not.toContain('place');
  });
  it('are a side when a fight is between them and another', () => {
    expect(kindOf('Fighting broke out between the army and the SDF near the town.', 'SDF', ['SDF'])).toEqual(['actor']);
    expect(kindOf('The SDF held the town.', 'SDF')).toEqual([]);
  });
  // 2017_Southern_Raqqa_offensive.txt ("a Syrian Air Force Su-22M4, over airstrikes carried out by the SAF"), own words
  it('are the actor they abbreviate earlier in the same sentence', () => {
    expect(kindOf('A jet of the Syrian Air Force was lost after strikes by the SAF on the town.', 'SAF')).toEqual(['actor']);
    expect(kindOf('A jet was lost after strikes by the SAF on the town.', 'SAF')).toEqual([]);
  });
});

// An acronym of an actor named before it is that actor, whatever town its letters also spell
// (src/recognise/names/chunkNames.ts; "FSA" is a place name the gazetteer knows).
describe('an acronym of an actor named earlier', () => {
  const withFsa = countryOnlyLexicon(['FSA']);
  const kindsOf = (sentence: string) => {
    const article = recognise(sentenceArticle(sentence), nameRecognisers(withFsa), null);
    return article.mentions.filter((m) => article.text.slice(m.span.start, m.span.end) === 'FSA').map((m) => m.kind);
  };
  it('is an actor', () => {
    expect(kindsOf('The Free Syrian Army attacked the town. Later the FSA captured it.')).toEqual(['actor']);
  });
  it('and so is the same acronym named as an actor before, whatever it stands for', () => {
    // an infobox's side "YPG" (the Kurdish initials of the People's Protection Units), then the prose's
    const text = "= Test article =\n\nInfobox\n- Combatant1: YPG\n\nLater the YPG captured the town.\n";
    const article = recognise(segment(readPlainText(text, 'test.txt')), nameRecognisers(countryOnlyLexicon(['YPG'])), null);
    expect(article.mentions.filter((m) => m.sentence !== null && article.text.slice(m.span.start, m.span.end) === 'YPG').map((m) => m.kind)).toEqual(['actor']);
  });
  it('but nothing with no such actor before it (capitals are never a town)', () => {
    expect(kindsOf('Fighting reached FSA on Monday.')).toEqual([]);
  });
});

// A sentence's first word the tagger reads as a verb ("Tell", "Khan") opens a place the article named
// (src/recognise/names/_chunks.ts).
describe('a sentence opening with a place already named', () => {
  const placesIn = (text: string) => {
    const article = recognise(segment(readPlainText(text, 'test.txt')), nameRecognisers(countryOnlyLexicon(['Tell Abyad'])), null);
    return article.mentions.filter((m) => m.kind === 'place' && m.sentence !== null).map((m) => article.text.slice(m.span.start, m.span.end));
  };
  it('reads the whole name', () => {
    expect(placesIn('= Test article =\n\nInfobox\n- Place: Tell Abyad, Syria\n\nTell Abyad was then captured on 16 June 2015.\n')).toEqual(['Tell Abyad']);
  });
  it('but not an opener the article never named as a place', () => {
    expect(placesIn('= Test article =\n\nInfobox\n- Place: Kobani, Syria\n\nTell Abyad was then captured on 16 June 2015.\n')).not.toContain('Tell Abyad');
  });
});
