import type { Recogniser } from '../recogniser.js';
import { nameMention } from './_mention.js';

// "the military launched an offensive", "government forces", "regime troops": a state's forces unnamed.
const BARE_FORCES = /\b(?:the (?:army|military|regime|government)|(?:government|regime|state|security) (?:forces|troops|soldiers))\b/g;

/**
 * A state's forces the words leave unnamed; the resolver ties them to the conflict's country.
 * @example bareForceRecogniser.recognise(ctx) // "the military" in "On 22 January, the military launched an offensive"
 */
export const bareForceRecogniser: Recogniser = {
  name: 'names:bare-force',
  recognise(context) {
    return [...context.text.matchAll(BARE_FORCES)].map((match) => {
      const start = context.offset + (match.index ?? 0);
      return nameMention(context, { kind: 'actor', start, end: start + match[0].length, rule: this.name });
    });
  },
};
