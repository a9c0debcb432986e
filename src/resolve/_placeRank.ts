import { distanceKm, type GeoPlace, type MatchKind, type PlaceCandidate } from './gazetteer/index.js';
import { spellingDistance } from './_spellingDistance.js';

/** What a candidate is weighed against: the conflict countries and the article's resolved points. */
export interface RankContext {
  countries: ReadonlySet<string>;
  anchors: readonly { lat: number; lon: number }[];
  /** The area the words put the place in ("Pisky, Donetsk Oblast"): candidates outside it are refused. */
  within?: ((place: GeoPlace) => boolean) | null;
  /** The words carry a region word of this level ("Anbar Governorate" 1, "Shostka Raion" 2): an
   * administrative area of the name is what they mean, before any town or village of it. */
  region?: 1 | 2 | null;
}

// A place's own name beats an alternate name, which beats a transliteration skeleton, by more than
// population can make up: "Bosra" is Busra ash Sham (alternate name), not Basrah (skeleton).
const MATCH: Record<MatchKind, number> = { name: 6, alt: 4, skeleton: 0, loose: -1 };
// Seats first: of two Kidals, the regional capital is the one an article means.
// The village layer's areas: "Salah ad Din" is the governorate before the hamlet of that name, and
// below any town cities500 knows (population counts for those).
const FEATURE: Record<string, number> = { PPLC: 1.5, PPLA: 1, PPLA2: 0.6, PPLA3: 0.3, PPLA4: 0.2, PPL: 0.2, PPLX: 0, ADM1: 0.5, ADM2: 0.4 };
/** Per letter a skeleton-only match's closest name differs from the words, up to four. */
const SPELLING = 0.4;
/** Within this distance of an anchor a candidate is "near the article's other places"… */
const NEAR_KM = 300;
/** …and a mere skeleton match abroad must be closer still: Jordan's al-Husn is no "Hosn" in Homs. */
const SKELETON_NEAR_KM = 100;
const PROXIMITY_KM = 600;
/** A village this close to one of the article's places is the one meant over a namesake town this far from all of them. */
const LOCAL_KM = 60;
const FAR_KM = 150;
const SMALL_TOWN = 5_000;
/** A village met by its consonants alone must lie this close to one of the article's places. */
const LOOSE_NEAR_KM = 100;
/** What a region word adds to an administrative area of the name (more for one of the level the word
 * implies): more than a town's population and a conflict country's bonus can make up for. */
const AREA_WORD = 5;
const AREA_LEVEL = 0.5;

/**
 * An administrative area of the first or second level (GeoNames class A, ADM1/ADM2) that the words,
 * which carry a region word, name by its own name or an alternate name of it ("Anbar Governorate" is
 * Al Anbar's): what they mean, wherever the article's other places lie.
 */
function namedArea(c: PlaceCandidate, ctx: RankContext): boolean {
  return !!ctx.region && c.place.featureClass === 'A' && (c.place.featureCode === 'ADM1' || c.place.featureCode === 'ADM2') && (c.match === 'name' || c.match === 'alt');
}

/**
 * Distance from a candidate to the nearest anchor (Infinity without anchors).
 * @example anchorDistance(kidalInMali, { countries, anchors: [gao] }) // ≈ 289 km
 */
export function anchorDistance(c: PlaceCandidate, ctx: RankContext): number {
  let best = Infinity;
  for (const a of ctx.anchors) best = Math.min(best, distanceKm(c.place.lat, c.place.lon, a.lat, a.lon));
  return best;
}

/**
 * A candidate's score: how it matched (for a skeleton match, how near its spelling is to `text`),
 * inside the conflict country, near the article's other places, population, feature code.
 * @example placeScore(kidalInMali, { countries: new Set(['ML']), anchors: [gao] }) > placeScore(kidalInIndonesia, …)
 */
export function placeScore(c: PlaceCandidate, ctx: RankContext, text?: string): number {
  const d = anchorDistance(c, ctx);
  const proximity = Number.isFinite(d) ? 3 * Math.max(0, 1 - d / PROXIMITY_KM) : 0;
  const feature = FEATURE[c.place.featureCode] ?? (c.place.featureClass === 'P' ? 0.2 : 0);
  const inCountry = ctx.countries.has(c.place.country) ? 4 : 0;
  const spelling = (c.match === 'skeleton' || c.match === 'loose') && text !== undefined ? SPELLING * Math.min(4, spellingDistance(text, c.place)) : 0;
  const area = namedArea(c, ctx) ? AREA_WORD + (c.place.featureCode === `ADM${ctx.region}` ? AREA_LEVEL : 0) : 0;
  return MATCH[c.match] - spelling + inCountry + proximity + 0.5 * Math.log10(c.place.population + 1) + feature + area + (c.layer === 'user' ? 0.3 : 0);
}

/**
 * Whether a village-layer candidate (no population known, 120k of them) may place a mention: only in
 * context. Inside the area the words name ("…, Burkina Faso") or the conflict countries, and near the
 * article's places when it has any. Never abroad otherwise, and never without context: a Boulikessi
 * in Burkina Faso is a namesake in an article about Mali.
 */
