/** A place mention's words reduced to the name to look up, and what the words around it imply. */
export interface PlaceWords {
  /** The mention without quotes, a leading "the" or a possessive: looked up first ("North Korea"). */
  full: string;
  /** The name inside it: "Mali" for "northern Mali", "Gao" for "Gao and outskirts". */
  core: string;
  /** The words say the point is near the place or a part of it (ACLED geo precision 2). */
  near: boolean;
}

// "northern Mali", "north-eastern Syria", "central Idlib", "western Ukraine"
const PART_OF = /^(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central|rural|downtown)\s+/i;
// "outskirts of Damascus", "the vicinity of Aleppo", "north of Raqqa", "Near Gorom-Gorom"
const OUTSIDE_OF = /^(?:(?:the\s+)?(?:outskirts|suburbs|vicinity|environs|countryside|(?:north|south)(?:-?(?:east|west))?|east|west)\s+of|near|close\s+to|around)\s+/i;
// "Gao and outskirts", "Idlib city", "Avdiivka (and surrounding villages)", "Damascus countryside"
const AROUND = /\s+(?:and\s+(?:its\s+)?(?:outskirts|surroundings|environs|suburbs|district)|outskirts|suburbs|countryside|area|\(.*\))$/i;
const CITY = /\s+(?:city|town|village)$/i;
// "Yavoriv military base", "Tabqa Airbase", "Kherson International Airport", "Nasib Border Crossing": near the town.
const FACILITY = /\s+(?:international\s+)?(?:airport|air\s?base|airfield|air\s+field|military\s+base|base|barracks|border\s+crossing|crossing|checkpoint|gas\s+field|oil\s+field|dam|prison|port)$/i;

/**
 * The name inside a place mention, with the nearness its own words state.
 * @example placeWords('the outskirts of Gao') // { full: 'outskirts of Gao', core: 'Gao', near: true }
 * @example placeWords("Gao's") // { full: 'Gao', core: 'Gao', near: false }
 */
export function placeWords(text: string): PlaceWords {
  const full = text
    .trim()
    .replace(/^["“'‘(]+|["”'’),.;:]+$/g, '')
    .replace(/['’]s$/, '')
    .replace(/^the\s+/i, '')
    .trim();
  let core = full;
  let near = false;
  for (let before = ''; before !== core; ) {
    before = core;
    const stripped = core.replace(/^the\s+/i, '').replace(OUTSIDE_OF, '').replace(PART_OF, '').replace(AROUND, '').replace(FACILITY, '');
    if (stripped !== core.replace(/^the\s+/i, '')) near = true;
    core = stripped.replace(CITY, '').trim();
  }
  return { full, core, near };
}

// "near the", "close to", "on the outskirts of", "20 km north of", "just outside", "around"
const NEAR_CUE = /\b(?:near(?:by)?|close\s+to|outside(?:\s+of)?|outskirts\s+of|vicinity\s+of|(?:north|south|east|west)(?:-?(?:east|west))?\s+of|\d+\s*(?:km|kilomet(?:re|er)s?|miles?)\s+(?:\w+\s+)?(?:of|from)|(?<!in and )around)\s+(?:the\s+)?$/i;

/** Where the mention's words sit in its sentence (the first occurrence), or -1. */
function positionIn(sentence: string, text: string): number {
  const exact = sentence.indexOf(text);
  return exact >= 0 ? exact : sentence.toLowerCase().indexOf(text.toLowerCase());
}

/**
 * Whether the words just before the mention put the point near it rather than at it.
 * @example nearCue('They refueled … and again near the Mauritanian-Malian border.', 'Mauritanian-Malian border') === true
 */
export function nearCue(sentence: string, text: string): boolean {
  const at = positionIn(sentence, text);
  return at > 0 && NEAR_CUE.test(sentence.slice(Math.max(0, at - 48), at));
}

/**
 * The place that follows the mention after a comma, which contains it ("Aghabo, Kidal Region"), or the
 * district it is said to lie in ("Vorozhba in Lebedyn district").
 * @example containerAfter('French forces also bombed an Ansar Dine base in Aghabo, Kidal Region.', 'Aghabo') === 'Kidal Region'
 */
export function containerAfter(sentence: string, text: string): string | null {
  const at = positionIn(sentence, text);
  if (at < 0) return null;
  const rest = sentence.slice(at + text.length);
  const after = /^\s*,\s*((?:al-|el-|an-|ar-|as-)?\p{Lu}[\p{L}\p{M}'’\- ]*?)\s*(?=[,.;:()]|\s+(?:and|on|in|at|where|which|was|were)\b|$)/u.exec(rest);
  // "the village of Vorozhba in Lebedyn district", "Hrebelky in Brovary Raion": the district it lies in
  const district = /^\s+in\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}'’-]*(?:\s\p{Lu}[\p{L}\p{M}'’-]*)?\s+(?:[Dd]istrict|[Rr]aion|[Rr]ayon|[Oo]blast|[Gg]overnorate|[Pp]rovince|[Rr]egion))\b/u.exec(rest);
  return after?.[1] ?? district?.[1] ?? null;
}

// "the al-Jadidah neighborhood", "the Karrada district": a part of a town in the article's area.
const PART_OF_TOWN = /^\s+(?:neighbou?rhood|quarter|suburb|district)\b/i;

/**
 * Whether the words right after the mention make it a part of a town ("the al-Jadidah neighborhood"),
 * which must then lie among the article's other places, never in a namesake city abroad.
 * @example partOfTownCue('…in the al-Jadidah neighborhood, where…', 'al-Jadidah') === true
 */
export function partOfTownCue(sentence: string, text: string): boolean {
  const at = positionIn(sentence, text);
  return at >= 0 && PART_OF_TOWN.test(sentence.slice(at + text.length, at + text.length + 20));
}

// "Anbar province", "the Kharkiv region", "Luhansk oblast": a region word the name leaves outside it. Not
// "district", which also names a town's quarter ("the Karrada district": `partOfTownCue`).
const REGION_WORD_AFTER = /^\s+(province|governorate|oblast|region|raion|rayon|wilaya|wilayat|prefecture|voivodeship|krai)\b/i;

/**
 * The region word right after the mention, when its words do not hold it: the name is the region's.
 * @example regionWordAfter('…launched an offensive to recapture Anbar province.', 'Anbar') === 'province'
 */
export function regionWordAfter(sentence: string, text: string): string | null {
  const at = positionIn(sentence, text);
  return at >= 0 ? (REGION_WORD_AFTER.exec(sentence.slice(at + text.length))?.[1] ?? null) : null;
}
