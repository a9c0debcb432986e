// Plurals no rule of endings gets right, and words whose -s is not a plural.
const IRREGULAR: Record<string, string> = {
  people: 'person', children: 'child', women: 'woman', men: 'man', feet: 'foot', teeth: 'tooth', mice: 'mouse',
  lives: 'life', wives: 'wife', knives: 'knife', halves: 'half', thieves: 'thief', shelves: 'shelf', wolves: 'wolf',
  buses: 'bus', gases: 'gas', statuses: 'status', viruses: 'virus', campuses: 'campus', caches: 'cache', niches: 'niche',
  shoes: 'shoe', toes: 'toe', foes: 'foe', canoes: 'canoe', movies: 'movie', zombies: 'zombie',
};
const UNCHANGED = new Set(['series', 'species', 'headquarters', 'barracks', 'news', 'means', 'arms', 'crisis', 'analysis',
  'basis', 'thesis', 'axis', 'chassis', 'status', 'bus', 'campus', 'virus', 'corpus', 'bonus', 'census', 'gas', 'physics',
  'politics', 'logistics', 'ballistics', 'mathematics', 'aircraft', 'personnel', 'police', 'militia', 'dead', 'killed']);

/**
 * A head noun singular and lower-case, for later stages to match on ("soldiers" → "soldier").
 * Acronyms lose only a lower-case plural -s ("UAVs" → "uav", "MLRS" → "mlrs").
 * @example singularHead('bombs') // 'bomb' — "twelve laser-guided bombs"
 * @example singularHead('copies') // 'copy'
 */
export function singularHead(word: string): string {
  const lower = word.toLowerCase();
  if (/^[\p{Lu}\p{N}-]+s$/u.test(word)) return lower.slice(0, -1); // UAVs · T-72s · BMP-2s
  if (UNCHANGED.has(lower) || /^[\p{Lu}\p{N}-]+$/u.test(word) || lower.includes('.')) return lower; // MLRS · U.S.
  const irregular = IRREGULAR[lower] ?? IRREGULAR[lower.replace(/^.*-/, '')];
  if (irregular) return lower.replace(/[^-]*$/, irregular);
  if (/[a-z]men$/.test(lower) && lower !== 'yemen' && !/(?:specimen|regimen|abdomen|acumen|omen|semen|hymen|stamen)$/.test(lower)) {
    return `${lower.slice(0, -3)}man`; // servicemen · gunmen · militiamen
  }
  if (/[^aeiou]ies$/.test(lower)) return `${lower.slice(0, -3)}y`; // casualties · copies · bodies
  if (/(?:ss|x|ch|sh|[^aeiou]o)es$/.test(lower)) return lower.slice(0, -2); // losses · boxes · clashes · heroes
  if (/(?:ss|us)$/.test(lower) || !lower.endsWith('s')) return lower;
  return lower.slice(0, -1);
}
