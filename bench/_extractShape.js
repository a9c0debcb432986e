// One shape of the corpus through the whole pipeline on this core, stage by stage, then into a store.
// The peers run right after the pipeline on each input, so that a shared machine's changing load
// weighs on both sides of a ratio alike.
import { emptyStageTimes, extractBytes, toExtraction } from '../dist/pipeline.js';
import { peerSeconds } from './_baselines.js';

const BATCH = 50;

/**
 * Extracts every input once (the gazetteer already open), each followed by the peers over the same
 * words (compromise, slow, only on every `compromiseStep`-th input); then saves the records in
 * batches of 50. Returns seconds per stage (store included) and per peer.
 * @example const run = await extractShape(corpus.markdown, store, 10); run.seconds.extract
 */
export async function extractShape(inputs, store, compromiseStep) {
  const times = emptyStageTimes();
  const peers = { wtf: 0, chrono: 0, wink: 0, compromise: 0, oursOnCompromise: 0, compromiseMB: 0, compromiseInputs: 0 };
  const extractions = [];
  let extract = 0;
  globalThis.gc?.();
  for (const [i, input] of inputs.entries()) {
    const t0 = process.hrtime.bigint();
    const { articles } = await extractBytes(input.bytes, input.name, undefined, times);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    extract += seconds;
    const texts = articles.map((a) => a.text);
    peers.wtf += peerSeconds('wtf', [input.text]);
    peers.chrono += peerSeconds('chrono', articles.flatMap((a) => a.sentences.map((s) => a.text.slice(s.span.start, s.span.end))));
    peers.wink += peerSeconds('wink', texts);
    if (i % compromiseStep === 0) {
      peers.compromise += peerSeconds('compromise', texts);
      peers.oursOnCompromise += seconds;
      peers.compromiseMB += input.mb;
      peers.compromiseInputs++;
    }
    extractions.push(...articles.map(toExtraction));
  }
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < extractions.length; i += BATCH) await store.saveArticles(extractions.slice(i, i + BATCH));
  const storeSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const stages = Object.fromEntries(Object.entries(times).map(([stage, ms]) => [stage, ms / 1000]));
  return {
    seconds: { ...stages, store: storeSeconds, extract },
    peers,
    articles: extractions.length,
    events: extractions.reduce((n, x) => n + x.events.length, 0),
  };
}
