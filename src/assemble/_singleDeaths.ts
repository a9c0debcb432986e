import type { Claim, Span } from '../model/index.js';
import { UNARMED_PEOPLE } from '../recognise/index.js';
import { sentenceText, type Facts } from './_facts.js';

// The people one of whom may be told dead: "a 12-year-old Armenian boy", "another Nagorno-Karabakh soldier" — the
// unarmed by age, sex or calling (recognise's own list), and the others a death is told of.
const OTHER_PEOPLE = ['man', 'civilian', 'resident', 'person', 'volunteer', 'policeman', 'mayor', 'priest', 'soldier', 'serviceman', 'commander',
  'officer', 'colonel', 'general', 'major', 'captain', 'lieutenant', 'fighter', 'militant', 'rebel', 'paratrooper', 'pilot', 'leader', 'chief',
  'second in command', 'second-in-command', 'deputy'];
const PERSON = `(?:${[...UNARMED_PEOPLE, ...OTHER_PEOPLE].join('|')})`;
const ONE = String.raw`(?:an?|one|the|another)\s+(?:[\w'’-]+\s+){0,4}?${PERSON}\b`;
const DIED = String.raw`(?:killed|died|assassinated|executed|shot dead|beheaded|gunned down|crushed to death)\b`;
// A verb of killing with its victim after it: "killed ISIL military chief Abu Abdulrahman al-Bilawi".
const KILLING = String.raw`(?:killed|killing|kills|assassinated|assassinating|executed|executing|gunned down|gunning down|crushed|crushing|shot dead|murdered|murdering|beheaded)`;
// Each way a sentence tells one death, the person first or the killing first.
const ONE_DEATH: readonly RegExp[] = [
  // "a commander of an FSA battalion was assassinated", "the mayor, a former officer, was shot dead", "a student studying at the
  // university had been killed",
  // "A soldier of the Nagorno Karabakh military was reported killed in action"
  new RegExp(String.raw`\b${ONE}(?:\s+(?:of|from|in|\w+ing\s+(?:at|in|for))(?:\s+[\w'’-]+){1,5}?)?(?:,\s*[^,;.]{0,60},)?\s+(?:was\s+|had\s+been\s+|has\s+been\s+)?(?:reportedly\s+|reported\s+|later\s+|subsequently\s+)?${DIED}`, 'i'),
  // "skirmishes occurred on 21 April, killing another Nagorno-Karabakh soldier", "gunning down an unarmed man"
  new RegExp(String.raw`\b${KILLING}\s+${ONE}`, 'i'),
  // "one of its soldiers had been killed by Armenian forces"
  new RegExp(String.raw`\bone of (?:its|their|his|her|the)\s+(?:[\w'’-]+\s+){0,2}?${PERSON}s\s+(?:had\s+been\s+|has\s+been\s+|was\s+)(?:reportedly\s+)?${DIED}`, 'i'),
];

// "The missiles killed a child and two adults": one dead told before a counted toll joined to it by "and"
const ONE_LISTED = new RegExp(String.raw`\b${KILLING}\s+${ONE}\s+and\s+$`, 'i');

/**
 * Where a singular dead is listed right before a count of dead ("killed a child and two adults"): the
 * offset in `before` where the killing begins, or -1. The count's toll is then one more.
 * @example oneListedBefore('The missiles killed a child and ') // 13
 */
export function oneListedBefore(before: string): number {
  return ONE_LISTED.exec(before)?.index ?? -1;
}

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
  const span: Span | null = match ? { start: start + match.index, end: start + match.index + match[0].length } : namedDeath(facts, sentence, text, start);
  return span ? { figure: { low: 1, best: 1, high: 1, qualifier: 'exact' }, by: null, span } : null;
}

// Before a person's name: a killing, then at most a role ("killed ISIL military chief"), never "killed by".
const KILLED_BEFORE = new RegExp(String.raw`\b${KILLING}\s+(?:(?!by\b)[\w'’-]+\s+){0,4}$`, 'i');
// After it: "Hacene Ould Khalill, was killed", "Abu Azzam, the Farouq commander, was assassinated".
// ("The second in command of AQIM, Hacene Ould Khalill, was killed": the name in apposition, closed by a comma)
const KILLED_AFTER = new RegExp(String.raw`^(?:,\s*[^,;.]{0,60},|,)?\s+(?:was|had\s+been|has\s+been)\s+(?:reportedly\s+)?${DIED}`, 'i');

/** One person the article names, told killed: the span from the killing to the name, or the name to the killing. */
function namedDeath(facts: Facts, sentence: number, text: string, start: number): Span | null {
  for (const m of facts.bySentence.get(sentence) ?? []) {
    if (m.kind !== 'person') continue;
    const [from, to] = [m.span.start - start, m.span.end - start];
    const before = KILLED_BEFORE.exec(text.slice(0, from));
    if (before) return { start: start + before.index, end: m.span.end };
    const after = KILLED_AFTER.exec(text.slice(to));
    if (after) return { start: m.span.start, end: m.span.end + after[0].length };
  }
  return null;
}
