// The peers, each alone over the same texts as the pipeline, timed the same way (best of `rounds`).
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import wtf from 'wtf_wikipedia';

function bestOf(rounds, fn) {
  let fastest = Infinity;
  for (let i = 0; i < rounds; i++) {
    globalThis.gc?.();
    const t0 = process.hrtime.bigint();
    fn();
    fastest = Math.min(fastest, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return fastest;
}

const wink = winkNLP(model);

// chrono's own default (casual English), given a reference date as a caller would.
const REFERENCE = new Date(Date.UTC(2015, 0, 1));

/**
 * Seconds each peer takes over a shape's texts: wtf_wikipedia's parse + `.text()` over the input
 * texts, chrono-node's `parse` over the sentences the pipeline found, compromise's `nlp()` (its
 * tokeniser and tagger) over the article text the pipeline read; and wink-nlp's `readDoc` (which
 * the segment stage runs) over that text too.
 * @example baselineSeconds('wtf', texts, 3)
 */
export function baselineSeconds(peer, texts, rounds) {
  const run = {
    wtf: (t) => wtf(t).text(),
    chrono: (t) => chrono.parse(t, REFERENCE),
    compromise: (t) => nlp(t),
    wink: (t) => wink.readDoc(t).sentences().length(),
  }[peer];
  return bestOf(rounds, () => texts.forEach(run));
}
