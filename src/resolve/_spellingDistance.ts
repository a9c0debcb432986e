import { foldedKeys, foldName, nameSkeleton, type GeoPlace } from './gazetteer/index.js';

/** Edit distance (Levenshtein) of two short strings; written here, a dozen lines, rather than a dependency. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length] ?? 0;
}

// A name with and without its leading Arabic article, spaces ignored: words that give none ("Resafa") are two
// letters from "Ar Rasafah" as from "Rasafah", not four
const bares = (name: string): string[] => foldedKeys(name).map((k) => k.replace(/ /g, ''));

/**
 * How many letters the closest of a place's names that share the words' skeleton differs from them,
 * spaces ignored: of two places a transliteration skeleton alone found, the nearer spelling is the
 * one meant ("Diabaly" is Diabali, not Diaba-Allaye).
 * `asWritten`: each name with its article as written ("Resafa" is four letters from "Ar Rasafah").
 * @example spellingDistance('Diabaly', diabali) === 1
 */
export function spellingDistance(text: string, place: GeoPlace, asWritten = false): number {
  if (asWritten) return closestSpelling(text, place, true);
  let byText = distances.get(place);
  if (!byText) distances.set(place, (byText = new Map()));
  let distance = byText.get(text);
  if (distance === undefined) byText.set(text, (distance = closestSpelling(text, place)));
  return distance;
}

// Ranking asks for the same pair at every mention of a name and in both passes; `findPlaces` hands
// out the same place records each time, so each pair's distance is worked out once.
const distances = new WeakMap<GeoPlace, Map<string, number>>();

function closestSpelling(text: string, place: GeoPlace, asWritten = false): number {
  // the words' own article stays: "al-Shari'ah" is no nearer an "Ash Shari'ah" than before
  const textForms = bares(text);
  const [words = ''] = textForms;
  const articled = asWritten || textForms.length > 1;
  const skeleton = nameSkeleton(foldName(text));
  const { names, skeletons, forms } = spellingsOf(place);
  const alike = names.flatMap((_, i) => (skeletons[i] === skeleton ? [i] : []));
  let best = Infinity;
  for (const i of alike.length > 0 ? alike : names.keys()) for (const form of articled ? (forms[i] ?? []).slice(0, 1) : (forms[i] ?? [])) best = Math.min(best, editDistance(words, form));
  return best;
}

// A place's names with their skeletons and bare forms, worked out once per place, not once per
// mention compared with it (a town has dozens of alternate names).
const spellings = new WeakMap<GeoPlace, { names: string[]; skeletons: string[]; forms: string[][] }>();

function spellingsOf(place: GeoPlace): { names: string[]; skeletons: string[]; forms: string[][] } {
  let found = spellings.get(place);
  if (!found) {
    const names = [place.name, place.asciiName, ...place.altNames];
    found = { names, skeletons: names.map((n) => nameSkeleton(foldName(n))), forms: names.map(bares) };
    spellings.set(place, found);
  }
  return found;
}
