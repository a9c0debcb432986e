import type { IngestSummary } from '../ingest/index.js';

const LINE_EVERY_MS = 5000;

/**
 * Ingest progress on stderr, whose total is unknown until the dumps are read: one line rewritten in
 * place on a TTY, a line every few seconds otherwise.
 */
export function ingestProgress(stream: NodeJS.WriteStream = process.stderr): { update(s: Readonly<IngestSummary>): void; done(): void } {
  let last = 0;
  let drawn = false;
  return {
    update(s) {
      const skipped = Object.values(s.skipped).reduce((n, k) => n + (k ?? 0), 0);
      const line = `annals: ${s.read} articles (${s.stored} stored, ${s.replaced} replaced, ${s.unchanged} unchanged), ${skipped} pages skipped, ${s.errors.length} errors, ${s.seconds.toFixed(0)} s`;
      if (stream.isTTY) {
        stream.write(`\r${line.padEnd(110)}`);
        drawn = true;
      } else if (Date.now() - last >= LINE_EVERY_MS) {
        last = Date.now();
        stream.write(`${line}\n`);
      }
    },
    done() {
      if (drawn) stream.write('\n');
    },
  };
}
