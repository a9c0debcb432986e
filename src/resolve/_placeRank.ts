import { distanceKm, type GeoPlace, type MatchKind, type PlaceCandidate } from './gazetteer/index.js';

/** What a candidate is weighed against: the conflict countries and the article's resolved points. */
export interface RankContext {
  countries: ReadonlySet<string>;
  anchors: readonly { lat: number; lon: number }[];
  /** The area the words put the place in ("Pisky, Donetsk Oblast"): candidates outside it are refused. */
  within?: ((place: GeoPlace) => boolean) | null;
}

// A place's own name beats an alternate name, which beats a transliteration skeleton, by more than
// population can make up: "Bosra" is Busra ash Sham (alternate name), not Basrah (skeleton).
const MATCH: Record<MatchKind, number> = { name: 6, alt: 4, skeleton: 0 };
// Seats first: of two Kidals, the regional capital is the one an article means.
const FEATURE: Record<string, number> = { PPLC: 1.5, PPLA: 1, PPLA2: 0.6, PPLA3: 0.3, PPLA4: 0.2, PPL: 0.2, PPLX: 0 };
/** Within this distance of an anchor a candidate is "near the article's other places"… */
const NEAR_KM = 300;
/** …and a mere skeleton match abroad must be closer still: Jordan's al-Husn is no "Hosn" in Homs. */
const SKELETON_NEAR_KM = 100;
const PROXIMITY_KM = 600;

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
 * A candidate's score: how it matched, inside the conflict country, near the article's other
 * places, population, feature code.
 * @example placeScore(kidalInMali, { countries: new Set(['ML']), anchors: [gao] }) > placeScore(kidalInIndonesia, …)
 */
export function placeScore(c: PlaceCandidate, ctx: RankContext): number {
  const d = anchorDistance(c, ctx);
  const proximity = Number.isFinite(d) ? 3 * Math.max(0, 1 - d / PROXIMITY_KM) : 0;
  const feature = FEATURE[c.place.featureCode] ?? (c.place.featureClass === 'P' ? 0.2 : 0);
  const inCountry = ctx.countries.has(c.place.country) ? 4 : 0;
  return MATCH[c.match] + inCountry + proximity + 0.5 * Math.log10(c.place.population + 1) + feature + (c.layer === 'user' ? 0.3 : 0);
}

/**
 * Whether a candidate is good enough to place a mention at all. Inside the conflict country anything
 * goes; near the article's places a name or alternate name; far away only a town's own name (a town
 * of 10,000 or a seat: "Justice", Illinois is no place in a Syrian article) or a big city's alternate
 * name. Without any context a skeleton match needs a big city.
 * @example acceptPlace(saintDizierInFrance, { countries: new Set(['ML']), anchors: [gao] }) === true // "took off from Saint-Dizier in France"
 */
export function acceptPlace(c: PlaceCandidate, ctx: RankContext): boolean {
  if (ctx.within && !ctx.within(c.place)) return false;
  if (ctx.countries.has(c.place.country)) return true;
  const d = anchorDistance(c, ctx);
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

/**
 * The best acceptable candidate, or null.
 * @example bestPlace(findPlaces(g, 'Kidal'), { countries: new Set(['ML']), anchors: [] })?.place.country === 'ML'
 */
export function bestPlace(candidates: readonly PlaceCandidate[], ctx: RankContext): PlaceCandidate | null {
  let best: PlaceCandidate | null = null;
  let bestScore = -Infinity;
  for (const c of candidates) {
    if (!acceptPlace(c, ctx)) continue;
    const score = placeScore(c, ctx);
    if (score > bestScore) [best, bestScore] = [c, score];
  }
  return best;
}
