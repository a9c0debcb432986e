// The corpus section of the table: per shape, end-to-end extraction beside the peers on the same
// texts, then the stages. Ratios are ours / theirs in throughput (= their seconds / ours).
import { baselineSeconds } from './_baselines.js';
import { extractShape } from './_extractShape.js';
import { fixed, progress } from './_table.js';

const STAGES = ['read', 'segment', 'recognise', 'resolve', 'assemble', 'check', 'store'];

// compromise reads ~0.1 MB/s: it gets every k-th input, up to this many MB per shape, and is compared
// with our seconds on exactly those inputs.
const COMPROMISE_MB = Number(process.env.BENCH_COMPROMISE_MB ?? 0.4);

function sample(perInput, capMB) {
  const total = perInput.reduce((n, p) => n + p.input.mb, 0);
  const step = Math.max(1, Math.ceil(total / capMB));
  return perInput.filter((_, i) => i % step === 0);
}

/**
 * Measures one shape and returns its rows (and its figures, for the targets).
 * @example const { rows, figures } = await shapeRows('markdown', corpus.markdown, store, 1)
 */
export async function shapeRows(shape, inputs, store, rounds) {
  const mb = inputs.reduce((n, i) => n + i.mb, 0);
  progress(`${shape}: extracting ${inputs.length} inputs (${mb.toFixed(2)} MB) on one core`);
  const run = await extractShape(inputs, store);
  progress(`${shape}: ${run.seconds.extract.toFixed(1)} s; the peers over the same texts`);
  const all = {
    wtf: baselineSeconds('wtf', inputs.map((i) => i.text), rounds),
    chrono: baselineSeconds('chrono', run.perInput.flatMap((p) => p.sentences), rounds),
    wink: baselineSeconds('wink', run.perInput.flatMap((p) => p.articleTexts), rounds),
  };
  const few = sample(run.perInput, COMPROMISE_MB);
  const fewMB = few.reduce((n, p) => n + p.input.mb, 0);
  const ours = few.reduce((n, p) => n + p.seconds, 0);
  const compromise = baselineSeconds('compromise', few.flatMap((p) => p.articleTexts), 1);
  const s = run.seconds;
  const mbps = mb / s.extract;
  const label = `${inputs.length} inputs, ${mb.toFixed(2)} MB`;
  const rows = [
    [shape, label, 'end-to-end extraction (read … check)', fixed(s.extract, 1), '100%', fixed(mbps, 3), fixed(inputs.length / s.extract, 1), 'wtf_wikipedia parse + .text()', fixed(mb / all.wtf, 2), fixed(all.wtf / s.extract, 3), `${run.articles} articles, ${run.events} events`],
    ['', '', '', '', '', '', '', 'chrono-node parse over our sentences', fixed(mb / all.chrono, 2), fixed(all.chrono / s.extract, 3), ''],
    ['', '', '', '', '', '', '', `compromise nlp() (${few.length} inputs, ${fewMB.toFixed(2)} MB)`, fixed(fewMB / compromise, 3), fixed(compromise / ours, 3), `ours on those: ${fixed(fewMB / ours, 3)} MB/s`],
    ...STAGES.map((stage) => {
      const row = ['', '', `  ${stage}`, fixed(s[stage], 2), `${fixed((100 * s[stage]) / s.extract, 1)}%`, fixed(mb / s[stage], 2), '', '', '', '', ''];
      if (stage === 'segment') row.splice(7, 3, 'wink-nlp readDoc alone', fixed(mb / all.wink, 2), fixed(all.wink / s.segment, 3));
      if (stage === 'store') row[10] = 'PGlite, batches of 50; not in end-to-end';
      return row;
    }),
  ];
  return { rows, figures: { shape, mbps, wtfMbps: mb / all.wtf, seconds: s } };
}
