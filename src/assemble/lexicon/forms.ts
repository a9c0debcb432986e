// Regular English inflection is a few rules; a library (compromise) would add a 1 MB model for them.

/**
 * The forms of a verb written as it is kept in the lexicon: the lemma, then after a colon the
 * irregular past and participle ("fight:fought", "take:took,taken"); a particle after the verb stays
 * as it is ("take over" → "took over"). Regular forms: -s, -ed, -ing, with the doubled consonant,
 * the dropped e and y → ied.
 * @example verbForms('shell') // ['shell', 'shells', 'shelled', 'shelling']
 * @example verbForms('repel:repelled') // ['repel', 'repels', 'repelled', 'repelling']
 * @example verbForms('take over:took,taken') // ['take over', 'takes over', 'took over', 'taken over', 'taking over']
 */
export function verbForms(written: string): string[] {
  const [phrase = '', irregular] = written.split(':');
  const [verb = '', ...rest] = phrase.split(' ');
  const tail = rest.length > 0 ? ` ${rest.join(' ')}` : '';
  const given = irregular ? irregular.split(',') : [pastOf(verb)];
  const past = given.filter((f) => !f.endsWith('ing'));
  // a doubled consonant written in the past ("repel:repelled") is doubled before -ing too; an -ing form may be written ("begin:began,begun,beginning")
  const doubledPast = past.find((p) => p === `${verb}${verb.slice(-1)}ed`);
  const ing = given.find((f) => f.endsWith('ing')) ?? (doubledPast ? `${doubledPast.slice(0, -2)}ing` : ingOf(verb));
  return unique([verb, thirdPerson(verb), ...past, ing].map((form) => form + tail));
}

/**
 * A noun's singular and plural ("clash" → "clashes"; "casualty" → "casualties"); a plural after a colon
 * replaces the regular one, and a noun with "-" has no plural ("fighting:-").
 * @example nounForms('airstrike') // ['airstrike', 'airstrikes']
 */
export function nounForms(written: string): string[] {
  const [noun = '', plural] = written.split(':');
  if (plural === '-') return [noun];
  return unique([noun, plural ?? pluralOf(noun)]);
}

const VOWEL = /[aeiou]/;

function pluralOf(noun: string): string {
  if (/(?:s|sh|ch|x|z)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

function thirdPerson(verb: string): string {
  return pluralOf(verb);
}

// "shell" → shelled, "bomb" → bombed, "seize" → seized, "occupy" → occupied, "ambush" → ambushed
function pastOf(verb: string): string {
  if (verb.endsWith('e')) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  return `${doubled(verb)}ed`;
}

// "seize" → seizing, "shoot" → shooting, "ambush" → ambushing
function ingOf(verb: string): string {
  if (/[^e]e$/.test(verb)) return `${verb.slice(0, -1)}ing`;
  return `${doubled(verb)}ing`;
}

// One short vowel before one final consonant doubles it in one-syllable verbs: "rob" → robbed, "stab" → stabbed;
// longer verbs ("attack", "ambush", "shell") and w/x/y endings never double here.
function doubled(verb: string): string {
  const syllables = verb.match(/[aeiouy]+/g)?.length ?? 0;
  if (syllables === 1 && /[^aeiou][aeiou][bdgmnprt]$/.test(verb) && VOWEL.test(verb)) return verb + verb.slice(-1);
  return verb;
}

function unique(forms: string[]): string[] {
  return [...new Set(forms)];
}
