// The corpus section of the table: per shape, end-to-end extraction beside the peers on the same
// texts, then the stages. Ratios are ours / theirs in throughput (= their seconds / ours).
import { extractShape } from './_extractShape.js';
import { fixed, progress } from './_table.js';

const STAGES = ['read', 'segment', 'recognise', 'resolve', 'assemble', 'check', 'store'];

// compromise reads ~0.1 MB/s: it gets every k-th input, about this many MB per shape, and is compared
// with our seconds on exactly those inputs.
const COMPROMISE_MB = Number(process.env.BENCH_COMPROMISE_MB ?? 0.4);

/**
 * Measures one shape and returns its rows (and its figures, for the targets).
 * @example const { rows, figures } = await shapeRows('markdown', corpus.markdown, store)
 */
export async function shapeRows(shape, inputs, store) {
  const mb = inputs.reduce((n, i) => n + i.mb, 0);
  progress(`${shape}: extracting ${inputs.length} inputs (${mb.toFixed(2)} MB) on one core, each followed by the peers`);
  const run = await extractShape(inputs, store, Math.max(1, Math.ceil(mb / COMPROMISE_MB)));
  const { seconds: s, peers: p } = run;
  progress(`${shape}: ${s.extract.toFixed(1)} s`);
  const mbps = mb / s.extract;
  const rows = [
    [shape, `${inputs.length} inputs, ${mb.toFixed(2)} MB`, 'end-to-end extraction (read … check)', fixed(s.extract, 1), '100%', fixed(mbps, 3), fixed(inputs.length / s.extract, 1), 'wtf_wikipedia parse + .text()', fixed(mb / p.wtf, 2), fixed(p.wtf / s.extract, 3), `${run.articles} articles, ${run.events} events`],
    ['', '', '', '', '', '', '', 'chrono-node parse over our sentences', fixed(mb / p.chrono, 2), fixed(p.chrono / s.extract, 3), ''],
    ['', '', '', '', '', '', '', `compromise nlp() (${p.compromiseInputs} inputs, ${p.compromiseMB.toFixed(2)} MB)`, fixed(p.compromiseMB / p.compromise, 3), fixed(p.compromise / p.oursOnCompromise, 3), `ours on those: ${fixed(p.compromiseMB / p.oursOnCompromise, 3)} MB/s`],
    ...STAGES.map((stage) => {
      const row = ['', '', `  ${stage}`, fixed(s[stage], 2), `${fixed((100 * s[stage]) / s.extract, 1)}%`, fixed(mb / s[stage], 2), '', '', '', '', ''];
      if (stage === 'segment') row.splice(7, 3, 'wink-nlp readDoc alone', fixed(mb / p.wink, 2), fixed(p.wink / s.segment, 3));
      if (stage === 'store') row[10] = 'PGlite, batches of 50; not in end-to-end';
      return row;
    }),
  ];
  return { rows, figures: { shape, mbps, wtfMbps: mb / p.wtf, winkPerMB: p.wink / mb, seconds: s } };
}
