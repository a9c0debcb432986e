// Word lists the noun-phrase reader leans on; each list says why it exists.

/** What befell the counted: never part of the noun, but the unit itself when no noun is written ("60+ killed"). */
export const CASUALTY_WORDS: ReadonlySet<string> = new Set(['killed', 'dead', 'wounded', 'injured', 'missing', 'captured',
  'destroyed', 'damaged', 'downed', 'lost', 'detained', 'arrested', 'abducted', 'kidnapped', 'displaced', 'executed',
  'deserted', 'evacuated', 'rescued', 'released', 'surrendered', 'defected', 'imprisoned', 'kia', 'wia', 'mia']);

/** Words after a count that say where, when or how old, not what: "40 km south", "two tanks yesterday". */
export const NOT_NOUNS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest',
  'southeast', 'southwest', 'away', 'ago', 'later', 'earlier', 'long', 'wide', 'deep', 'high', 'old', 'tall', 'apart',
  'each', 'apiece', 'yesterday', 'today', 'tonight', 'overnight', 'respectively', 'altogether', 'combined',
  'own', 'left', 'year-old', 'years-old']);

/**
 * Units of measure (singular): one ends its phrase, since what follows is what it measures ("a 64 km
 * highway" measures 64 km), and may stay singular after a plural count ("20 mile", "12 kilometer").
 */
export const MEASURES: ReadonlySet<string> = new Set(['km', 'm', 'mi', 'nmi', 'yd', 'ft', 'cm', 'mm', 'kg', 'lb', 'ha',
  'km2', 'km²', 'sqkm', 'mph', 'kilometer', 'kilometre', 'meter', 'metre', 'mile', 'foot', 'feet', 'yard', 'inch',
  'ton', 'tonne', 'kilogram', 'hectare', 'acre', 'degree', 'percent']);

/** Nouns that count in the singular ("21 aircraft", "19 enemy") or stand for their plural ("pro-government"). */
export const INVARIANT: ReadonlySet<string> = new Set(['aircraft', 'spacecraft', 'personnel', 'police', 'infantry',
  'cavalry', 'artillery', 'militia', 'staff', 'crew', 'poultry', 'livestock', 'cattle', 'sheep', 'enemy', 'materiel',
  'pro-government', 'anti-government', 'pro-russian', 'pro-regime', 'headquarters', 'barracks', 'series', 'species',
  'arms', 'means']);

/** Parts of a whole: "three quarters of it" is a fraction, not three things. */
export const FRACTIONS: ReadonlySet<string> = new Set(['half', 'halve', 'third', 'quarter', 'fifth', 'sixth', 'eighth', 'tenth']);

/** Nouns wink-nlp may tag as adjectives ("1 Azerbaijani civilian was killed"). */
export const COUNT_NOUNS: ReadonlySet<string> = new Set(['civilian', 'civilians', 'militant', 'militants', 'national',
  'nationals', 'official', 'officials', 'local', 'locals', 'resident', 'residents', 'rebel', 'rebels', 'regular', 'regulars']);
