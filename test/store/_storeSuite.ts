import { afterAll, beforeAll, describe } from 'vitest';
import type { Extraction } from '../../src/model/index.js';
import type { Backend } from '../../src/store/_backend.js';
import type { Store } from '../../src/store/index.js';
import { storeOn } from '../../src/store/storeOn.js';
import { extract, extractEdited, SEED, SUITE_FIXTURES } from './_extractions.js';
import { must } from './_must.js';
import { readingTests } from './_readingTests.js';
import { savingTests } from './_savingTests.js';

/** A migrated backend for one test file, and how to dispose of it. */
export interface OpenedBackend {
  backend: Backend;
  dispose: () => Promise<void>;
}

/** What the saving and reading tests share: one store per file, filled by the saving tests. */
export interface SuiteContext {
  backend: Backend;
  store: Store;
  /** The fixtures as extracted; the seed first. */
  originals: Extraction[];
  seed: Extraction;
  /** The seed with "more than sixty" made "more than seventy": same source, new hash. */
  edited: Extraction;
  /** What the store holds once the saving tests are done. */
  current: () => Extraction[];
}

/**
 * The store's behaviour on one backend: saving, replacing, refusing, surviving an interruption,
 * then reading back, filtering and streaming.
 */
export function describeStore(title: string, open: () => Promise<OpenedBackend>, skip = false): void {
  describe.skipIf(skip)(title, () => {
    const ctx = {} as SuiteContext;
    let dispose: () => Promise<void> = async () => undefined;
    beforeAll(async () => {
      const [opened, originals, edited] = await Promise.all([open(), extract(...SUITE_FIXTURES), extractEdited(SEED, 'more than sixty', 'more than seventy')]);
      dispose = opened.dispose;
      Object.assign(ctx, {
        backend: opened.backend,
        store: storeOn(opened.backend),
        originals,
        seed: must(originals[0], 'seed'),
        edited,
        current: () => [edited, ...originals.slice(1)],
      });
    });
    afterAll(() => dispose());
    savingTests(ctx);
    readingTests(ctx);
  });
}
