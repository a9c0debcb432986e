import { isDeepStrictEqual } from 'node:util';
import model from 'wink-eng-lite-web-model';
import { describe, expect, it } from 'vitest';
import { coreModel, winkModel } from '../../src/segment/_winkModel.js';

// _winkModel.ts rebuilds wink-eng-lite-web-model's model from its files, faster: it must stay the
// package's own, or every record could change with an upgrade of the package.
describe('winkModel', () => {
  it("builds the same core model as the package's core()", () => {
    expect(isDeepStrictEqual(coreModel(), (model.core as () => unknown)())).toBe(true);
  });

  it("has the package's parts, each the package's own", () => {
    const ours = winkModel() as unknown as Record<string, unknown>;
    const theirs = model as unknown as Record<string, unknown>;
    expect(Object.keys(ours).sort()).toEqual(Object.keys(theirs).sort());
    for (const key of Object.keys(theirs).filter((k) => k !== 'core' && k !== 'addons')) expect(ours[key], key).toBe(theirs[key]);
    expect(ours.addons).toEqual(theirs.addons);
  });

  it('gives a fresh model on every call: wink adds to the one it is given', () => {
    expect(coreModel()).not.toBe(coreModel());
  });
});
