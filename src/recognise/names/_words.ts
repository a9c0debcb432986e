// General English lexicons for naming actors and places in conflict reporting. None names a
// particular conflict, group, place or person.

/** Nouns for a state's armed or governing bodies: "French forces", "Malian troops". */
export const FORCE_NOUNS = new Set([
  'forces', 'force', 'troops', 'soldiers', 'army', 'military', 'armed forces', 'planes', 'jets', 'aircraft', 'warplanes',
  'fighter jets', 'helicopters', 'drones', 'air force', 'navy', 'artillery', 'police', 'gendarmerie', 'government',
  'authorities', 'officials', 'ministry', 'special forces', 'paratroopers', 'marines', 'units', 'contingent', 'tanks',
  'warships', 'military forces', 'security forces', 'government forces', 'national guard', 'border guards', 'army units',
]);

/** Nouns that make a demonym name a place: "Algerian airspace", "the Mauritanian-Malian border", "the Malian locality of Boulikessi". */
export const PLACE_NOUNS = new Set([
  'airspace', 'territory', 'border', 'soil', 'waters', 'coast', 'frontier', 'side', 'borders', 'territorial waters',
  'locality', 'localities', 'town', 'towns', 'village', 'villages', 'city', 'cities', 'countryside', 'province', 'region',
]);

// People counted by what they do, whom ACLED codes as civilians: "54 government employees … were killed",
// "28 Turkish truck drivers were abducted".
export const CIVILIAN_TRADES = new Set([
  'employees', 'workers', 'drivers', 'passengers', 'pilgrims', 'worshippers', 'students', 'pupils', 'farmers', 'shepherds',
  'fishermen', 'patients', 'doctors', 'nurses', 'teachers',
]);

// People named by age, sex or calling, whom no side arms: "a 12-year-old Armenian boy", "two Danish journalists",
// "an 21-year-old Indian student".
export const UNARMED_PEOPLE = ['boy', 'boys', 'girl', 'girls', 'child', 'children', 'woman', 'women', 'journalist', 'journalists', 'reporter', 'reporters',
  'student', 'worker', 'doctor', 'nurse', 'teacher', 'driver', 'farmer', 'pensioner', 'pensioners'];

/** People and crowds the article ties to an actor by context. */
export const GROUP_NOUNS = new Set([...UNARMED_PEOPLE, 
  'jihadists', 'jihadist', 'rebels', 'rebel', 'islamists', 'islamist', 'militants', 'militant', 'insurgents', 'insurgent',
  'fighters', 'separatists', 'residents', 'civilians', 'villagers', 'locals', 'protesters', 'demonstrators', 'terrorists',
  'gunmen', 'tribesmen', 'militiamen', 'militias', 'militia', 'loyalists', 'mercenaries', 'extremists', 'guerrillas', 'partisans',
  'inhabitants', 'refugees', 'citizens', 'townspeople', 'crowd', 'crowds', ...CIVILIAN_TRADES,
]);

/** Words that name the armed opposition to a government, before a force or group noun: its fighters are the rebels. */
export const ARMED_OPPOSITION_WORDS = ['opposition', 'anti-government', 'anti-regime'];

/** Group nouns that name the unarmed: they resolve to a civilians entity. */
export const CIVILIAN_NOUNS = new Set([...UNARMED_PEOPLE, 'residents', 'civilians', 'villagers', 'locals', 'inhabitants', 'refugees', 'protesters', 'demonstrators', 'citizens', 'townspeople', 'crowd', 'crowds', ...CIVILIAN_TRADES]);

/** Words of an organisation's name that make it an armed group or a unit: English, and the Arabic common nouns many group names are built from (ansar "supporters", jabhat "front", jaysh "army", liwa "brigade"); no group's own name. */
export const GROUP_NAME_WORDS = new Set([
  'movement', 'front', 'army', 'forces', 'force', 'party', 'council', 'committee', 'state', 'jihad', 'liberation', 'guard',
  'guards', 'militia', 'militias', 'units', 'organization', 'organisation', 'group', 'coalition', 'alliance', 'union',
  'brigades', 'battalions', 'legion', 'mujahideen', 'ansar', 'jabhat', 'jaysh', 'jaish',
  'liwa', 'harakat', 'ahrar', 'tahrir', 'katibat', 'saraya', 'jund', 'junud', 'fatah', 'fateh',
  'command', 'resistance', 'revolutionaries', 'rebels', 'fighters', 'squad',
]);

/**
 * Words that make a name a political body that speaks for a side, not the force that fights for it:
 * "National Coalition" over "* Free Syrian Army", "Autonomous Administration of North and East Syria".
 * A "Military Council" fights (see `isPoliticalBody`).
 */
export const POLITICAL_BODY_WORDS = new Set(['coalition', 'council', 'government', 'administration', 'opposition', 'party', 'congress', 'assembly', 'parliament']);

/**
 * Whether a name is a political body's (see POLITICAL_BODY_WORDS).
 * @example isPoliticalBody('Syrian National Coalition') === true; isPoliticalBody('Revolutionary Military Council of Hasaka') === false
 */
export function isPoliticalBody(name: string): boolean {
  const words = name.toLowerCase().split(/[\s-]+/);
  return words.some((w) => POLITICAL_BODY_WORDS.has(w)) && !words.includes('military');
}

/** Words of a unit's name: a unit, not a whole armed group. */
export const UNIT_NAME_WORDS = new Set([
  'brigade', 'battalion', 'regiment', 'division', 'corps', 'squadron', 'company', 'platoon', 'detachment', 'wing', 'fleet',
  'flotilla', 'group', 'task force', 'battery',
]);

