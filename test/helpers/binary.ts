import { spawn } from 'node:child_process';
import { nodeArguments } from '../../src/runtime/index.js';

const CHILD = nodeArguments(import.meta.url, 'annalsChild');

export interface BinaryRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `annals ARGS…` as a process of its own (the binary's code, from the sources). `headLines`
 * plays `| head -n`: once that many lines came, the read end of standard output is closed
 * (0: closed at once).
 * @example await runBinary(['events', '--db', db], { headLines: 1 })
 */
export function runBinary(args: readonly string[], options: { headLines?: number; env?: NodeJS.ProcessEnv } = {}): Promise<BinaryRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...CHILD, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
    let stdout = '';
    let stderr = '';
    const wanted = options.headLines;
    // 0 lines: closed before the first write, so that every write meets a closed pipe
    if (wanted === 0) child.stdout.destroy();
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const lines = stdout.split('\n');
      if (wanted === undefined || lines.length - 1 < wanted) return;
      stdout = `${lines.slice(0, wanted).join('\n')}\n`;
      child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
}

/** A long-running `annals` process (`serve`): what it printed so far, and how to stop it. */
export interface RunningBinary {
  pid: number;
  /** Resolves with the first match of `pattern` in its stderr, or rejects if it exits first. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  /** SIGTERM, then its exit. */
  stop(): Promise<BinaryRun>;
}

/**
 * Starts `annals ARGS…` as a process of its own and leaves it running.
 * @example const serve = startBinary(['serve', '--port', '0', '--db', db]); const [, url] = await serve.waitFor(/serving (\S+)/)
 */
export function startBinary(args: readonly string[]): RunningBinary {
  const child = spawn(process.execPath, [...CHILD, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
  const exited = new Promise<BinaryRun>((resolve) => child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr })));
  return {
    pid: child.pid ?? -1,
    async waitFor(pattern, timeoutMs = 120_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const match = pattern.exec(stderr);
        if (match) return match;
        if (child.exitCode !== null || Date.now() > deadline) throw new Error(`annals ${args.join(' ')}: no ${String(pattern)} in: ${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    stop() {
      child.kill('SIGTERM');
      return exited;
    },
  };
}
