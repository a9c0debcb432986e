import { describe, expect, it } from 'vitest';
import { factsOf } from '../../src/assemble/_facts.js';
import { mentionsIn } from '../../src/assemble/_mentions.js';
import { resolvedText } from '../helpers/assembleText.js';

/** The families and frames of the mentions in a one-sentence article. */
function mentioned(sentence: string): string[] {
  const facts = factsOf(resolvedText(sentence));
  return facts.article.sentences.flatMap((_s, i) => mentionsIn(facts, i)).map((m) => `${m.entry.family}:${m.frame}`);
}

// A weak trigger ("killed") is listed beside the others; detecting the events decides whether it tells one.
describe('mentionsIn', () => {
  it.each([
    ['a verb', 'On 13 January 2013, French planes bombed the city of Gao.', ['air-strike:verb']],
    ['a noun that took place', 'Heavy fighting took place on the outskirts of the town of Taftanaz, killing 20 people.', ['clash:occurrence', 'kill:verb']],
    // "to capture" is the offensive's aim, not a capture
    ['a noun launched', 'On 17 October, the rebels launched an offensive to capture the town of Harem.', ['attack:support']],
    ['a noun that killed', 'During the clashes, an air strike hit a heavy concentration of rebels, killing 18 fighters.', ['air-strike:occurrence', 'kill:verb']],
    ['the cause of deaths', 'On 1 March, over 70 Ukrainian troops were killed during an attack on a military barracks in Sumy.', ['kill:verb', 'attack:harm']],
    ['a circumstance', 'Russian forces reportedly entered Melitopol amid heavy clashes.', ['enter:verb', 'clash:circumstance']],
    ['a noun with its own arguments', 'An attack by ISIL militants on a checkpoint from outside Sirte killed 3 soldiers.', ['attack:occurrence']],
    ['an -ing verb with an object', 'The Russians began shelling Hadrut with heavy artillery.', ['shelling:verb']],
    ['a repelled attack, told by its noun', 'Ukrainian forces repelled a Russian attack on the town on 26 April.', ['attack:support']],
  ])('%s', (_case, sentence, expected) => {
    expect(mentioned(sentence)).toEqual(expected);
  });
});

// Battle_of_Khirbet_Al-Joz.txt ("the FSA launched an attack on the government occupied village of Kherbet Eljoz"), own words
describe('mentionsIn: a participle between a holder and the place it holds', () => {
  it('is an adjective', () => {
    expect(mentioned('On 6 May 2013, the rebels attacked the government occupied village of Binnish.')).toEqual(['attack:verb']);
  });
  it.each([
    'On 6 May 2013, the government occupied the village of Binnish.',
    'On 6 May 2013, the SDF captured villages near Binnish.',
    'On 6 May 2013, the rebels captured villages near Binnish.',
  ])('while a subject taking places acts: %s', (sentence) => {
    expect(mentioned(sentence)).toEqual(['capture:verb']);
  });
});

describe('mentionsIn: no mention from', () => {
  it.each([
    ['a participle as an adjective', 'Two captured soldiers were paraded in Raqqa.'],
    ['a name', 'The Battle of Harem was a battle of the Syrian civil war.'],
    ['a modifier', 'The army deployed attack helicopters over the area.'],
    // Battle_of_Sumy.txt ("Ukrainian Baykar Bayraktar TB2 unmanned combat aerial vehicles destroyed many Russian vehicles"), own words
    ['a modifier before an adjective of its head', 'On 28 February, the army claimed that Turkish unmanned combat aerial vehicles had flown over the area.'],
    ['a campaign named after a place', 'The town fell during the Northeastern Ukraine offensive.'],
  ])('%s', (_case, sentence) => {
    expect(mentioned(sentence).filter((m) => !m.startsWith('capture'))).toEqual([]);
  });
});
