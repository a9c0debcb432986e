import { defaultConfig, type Config } from '../../src/pipeline.js';
import { openGazetteer, type Gazetteer } from '../../src/resolve/index.js';

const gazetteers = new Map<string | null, Gazetteer>();

/**
 * The default pipeline with a gazetteer that ignores the machine's own user layer (or uses `userDir`),
 * so results do not depend on what someone imported on this machine.
 */
export function testConfig(userDir: string | null = null): Config {
  return {
    ...defaultConfig,
    gazetteer: () => {
      let gazetteer = gazetteers.get(userDir);
      if (!gazetteer) gazetteers.set(userDir, (gazetteer = openGazetteer({ userDir })));
      return gazetteer;
    },
  };
}
