// The config the pool's worker threads load in tests (runPool's `configModule`): the test pipeline,
// plus two ways for a chosen input to fail, named in the file name so the test can choose.
import { testConfig } from '../../helpers/config.js';
import type { Config } from '../../../src/pipeline.js';

const base = testConfig();

export const config: Config = {
  ...base,
  readers: base.readers.map((reader) => ({
    ...reader,
    read: (text, source, bytes) => {
      // a worker thread that dies mid-unit, as one out of memory would
      if (source.includes('stop-the-worker')) process.exit(3);
      if (source.includes('throw-in-the-reader')) throw new Error('a reader fault');
      return reader.read(text, source, bytes);
    },
  })),
};