/** Formation words whose number may follow them as part of the name: "Division 17", "Brigade 93", "Regiment 121". */
export const NUMBERED_FORMATIONS = new Set(['brigade', 'battalion', 'regiment', 'division', 'corps', 'squadron']);

/** Role nouns that put a person's name after them: "French defense minister Jean-Yves Le Drian". */
export const ROLE_NOUNS = new Set([
  'minister', 'president', 'commander', 'general', 'colonel', 'spokesman', 'spokesperson', 'spokeswoman', 'leader', 'chief',
  'head', 'governor', 'mayor', 'ambassador', 'secretary', 'officer', 'emir', 'lieutenant', 'major', 'captain', 'admiral',
  'marshal', 'premier', 'chancellor', 'king', 'prince', 'sheikh', 'cleric', 'envoy', 'representative', 'official', 'director',
  'journalist', 'founder', 'deputy', 'adviser', 'advisor', 'sergeant', 'brigadier', 'minister of defence', 'minister of defense',
  'prosecutor', 'chairman', 'chairwoman', 'chairperson',
]);

/** Prepositions after which a proper noun is a place: "in Aghabo", "over Spain", "from Saint-Dizier". */
export const LOCATIVE_PREPOSITIONS = new Set([
  'in', 'at', 'near', 'from', 'to', 'towards', 'toward', 'outside', 'around', 'over', 'into', 'across', 'through', 'via',
  'inside', 'within', 'north', 'south', 'east', 'west', 'of', 'on',
]);

/** Nouns of a part of a place: "the center of Gao", "the outskirts of Aleppo". */
/**
 * Words right before a name that make it the place taken or struck, so a village's name counts
 * ("the Malian military captured Diabaly", "took possession of Diabaly", "Russian forces shelled Kamiane").
 */
export const PLACE_OBJECT_CUES = new Set([
  'captured', 'recaptured', 'retook', 'seized', 'liberated', 'entered', 'occupied', 'overran', 'stormed', 'shelled', 'bombed',
  'besieged', 'encircled', 'surrounded', 'attacked', 'raided', 'reached', 'control of', 'possession of', 'capture of', 'recapture of',
  // the same acts told by a participle clause: "advanced even further, capturing Sabkhawi from ISIS"
  'capturing', 'recapturing', 'retaking', 'seizing', 'liberating', 'entering', 'occupying', 'overrunning', 'storming', 'shelling',
  'bombing', 'besieging', 'encircling', 'surrounding', 'attacking', 'raiding', 'reaching',
]);

export const PART_OF_PLACE_NOUNS = new Set([
  'city', 'town', 'village', 'cities', 'towns', 'villages', 'province', 'region', 'governorate', 'district', 'center', 'centre',
  'outskirts', 'suburbs', 'heart', 'north', 'south', 'east', 'west', 'countryside', 'area', 'streets', 'capital', 'port', 'edge',
]);

/** Nouns after a proper noun that make it a place: "the N'Djamena airbase", "the Firhoun and Bourem military camps". */
export const PLACE_FEATURE_NOUNS = new Set([
  'airbase', 'air base', 'airport', 'base', 'bases', 'camp', 'camps', 'prison', 'district', 'neighborhood', 'neighbourhood',
  'village', 'town', 'city', 'province', 'region', 'governorate', 'oblast', 'area', 'countryside', 'outskirts', 'bridge',
  'military camp', 'military camps', 'checkpoint', 'highway', 'road', 'river', 'dam', 'valley', 'mountains', 'hills',
]);

/** Sites named by a number after them: "Base 46", "Hill 300", "Checkpoint 17". */
export const NUMBERED_SITES = new Set(['base', 'camp', 'hill', 'height', 'checkpoint', 'outpost', 'post', 'point', 'sector', 'station', 'gate']);

/** Words that end a region's name: "Kidal Region", "Idlib Governorate", "Donetsk Oblast". */
export const REGION_WORDS = new Set([
  'region', 'governorate', 'oblast', 'province', 'district', 'prefecture', 'state', 'raion', 'wilayat', 'cercle', 'department',
  'county', 'municipality', 'krai', 'canton', 'emirate',
]);

/** Lower-case words allowed inside a proper name: "Movement for the Liberation of Azawad", "Abu Bakr al-Baghdadi". */
export const NAME_CONNECTORS = new Set(['of', 'for', 'the', 'de', 'du', 'des', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'van', 'von', 'and', 'in', 'da', 'di']);

/** Words that end the name of a building people use, a site of what happens there: "Sumy State University". */
export const FACILITY_WORDS = new Set(['university', 'hospital', 'school', 'museum', 'church', 'cathedral', 'monastery', 'mosque', 'library', 'theatre', 'theater', 'stadium']);

/** Words of an institution's name: a ministry, court, agency or newspaper is neither a place nor a fighting actor. */
export const INSTITUTION_WORDS = new Set([
  'department', 'court', 'agency', 'commission', 'news', 'television', 'tv', 'radio', 'newspaper', 'times', 'post', 'press',
  'university', 'institute', 'foundation', 'bank', 'company', 'corporation', 'channel', 'broadcasting', 'ministry', 'parliament',
  'senate', 'congress', 'assembly', 'embassy', 'consulate', 'office', 'bureau', 'watch', 'amnesty', 'red', 'crescent',
]);
