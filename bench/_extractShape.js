// One shape of the corpus through the whole pipeline on this core, stage by stage, then into a store.
import { emptyStageTimes, extractBytes, toExtraction } from '../dist/pipeline.js';

const BATCH = 50;

/**
 * Extracts every input once (the gazetteer already open), then saves the records in batches of 50.
 * Returns seconds per stage (store included), and per input its seconds, sentences and article text
 * (the words the peers are given).
 * @example const run = await extractShape(corpus.markdown, store); run.seconds.total
 */
export async function extractShape(inputs, store) {
  const times = emptyStageTimes();
  const perInput = [];
  const extractions = [];
  globalThis.gc?.();
  for (const input of inputs) {
    const t0 = process.hrtime.bigint();
    const { articles } = await extractBytes(input.bytes, input.name, undefined, times);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const sentences = articles.flatMap((a) => a.sentences.map((s) => a.text.slice(s.span.start, s.span.end)));
    perInput.push({ input, seconds, articleTexts: articles.map((a) => a.text), sentences });
    extractions.push(...articles.map(toExtraction));
  }
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < extractions.length; i += BATCH) await store.saveArticles(extractions.slice(i, i + BATCH));
  const store_ = Number(process.hrtime.bigint() - t0) / 1e9;
  const stages = Object.fromEntries(Object.entries(times).map(([stage, ms]) => [stage, ms / 1000]));
  const extract = perInput.reduce((n, p) => n + p.seconds, 0);
  return {
    seconds: { ...stages, store: store_, extract, total: extract + store_ },
    perInput,
    articles: extractions.length,
    events: extractions.reduce((n, x) => n + x.events.length, 0),
  };
}
