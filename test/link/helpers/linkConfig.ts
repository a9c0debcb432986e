// The pipeline config the ingest workers load in these tests (runPool's `configModule`): the test
// pipeline, whose gazetteer ignores any user layer imported on this machine.
import { testConfig } from '../../helpers/config.js';
import type { Config } from '../../../src/pipeline.js';

export const config: Config = testConfig();
