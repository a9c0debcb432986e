import type { NameLexicon } from '../../model/index.js';
import type { Recogniser, RecogniseContext } from '../recogniser.js';
import { nameMention } from './_mention.js';

// Numbers in words, and quantifiers, that count soldiers.
const COUNT_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'dozens of', 'scores of', 'hundreds of', 'several', 'many', 'some'];

// "the military launched an offensive", "government forces", "regime troops", "stormed government positions":
// a state's forces unnamed.
// "At least 18 regular soldiers were … killed", "three soldiers were … killed by a car bomb": soldiers
// counted with no army, demonym or owner named ("six Shabak soldiers", "soldiers of Ukraine's 30th …" are not).
const THE_FORCE = /\bthe (?:army|military|regime|government)\b/g;
// ("government fighters", "regime fighters" too; "anti-government forces" are their enemies, the rebels)
const BARE_FORCES = new RegExp(
  '\\b(?:(?<!anti-)(?:government|regime) (?:forces|troops|soldiers|positions|fighters)|(?:state|security) (?:forces|troops|soldiers|positions)|' +
    `(?<=\\b(?:\\d[\\d,]*|${COUNT_WORDS.join('|')}) )(?:regular |army )?(?:soldiers|troops)(?! of\\b))\\b`,
  'g',
);

// "killed by government shelling", "a government tank fired", "bombardment … by a government checkpoint": "government" before the arms or the act of a state's forces
// names those forces, as a demonym would ("Russian shelling"); "government buildings" does not.
const GOVERNMENT_MATERIEL = new RegExp(
  '\\b(?:[Gg]overnment|[Rr]egime)(?= (?:' +
    ['shelling', 'bombardments?', 'artillery', 'tanks?', 'aircraft', 'warplanes?', 'jets?', 'helicopters?', 'air ?strikes?', 'air raids?', 'snipers?', 'gunfire', 'checkpoints?', 'offensive', 'counter-?attacks?', 'counter-?offensive', 'assaults?', 'attacks?'].join('|') +
    ')\\b)',
  'g',
);

/**
 * A state's forces the words leave unnamed; the resolver ties them to the conflict's country.
 * @example bareForceRecogniser.recognise(ctx) // "the military" in "On 22 January, the military launched an offensive"
 */
export const bareForceRecogniser: Recogniser = {
  name: 'names:bare-force',
  recognise(context) {
    const forces = [...context.text.matchAll(THE_FORCE)].filter((m) => !beforeNoun(context, context.offset + (m.index ?? 0) + m[0].length));
    return [...forces, ...context.text.matchAll(BARE_FORCES), ...context.text.matchAll(GOVERNMENT_MATERIEL)].map((match) => {
      const start = context.offset + (match.index ?? 0);
      return nameMention(context, { kind: 'actor', start, end: start + match[0].length, rule: this.name });
    });
  },
};

// "the military operation", "the army base", "the government forces": "the army" before a noun modifies it (the
// noun may name the force itself, as "government forces" above does); "the military launched", "the army's" name it.
function beforeNoun(context: RecogniseContext, end: number): boolean {
  const next = context.sentence?.tokens?.find((t) => t.span.start >= end);
  return next !== undefined && next.span.start === end + 1 && next.pos === 'NOUN';
}

// "DPR forces", "SDF fighters", "FSA units": an acronym before a force noun names an armed actor.
const ACRONYM_FORCES = /\b(\p{Lu}{2,6})(?= (?:forces|troops|fighters|units|soldiers|militants|militiamen|positions)\b)/gu;

/**
 * An armed actor named only by its acronym before a force noun; the resolver ties the acronym to the
 * name it abbreviates. Country codes ("US forces") are the demonym's and country's business.
 * @example acronymForceRecogniser(lexicon).recognise(ctx) // "DPR" in "DPR forces captured the nearby town"
 */
export function acronymForceRecogniser(lexicon: NameLexicon): Recogniser {
  return {
    name: 'names:acronym-force',
    recognise(context) {
      return [...context.text.matchAll(ACRONYM_FORCES)]
        .filter((match) => lexicon.countryCodeOf(match[1] ?? '') === null)
        .map((match) => {
          const start = context.offset + (match.index ?? 0);
          return nameMention(context, { kind: 'actor', start, end: start + (match[1] ?? '').length, rule: this.name });
        });
    },
  };
}
