// Issue 9's targets against the corpus figures: met, or which stages take the time the target allows.
import { fixed } from './_table.js';

const STAGES = ['read', 'segment', 'recognise', 'resolve', 'assemble', 'check'];

function verdict(figure, targetMbps, what) {
  const mb = figure.mbps * figure.seconds.extract;
  if (figure.mbps >= targetMbps) return `${figure.shape}: ${fixed(figure.mbps, 3)} MB/s/core, target ${what}: met`;
  const budget = 1 / targetMbps;
  const spent = STAGES.map((s) => [s, figure.seconds[s] / mb]).sort((a, b) => b[1] - a[1]);
  const over = spent.filter(([, perMB]) => perMB > budget).map(([s]) => s);
  return [
    `${figure.shape}: ${fixed(figure.mbps, 3)} MB/s/core, target ${what}: not met. The target allows ${fixed(budget, 2)} s per MB;`,
    `  spent per MB: ${spent.map(([s, perMB]) => `${s} ${fixed(perMB, 2)} s`).join(', ')};`,
    `  ${over.length ? `over the whole budget alone: ${over.join(', ')}` : 'no stage alone is over the budget: their sum is'};`,
    `  wink-nlp's readDoc alone (the tagger segment runs, and recognise reads) takes ${fixed(figure.winkPerMB, 2)} s per MB of the ${fixed(budget, 2)} s.`,
  ].join('\n');
}

/**
 * One verdict per shape: plain and Markdown ≥ 1 MB/s per core, wikitext ≥ 50% of wtf_wikipedia's bare parse.
 * @example targetLines(figures) // ['markdown: 0.21 MB/s/core, target ≥ 1 MB/s: not met. …']
 */
export function targetLines(figures) {
  return figures.map((f) => (f.shape === 'wikitext' ? verdict(f, f.wtfMbps / 2, `≥ 50% of wtf_wikipedia's ${fixed(f.wtfMbps, 2)} MB/s`) : verdict(f, 1, '≥ 1 MB/s')));
}
