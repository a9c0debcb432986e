import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Model } from 'wink-eng-lite-web-model';

// wink-eng-lite-web-model's index parses its 3 MB core model when it is imported, and its `core()`
// then deep-copies it through JSON.stringify and JSON.parse and decodes the packed lexicon one
// character at a time: ~0.15 s of a one-article `annals extract`. This builds the same model object
// from the same files, parsing the core JSON once per instance and decoding base64 natively.
// test/segment/winkModel.test.ts checks it equals the package's own, so an upgrade that changes the
// model's layout fails there rather than here.

const require = createRequire(import.meta.url);
const DIST = 'wink-eng-lite-web-model/dist/';
const CORE_JSON = `${DIST}languages/cur/models/eng-core-web-model.json`;

interface Feature {
  list: unknown[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}

interface RawCore {
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, Feature> & { lexeme: Feature; posClusters: Feature };
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

let coreText: string | null = null;

// atob's bytes, as an ArrayBuffer of their own (a Uint32Array view needs its own aligned buffer).
function words(base64: string | Uint32Array): Uint32Array {
  const bytes = Buffer.from(base64 as string, 'base64');
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
}

/** wink-eng-lite-web-model's `core()`: read-core-model.js and load-core-model.js, step for step. */
export function coreModel(): unknown {
  coreText ??= readFileSync(require.resolve(CORE_JSON), 'utf8');
  const core = JSON.parse(coreText) as RawCore;
  const { packing, features, pos } = core;
  core.lexicon = words(core.lexicon);
  core.xpansions = words(core.xpansions);
  for (const f in packing.layout) {
    const feature = features[f];
    if (packing.layout[f]?.[3] !== 0 || !feature) continue;
    feature.hash = Object.create(null) as Record<string, number>;
    for (let k = 0; k < feature.list.length; k += 1) feature.hash[String(feature.list[k])] = k;
  }
  features.lexeme.hash = Object.create(null) as Record<string, number>;
  for (let k = 0; k < features.lexeme.list.length; k += 1) features.lexeme.hash[String(features.lexeme.list[k])] = k;
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k += 1) clusters[k] = new Set(String(clusters[k]).split('_').map((e) => pos.hash[e] || 0));
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f] ?? [];
    const feature = features[f];
    if (layout[3] === 0 && feature) {
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = (layout[1] ?? 0) >>> (layout[2] ?? 0);
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  return core;
}

/**
 * The model object wink-eng-lite-web-model's index exports (model.js), with `core` from `coreModel`:
 * the other parts are the package's own loaders, required one by one so that its core JSON is not.
 * @example winkNLP(winkModel())
 */
export function winkModel(): Model {
  const part = <T>(file: string): T => require(`${DIST}${file}`) as T;
  const addons = Object.assign(Object.create(null) as NonNullable<Model['addons']>, {
    stem: part('porter-stemmer.js'), lemmatize: part('lemmatize.js'), readabilityStats: part('readability-stats.js'), wordVectors: undefined,
  });
  return Object.assign(Object.create(null) as Model, {
    core: coreModel, sbd: part('load-sbd-model.js'), pos: part('load-pos-model.js'), ner: part('load-ner-model.js'),
    negation: part('load-negation-model.js'), sa: part('load-sa-model.js'), metaCER: part('load-cer-meta-model.js'), featureFn: part('feature.js'), addons,
  });
}
