import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factsOf } from '../../src/assemble/_facts.js';
import { reportedFamilies } from '../../src/assemble/_detect.js';
import { TRIGGER_ENTRIES, TRIGGER_FORMS, nounForms, verbForms } from '../../src/assemble/lexicon/index.js';
import { resolvedText } from '../helpers/assembleText.js';

/** The trigger families a sentence is read to report, after every check. */
function families(sentence: string): string[] {
  const facts = factsOf(resolvedText(sentence));
  return facts.article.sentences.flatMap((_s, i) => reportedFamilies(facts, i));
}

describe('the trigger lexicon: every family fires on its corpus example', () => {
  it.each(TRIGGER_ENTRIES.map((e) => [e.family, e.example.text] as const))('%s: %s', (family, text) => {
    expect(families(text)).toContain(family);
  });
});

describe('the trigger lexicon: no family fires on its counter-example', () => {
  it.each(TRIGGER_ENTRIES.map((e) => [e.family, e.counter.text] as const))('%s: %s', (family, text) => {
    expect(families(text)).not.toContain(family);
  });
});

const CORPUS = new URL('../../fixtures/corpus/', import.meta.url);

/** Text as compared with the corpus: Markdown links as their words, no emphasis markers, one space for any run of white space. */
function corpusNormalised(text: string): string {
  let out = text;
  for (let prev = ''; prev !== out; ) {
    prev = out;
    out = out.replace(/\[([^[\]]*)\]\((?:[^()\s]|\([^()\s]*\))*\)/g, '$1');
  }
  return out.replace(/[*_]/g, '').replace(/\s+/g, ' ').trim();
}

const corpusTexts = new Map<string, string>();

/** The cited article's text, normalised; empty when fixtures/corpus holds no such file. */
function corpusText(source: string): string {
  let text = corpusTexts.get(source);
  if (text === undefined) {
    const url = new URL(source, CORPUS);
    text = existsSync(url) ? corpusNormalised(readFileSync(url, 'utf8')) : '';
    corpusTexts.set(source, text);
  }
  return text;
}

describe('the trigger lexicon: every example and counter-example is a real sentence of its cited article', () => {
  const cases = TRIGGER_ENTRIES.flatMap((e) => [
    [e.family, 'example', e.example.source, e.example.text] as const,
    [e.family, 'counter', e.counter.source, e.counter.text] as const,
  ]);
  it.each(cases)('%s %s: %s', (_family, _kind, source, text) => {
    const sentence = corpusNormalised(text);
    expect(sentence.length > 0 && corpusText(source).includes(sentence), `not a sentence of fixtures/corpus/${source}`).toBe(true);
  });
});

describe('the trigger lexicon as data', () => {
  it('cites a corpus file for every example', () => {
    for (const e of TRIGGER_ENTRIES) expect([e.family, e.example.source, e.counter.source].every((s) => s.length > 0)).toBe(true);
  });

  it('names each family once', () => {
    const names = TRIGGER_ENTRIES.map((e) => e.family);
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives each written form one family for each part of speech', () => {
    const owners = new Map<string, string>();
    for (const forms of TRIGGER_FORMS.values()) {
      for (const f of forms) {
        const key = `${f.pos}:${f.words.join(' ')}`;
        expect([key, owners.get(key) ?? f.entry.family]).toEqual([key, f.entry.family]);
        owners.set(key, f.entry.family);
      }
    }
  });
});

describe('word forms', () => {
  it.each([
    ['shell', ['shell', 'shells', 'shelled', 'shelling']],
    ['seize', ['seize', 'seizes', 'seized', 'seizing']],
    ['occupy', ['occupy', 'occupies', 'occupied', 'occupying']],
    ['ambush', ['ambush', 'ambushes', 'ambushed', 'ambushing']],
    ['rob:robbed', ['rob', 'robs', 'robbed', 'robbing']],
    ['repel:repelled', ['repel', 'repels', 'repelled', 'repelling']],
    ['take over:took,taken', ['take over', 'takes over', 'took over', 'taken over', 'taking over']],
  ])('verb %s', (written, forms) => {
    expect(verbForms(written)).toEqual(forms);
  });

  it.each([
    ['clash', ['clash', 'clashes']],
    ['casualty', ['casualty', 'casualties']],
    ['fighting:-', ['fighting']],
    ['exchange of fire:exchanges of fire', ['exchange of fire', 'exchanges of fire']],
  ])('noun %s', (written, forms) => {
    expect(nounForms(written)).toEqual(forms);
  });
});
