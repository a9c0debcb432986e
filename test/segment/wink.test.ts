import { describe, expect, it } from 'vitest';
import { readPlainText } from '../../src/read/index.js';
import { freshWink, segment, segmentStretch } from '../../src/segment/index.js';

// wink-nlp keeps a word it has once kept whole ("Lebanon's," before a comma) whole ever after: the
// same bytes must still give the same tokens whatever was read before them (issue 17). The first text
// is our own, shaped as the corpus sentence that showed it; the second is from Battle of al-Qusayr (2013).
const EARLIER = "The closure of the crossing would hurt Lebanon's, Syria's and Jordan's trade.";
const LATER = "At the end of the day, Lebanon's al-Manar TV, owned by Hezbollah, reported government forces had captured the town.";
const LATER_WORDS = ['At', 'the', 'end', 'of', 'the', 'day', ',', 'Lebanon', "'s", 'al', '-', 'Manar', 'TV', ','];

const wordsOf = (text: string, nlp = freshWink()): string[] => nlp.readDoc(text).tokens().out(nlp.its.value) as string[];
const stretchWords = (text: string): string[] => segmentStretch(text, { start: 0, end: text.length }).flatMap((s) => (s.tokens ?? []).map((t) => text.slice(t.span.start, t.span.end)));
const article = (title: string, prose: string) => readPlainText(`= ${title} =\n\n${prose}\n`, `${title}.txt`);

describe('freshWink', () => {
  it('keeps what it learns within one text: a word kept whole before a comma stays whole after it', () => {
    const nlp = freshWink();
    wordsOf(EARLIER, nlp);
    expect(wordsOf(LATER, nlp).slice(0, 9)).toEqual(['At', 'the', 'end', 'of', 'the', 'day', ',', "Lebanon's", 'al']);
  });

  it('reads the next text as a new instance would, whatever the last one taught it', () => {
    wordsOf(EARLIER);
    expect(wordsOf(LATER).slice(0, LATER_WORDS.length)).toEqual(LATER_WORDS);
  });

  it('is a new instance once it has learned more than it can forget, and still reads as one', () => {
    // 4,096 words of as many new two-letter beginnings: over half the room wink's packed lexicon leaves them
    const letters = [...'абвгдежзийклмнопрстуфхцчшщыэюяαβγδεζηθικλμνξοπρστυφχψωաբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ'];
    const words = letters.flatMap((a) => letters.map((b) => `${a}${b}ka`)).slice(0, 4096);
    const before = freshWink();
    wordsOf(words.join(' '), before);
    const after = freshWink();
    expect(after).not.toBe(before);
    expect(wordsOf(LATER, after).slice(0, LATER_WORDS.length)).toEqual(LATER_WORDS);
  });
});

describe('the same text gives the same tokens after any other', () => {
  it('segmentStretch, a stretch alone (an infobox value)', () => {
    const alone = stretchWords(LATER);
    stretchWords(EARLIER);
    expect(stretchWords(LATER)).toEqual(alone);
    expect(alone.slice(0, LATER_WORDS.length)).toEqual(LATER_WORDS);
  });

  it('segment, an article after another', () => {
    // words no other case here has taught the process's instance
    const later = article('2019 Turkish offensive', "Turkey's army crossed into Syria's north on 9 October.");
    const alone = segment(later).sentences;
    segment(article('Operation Peace Spring', "The offensive was Turkey's, and Syria's."));
    expect(segment(later).sentences).toEqual(alone);
    expect(alone[0]?.tokens).toHaveLength(12);
  });
});
