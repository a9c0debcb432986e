// The recognisers ask the lexicon about every capitalised word of every sentence, and most words
// come back again and again: remembering the answers saves folding and looking each one up anew.
// The table is emptied when it reaches `limit`, so a run over a whole dump keeps bounded memory.
const LIMIT = 100_000;

/**
 * A function of one string whose answers are remembered (the function must depend on nothing else).
 * @example const demonym = memoized(countryOfDemonym); demonym('French') // 'FR', looked up once
 */
export function memoized<T>(fn: (key: string) => T, limit = LIMIT): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    if (answers.has(key)) return answers.get(key) as T;
    if (answers.size >= limit) answers.clear();
    const answer = fn(key);
    answers.set(key, answer);
    return answer;
  };
}
