import type { Claim, Span } from '../model/index.js';
import { sentenceText, type Facts } from './_facts.js';

// The people one of whom may be told dead: "a 12-year-old Armenian boy", "another Nagorno-Karabakh soldier".
const PERSON = '(?:boy|girl|man|woman|child|civilian|soldier|serviceman|commander|officer|colonel|general|major|captain|lieutenant|fighter|militant|rebel|journalist|reporter|resident|person|driver|volunteer|policeman|paratrooper|pilot|mayor|priest|doctor|teacher|leader|chief)';
const ONE = String.raw`(?:an?|one|the|another)\s+(?:[\w'’-]+\s+){0,4}?${PERSON}\b`;
const DIED = String.raw`(?:killed|died|assassinated|executed|shot dead|beheaded)\b`;
// Each way a sentence tells one death, the person first or the killing first.
const ONE_DEATH: readonly RegExp[] = [
  // "a commander of an FSA battalion was assassinated", "the mayor, a former officer, was shot dead",
  // "A soldier of the Nagorno Karabakh military was reported killed in action"
  new RegExp(String.raw`\b${ONE}(?:\s+(?:of|from|in)(?:\s+[\w'’-]+){1,5}?)?(?:,\s*[^,;.]{0,60},)?\s+(?:was\s+|had\s+been\s+|has\s+been\s+)?(?:reportedly\s+|reported\s+)?${DIED}`, 'i'),
  // "skirmishes occurred on 21 April, killing another Nagorno-Karabakh soldier"
  new RegExp(String.raw`\b(?:killing|killed|kills)\s+${ONE}`, 'i'),
  // "one of its soldiers had been killed by Armenian forces"
  new RegExp(String.raw`\bone of (?:its|their|his|her|the)\s+(?:[\w'’-]+\s+){0,2}?${PERSON}s\s+(?:had\s+been\s+|has\s+been\s+|was\s+)(?:reportedly\s+)?${DIED}`, 'i'),
];

/**
 * A death toll of one that no number tells: a singular person the sentence says was killed or died
 * ("a 12-year-old Armenian boy was killed as a result of missile artillery attack") counts 1, as ACLED
 * counts one named or described dead. Null when the sentence tells no such death.
 * @example singleDeath(facts, 3) // { figure: 1 exact, span: "a 12-year-old Armenian boy was killed" }
 */
export function singleDeath(facts: Facts, sentence: number): Claim | null {
  const text = sentenceText(facts, sentence);
  const start = facts.article.sentences[sentence]?.span.start ?? 0;
  const match = ONE_DEATH.map((pattern) => pattern.exec(text)).find((m) => m !== null);
  if (!match) return null;
  const span: Span = { start: start + match.index, end: start + match.index + match[0].length };
  return { figure: { low: 1, best: 1, high: 1, qualifier: 'exact' }, by: null, span };
}
