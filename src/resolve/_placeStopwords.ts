import { foldName } from './gazetteer/index.js';

// Words a recogniser may hand over as a place that never name one on their own, though GeoNames
// lists some as alternate names ("The" for Teresina, "Center" for Ózd, "May" for May-sur-Orne).
// A general lexicon: conjunctions and prepositions (a sentence opener after an ellipsis or a list
// is capitalised mid-sentence: "... And each"), determiners, number words ("Four", a Syrian village's
// name too), months and days, military and political nouns, titles, bare
// geographic nouns, continents ("Europe", a Malian village's name too) and directions, and the Arabic toponym words that begin names ("Deir", "Ras",
// "Khan", "Tell") but are no name alone.
const WORDS = `
and but or nor yet so on in at by for of to with from into onto upon as if when while after before during since until then also not no any every each some all both
the a an this that these those it its he she they we our their there here
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
first second third last next new old
one two three four five six seven eight nine ten eleven twelve hundred thousand
army armed forces forces force air force navy marine marines air brigade battalion regiment division corps company platoon squad unit units
base airbase air base camp headquarters hq center centre command ministry government police guard national guard
militia front council coalition alliance movement group party office embassy parliament senate court
president minister general colonel major captain commander lieutenant sergeant governor mayor sheikh emir king prince
city town village region province district governorate oblast border river mountain mountains valley
airport bridge road highway street square station port harbour harbor plant factory hospital school university
north south east west central northern southern eastern western northeast northwest southeast southwest
islamic state republic kingdom people union international united nations
battle war siege offensive operation campaign attack clashes sea lake god justice red cross crescent
arab arabs kurds kurdish turkmen sunni shia shiite christian muslim jewish civil liberation resistance revolution
independence victory peace freedom canton
europe africa asia middle
deir dayr ras khan abu umm jisr tal tel tell ayn ain bab jabal jebel wadi kafr beit bir jaysh liwa jabhat harakat ahrar saraya
`;

const STOPWORDS = new Set(WORDS.split(/\s+/).filter((w) => w !== ''));

/**
 * Whether a mention's words can never be a place by themselves.
 * @example isPlaceStopword('Brigade') === true && isPlaceStopword('Gao') === false
 */
export function isPlaceStopword(text: string): boolean {
  const folded = foldName(text);
  if (folded === '' || /^\d+$/.test(folded)) return true;
  // Every word a stopword: "Air Force", "the Army", "National Guard".
  return folded.split(' ').every((w) => STOPWORDS.has(w));
}
