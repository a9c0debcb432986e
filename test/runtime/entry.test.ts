import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { nodeArguments, startWorker } from '../../src/runtime/index.js';

describe('startWorker and nodeArguments', () => {
  it('runs a TypeScript module in a thread when the caller runs from the sources', async () => {
    const worker = startWorker(import.meta.url, 'helpers/doubleWorker', { workerData: 21 });
    const [message] = (await once(worker, 'message')) as [{ doubled: number }];
    expect(message.doubled).toBe(42);
    await worker.terminate();
  });

  it('runs a TypeScript module as a child process, with its arguments, from the sources', () => {
    const out = spawnSync(process.execPath, [...nodeArguments(import.meta.url, 'helpers/doubleChild'), '8'], { encoding: 'utf8' });
    expect(out.stderr).toBe('');
    expect(out.stdout).toBe('16\n');
  });

  it('names the compiled module beside a compiled caller, with no hooks', () => {
    expect(nodeArguments('file:///srv/annals/dist/store/makeTemplate.js', '_makeTemplate')).toEqual(['/srv/annals/dist/store/_makeTemplate.js']);
  });
});
