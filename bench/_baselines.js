// The peers, each alone over the same texts as the pipeline.
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import wtf from 'wtf_wikipedia';

const wink = winkNLP(model);
// chrono's own default (casual English), given a reference date as a caller would.
const REFERENCE = new Date(Date.UTC(2015, 0, 1));

const PEERS = {
  // wtf_wikipedia's bare parse and its plain text, over the input as given
  wtf: (text) => wtf(text).text(),
  // chrono-node's default parser over one sentence the pipeline found
  chrono: (sentence) => chrono.parse(sentence, REFERENCE),
  // compromise's tokeniser and tagger over the article text the pipeline read
  compromise: (text) => nlp(text),
  // wink-nlp's readDoc (what the segment stage runs) over the article text
  wink: (text) => wink.readDoc(text).sentences().length(),
};

/**
 * Seconds one peer takes over some texts.
 * @example peerSeconds('wtf', [wikitext]) // 0.012
 */
export function peerSeconds(peer, texts) {
  const run = PEERS[peer];
  const t0 = process.hrtime.bigint();
  for (const text of texts) run(text);
  return Number(process.hrtime.bigint() - t0) / 1e9;
}
