import { memoized } from '../_memo.js';
import { SKELETON_RULES } from './_skeletonRules.js';

/**
 * The transliteration skeleton of a name already folded by `foldName`: spellings that differ only by
 * romanisation (ia/ya, ou/u, K/Q, -iv/-ov, kh/h, al-/an-, doubled letters, spaces) share one.
 * A skeleton match is weaker evidence than a folded match and is ranked below it.
 * @example nameSkeleton('khan sheikhoun') === nameSkeleton('khan shaykhun')
 * @example nameSkeleton('deliatyn') === nameSkeleton('delyatyn')
 */
export function nameSkeleton(folded: string): string {
  return skeletonOnce(folded);
}

// As `foldName`: the same names are asked for again and again; each is rewritten once (bounded).
const skeletonOnce = memoized(skeleton, 20_000);

function skeleton(folded: string): string {
  let out = folded;
  for (const [pattern, replacement] of SKELETON_RULES) out = out.replace(pattern, replacement);
  return out;
}
