import type { Claim, Span } from '../model/index.js';
import { sentenceText, type Facts } from './_facts.js';

// One person and the death told of them: "a 12-year-old Armenian boy was killed", "a commander of an FSA
// battalion was assassinated", "the mayor … was shot dead", "died from a land-mine explosion".
const ONE_PERSON = /\b(?:an?|one|the)\s+(?:[\w'’-]+\s+){0,4}?(?:boy|girl|man|woman|child|civilian|soldier|serviceman|commander|officer|colonel|general|major|captain|lieutenant|fighter|militant|rebel|journalist|reporter|resident|person|driver|volunteer|policeman|paratrooper|pilot|mayor|priest|doctor|teacher|leader|chief)\b(?:\s+(?:of|from|in)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,4}?)?(?:,\s*[^,;.]{0,60},)?\s+(?:was\s+|had\s+been\s+|has\s+been\s+)?(?:reportedly\s+)?(?:killed|died|assassinated|executed|shot dead|beheaded)\b/i;

/**
 * A death toll of one that no number tells: a singular person the sentence says was killed or died
 * ("a 12-year-old Armenian boy was killed as a result of missile artillery attack") counts 1, as ACLED
 * counts one named or described dead. Null when the sentence tells no such death.
 * @example singleDeath(facts, 3) // { figure: 1 exact, span: "a 12-year-old Armenian boy was killed" }
 */
export function singleDeath(facts: Facts, sentence: number): Claim | null {
  const text = sentenceText(facts, sentence);
  const start = facts.article.sentences[sentence]?.span.start ?? 0;
  const match = ONE_PERSON.exec(text);
  if (!match) return null;
  const span: Span = { start: start + match.index, end: start + match.index + match[0].length };
  return { figure: { low: 1, best: 1, high: 1, qualifier: 'exact' }, by: null, span };
}