function acceptVillage(c: PlaceCandidate, ctx: RankContext, d: number, text?: string): boolean {
  // Consonants alone: a village of the conflict country beside the article's places, spelt within two letters.
  // (near only by dropping the place's article, "Resafa" for "Ar Rasafah": among the article's places)
  if (c.match === 'loose') return ctx.countries.has(c.place.country) && d <= LOOSE_NEAR_KM && text !== undefined && spellingDistance(text, c.place) <= 2 && (d <= LOCAL_KM || spellingDistance(text, c.place, true) <= 2);
  // Every other "al-Jadida" is a namesake: with places to go by, a village lies near one of them
  // (al-Iskan by Damascus is not the al-Iskan 320 km north).
  const near = ctx.anchors.length === 0 || d <= NEAR_KM;
  if (ctx.within) return near;
  return ctx.countries.has(c.place.country) && near;
}

/**
 * Whether a candidate is good enough to place a mention at all. Inside the conflict country anything
 * goes; near the article's places a name or alternate name; far away only a town's own name (a town
 * of 10,000 or a seat: "Justice", Illinois is no place in a Syrian article) or a big city's alternate
 * name. Without any context a skeleton match needs a big city. Words with a region word take an
 * administrative area of their name anywhere: its centroid may lie far from every place of the article.
 * @example acceptPlace(saintDizierInFrance, { countries: new Set(['ML']), anchors: [gao] }) === true // "took off from Saint-Dizier in France"
 */
export function acceptPlace(c: PlaceCandidate, ctx: RankContext, text?: string): boolean {
  if (ctx.within && !ctx.within(c.place)) return false;
  if (namedArea(c, ctx)) return true;
  const d = anchorDistance(c, ctx);
  if (c.village || c.match === 'loose') return acceptVillage(c, ctx, d, text);
  if (ctx.countries.has(c.place.country)) return true;
  if (d <= (c.match === 'skeleton' ? SKELETON_NEAR_KM : NEAR_KM)) return true;
  const seat = ['PPLC', 'PPLA', 'PPLA2'].includes(c.place.featureCode);
  const big = c.place.population >= 100_000 || c.place.featureCode === 'PPLC';
  const noContext = ctx.countries.size === 0 && ctx.anchors.length === 0;
  if (c.match === 'name') return c.place.population >= 10_000 || seat || noContext;
  // GeoNames gives most Syrian villages no population; an administrative seat of any level is a real town.
  const anySeat = /^PPL(?:A\d?|C)$/.test(c.place.featureCode);
  if (c.match === 'alt') return big || (noContext && (anySeat || c.place.population >= 1000));
  return noContext && big;
}

/** A town in the article's context: inside its conflict countries or near its places. */
const inContext = (c: PlaceCandidate, ctx: RankContext): boolean => ctx.countries.has(c.place.country) || anchorDistance(c, ctx) <= NEAR_KM;

/** The highest-scoring candidate of a list, or null. */
function topScore(candidates: readonly PlaceCandidate[], ctx: RankContext, text?: string): PlaceCandidate | null {
  let best: PlaceCandidate | null = null;
  let bestScore = -Infinity;
  for (const c of candidates) {
    const score = placeScore(c, ctx, text);
    if (score > bestScore) [best, bestScore] = [c, score];
  }
  return best;
}

/**
 * The best acceptable candidate, or null. A village never beats a town in context that the name
 * meets as well (its own name against its own name), nor a big city: nearness alone is no reason to
 * prefer the smaller place; the words' reasons ("…, Kidal Region") have already refused the towns outside.
 * @example bestPlace(findPlaces(g, 'Kidal'), { countries: new Set(['ML']), anchors: [] })?.place.country === 'ML'
 */
export function bestPlace(candidates: readonly PlaceCandidate[], ctx: RankContext, text?: string): PlaceCandidate | null {
  const accepted = candidates.filter((c) => acceptPlace(c, ctx, text));
  // A capital or a city of 100,000 by any of its names: "Moskva" is Moscow, not a Ukrainian hamlet.
  const big = (c: PlaceCandidate): boolean => (c.place.population >= 100_000 || c.place.featureCode === 'PPLC') && MATCH[c.match] >= MATCH.alt;
  // A village among the article's places beats a namesake town of a few thousand far from all of them: "a battle began
  // in Kamiane" in a battle for Lebedyn is the Kam'yane 40 km away, not a Kamiane of Luhansk or Zaporizhzhia Oblast
  // (a town of 5,000 or more is still the one meant: Novofedorivka's airbase town over a hamlet near Kryvyi Rih).
  const local = ctx.anchors.length === 0 ? [] : accepted.filter((c) => c.village && anchorDistance(c, ctx) <= LOCAL_KM);
  const farTown = (c: PlaceCandidate): boolean => !c.village && c.place.population < SMALL_TOWN && anchorDistance(c, ctx) > FAR_KM && local.some((v) => MATCH[v.match] >= MATCH[c.match]);
  const near = accepted.filter((c) => !farTown(c));
  const best = topScore(near, ctx, text);
  // the area a region word names is no village a town could stand in for
  if (!best?.village || namedArea(best, ctx)) return best;
  const towns = near.filter((c) => !c.village && ((MATCH[c.match] >= MATCH[best.match] && inContext(c, ctx)) || big(c)));
  return topScore(towns, ctx, text) ?? best;
}
