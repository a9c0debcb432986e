import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, loadGoldFiles } from '../../src/eval/index.js';
import { extractFile, toExtraction } from '../../src/pipeline.js';
import { testConfig } from '../helpers/config.js';
import { FIXTURES } from '../helpers/fixtures.js';

describe('annals eval on the seed', () => {
  it('matches every required gold event with every field exact, and the sortie leg for leg', async () => {
    const [gold] = loadGoldFiles([join(FIXTURES, 'gold', 'Bombardment_of_Gao.gold.json')]);
    if (!gold) throw new Error('no seed gold file');
    const [article] = (await extractFile(gold.sourcePath, testConfig())).articles;
    if (!article) throw new Error('the seed gave no article');
    const report = evaluate([{ gold, predicted: toExtraction(article) }]);
    const { overall } = report;
    expect(overall.f1).toBe(1);
    expect(overall.fields).toEqual({ event_type: 1, sub_event_type: 1, date: 1, location: 1, actor1: 1, actor2: 1, fatalities: 1, civilian_fatalities: 1 });
    expect(overall.movement_legs_recall).toBe(1);
    expect(overall.entities_recall).toBe(1);
    expect(overall.provenance).toBe(1);
    expect(overall.checks_accuracy).toBe(1);
  });
});
