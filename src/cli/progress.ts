/** Progress on stderr: a bar on a TTY, a line every few seconds otherwise, nothing for a handful of items. */
export interface Progress {
  tick(label: string): void;
  done(): void;
}

const MIN_ITEMS = 20;
const LINE_EVERY_MS = 5000;

export function progress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (total < MIN_ITEMS) return { tick: () => undefined, done: () => undefined };
  let count = 0;
  let lastLine = Date.now();
  const started = Date.now();
  return {
    tick(label) {
      count++;
      if (stream.isTTY) {
        const width = 30;
        const filled = Math.round((count / total) * width);
        stream.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${count}/${total} ${label.slice(-40).padEnd(40)}`);
      } else if (Date.now() - lastLine >= LINE_EVERY_MS || count === total) {
        lastLine = Date.now();
        stream.write(`annals: ${count}/${total} files (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
      }
    },
    done() {
      if (stream.isTTY) stream.write('\n');
    },
  };
}
