import winkNLP, { type WinkMethods } from 'wink-nlp';
import { coreModel, winkModel } from './_winkModel.js';

// wink-nlp learns as it reads: every word its lexicon lacks is added to the lexicon of the model it
// was made from, and a learned word is then kept whole where an unknown one is split. Once one text
// has had "Lebanon's," (kept whole before the comma), "Lebanon's al-Manar TV" in any later text is one
// token instead of "Lebanon" + "'s", and "Lebanon" is no longer a place there: with one instance for a
// whole run, an article's records depended on the articles read before it (issue 17). A new instance
// per text costs ~5 ms and its garbage (the corpus took up to 50% more CPU), so the one instance
// forgets instead: what it learned is taken out of its lexicon before each new text.

/** A feature of wink's core model that reading adds to: its values, and the index of each. */
interface Learnable {
  list: unknown[];
  hash: Record<string, number>;
  /** The largest index its bits in a packed lexeme can hold (prefix, suffix, shape). */
  maxIndex?: number;
}

/** What wink's core model holds per feature; the learnable ones have a hash. */
interface CoreModel {
  features: Record<string, Partial<Learnable>>;
}

interface Reader {
  nlp: WinkMethods;
  learnable: Learnable[];
  /** Each feature's own values: indices below stay. */
  own: number[];
  /** Each feature's length when the reader last forgot: values from there on are learned. */
  kept: number[];
}

// A learned value keeps its index when forgotten (wink's packed lexicon of learned words is indexed by
// it), so indices grow with every text. From 1,050,000 on wink's NER machines read indices as codes of
// their own, and a packed feature overflows its bits past `maxIndex`: a new instance long before either
// gives every index what a new instance would, and keeps the learned lexicon's memory bounded.
const LEARNED_LEXEMES = 300_000;

const PIPE = ['sbd', 'pos'];

let reader: Reader | null = null;
let metaCER: unknown = null;
let model: ReturnType<typeof winkModel> | null = null;

function newReader(): Reader {
  // decoded here, not by wink, to keep hold of the features the instance will add to
  const parts = (model ??= winkModel());
  const core = coreModel() as CoreModel;
  const nlp = winkNLP(
    {
      ...parts,
      core: () => core,
      // wink-eng-lite-web-model's loader re-encodes this JSON on every call, doubling it each time: load it once
      metaCER: () => (metaCER ??= (parts.metaCER as () => unknown)()),
    },
    // only what segmentStretch reads (tokens, sentences, parts of speech): named entities, negation
    // and sentiment ran on every token for nothing, and neither changes tokens, sentences or tags
    PIPE,
  );
  const learnable = Object.values(core.features).filter((f): f is Learnable => f.hash !== undefined && f.list !== undefined);
  const own = learnable.map((f) => f.list.length);
  return { nlp, learnable, own, kept: [...own] };
}

function spent(r: Reader): boolean {
  return r.learnable.some((f, i) => {
    const learned = f.list.length - (r.own[i] ?? 0);
    return learned > (f.maxIndex === undefined ? LEARNED_LEXEMES : (f.maxIndex - (r.own[i] ?? 0)) / 2);
  });
}

function forget(r: Reader): void {
  r.learnable.forEach((f, i) => {
    for (let k = r.kept[i] ?? f.list.length; k < f.list.length; k++) Reflect.deleteProperty(f.hash, String(f.list[k]));
    r.kept[i] = f.list.length;
  });
}

/**
 * The process's wink-nlp instance with nothing learned: what it reads next is split and tagged as a
 * new instance would. Valid until the next call, which forgets what this text taught it.
 * @example const nlp = freshWink(); nlp.readDoc("At the end of the day, Lebanon's al-Manar TV reported…")
 */
export function freshWink(): WinkMethods {
  if (!reader || spent(reader)) reader = newReader();
  else forget(reader);
  return reader.nlp;
}
