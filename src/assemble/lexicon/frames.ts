/**
 * The words around a noun trigger that make it a report of a happening rather than a name or an
 * aside: "clashes broke out", "launched an offensive", "killed in an airstrike", "under heavy
 * shelling". Verb lemmas here are inflected like the trigger lexicon's (`verbForms`).
 */

/** A noun trigger as the subject of these verbs happened: "heavy fighting took place", "an air strike hit". */
export const OCCURRENCE_VERBS: readonly string[] = [
  // "clashes broke out soon afterward", "violent clashes erupted", "firefights … occurred"
  'take place:took,taken', 'break out:broke,broken', 'erupt', 'explode', 'detonate', 'go off:went,gone', 'blow up:blew,blown', 'occur:occurred', 'happen', 'ensue', 'flare up', 'flare',
  // "fighting continued in the outskirts", "the battle raged again", "clashes renewed"
  'continue', 'resume', 'rage', 'escalate', 'renew', 'intensify', 'begin:began,begun,beginning', 'start', 'last', 'persist', 'spread', 'go on:went,gone',
  // "an air strike hit a heavy concentration of rebels", "a car bomb killed five civilians"
  'hit:hit', 'strike:struck', 'kill', 'wound', 'injure', 'destroy', 'damage', 'target', 'leave:left', 'claim', 'cause', 'result in', 'force', 'cut off:cut',
  // "shelling was reported", "a ceasefire was declared/brokered/agreed/reached"
  'report', 'declare', 'announce', 'reach', 'sign', 'establish', 'implement', 'come into effect:came,come', 'take effect:took,taken',
  // "the attack was repelled", "an attack … was launched"
  'repel:repelled', 'repulse', 'launch', 'carry out:carried', 'conduct', 'mount', 'involve',
];

/** A noun trigger as the object of these verbs happened: "launched a surprise offensive", "called in artillery strikes". */
export const SUPPORT_VERBS: readonly string[] = [
  'launch', 'carry out:carried', 'conduct', 'mount', 'stage', 'make:made', 'begin:began,begun,beginning', 'start', 'resume', 'intensify', 'continue',
  'step up', 'undertake:undertook,undertaken', 'lead:led', 'execute', 'perform', 'order', 'call in', 'unleash', 'initiate', 'commit:committed', 'perpetrate',
  'claim', 'claim responsibility for', 'involve', 'lead to:led', 'result in', 'spark', 'trigger', 'provoke', 'cause', 'repel:repelled', 'repulse', 'thwart', 'foil', 'fight off:fought', 'beat back:beat,beaten',
  'declare', 'agree', 'sign', 'reach', 'announce', 'broker', 'hold:held', 'organize', 'organise', 'join', 'report', 'confirm', 'hit', 'suffer', 'endure', 'face', 'survive', 'withstand:withstood',
];

/** These support verbs' subject is whom the happening struck: "the town endured heavy shelling". */
export const SUFFERING_VERBS: readonly string[] = ['suffer', 'endure', 'face', 'survive', 'withstand:withstood', 'repel:repelled', 'repulse', 'thwart', 'foil', 'fight off:fought', 'beat back:beat,beaten'];

/** These support verbs' subject tells of the happening, not acts it: "the Operational Command South confirmed the destruction of another depot". */
export const REPORTING_VERBS: readonly string[] = ['report', 'confirm'];

/** "killed in an airstrike", "wounded by Russian shelling", "died from a land-mine explosion", "destroyed by homemade bombs" */
export const HARM_WORDS: readonly string[] = [
  'killed', 'wounded', 'injured', 'died', 'dead', 'destroyed', 'damaged', 'hit', 'struck', 'targeted', 'lost', 'slain', 'hurt', 'casualties', 'deaths', 'toll', 'fatalities',
];

/** Prepositions after a harm word that lead to its cause: "killed in", "wounded by", "died from". */
export const CAUSE_PREPOSITIONS: readonly string[] = ['in', 'by', 'during', 'from', 'after', 'amid', 'following', 'due to', 'as a result of', 'under', 'through'];

/** Prepositions that put a noun trigger around another happening: "entered Melitopol amid heavy clashes", "under heavy shelling". */
export const CIRCUMSTANCE_PREPOSITIONS: readonly string[] = ['amid', 'under', 'with ongoing', 'despite', 'through heavy'];

/**
 * Nouns after a trigger that make it a modifier, not a happening: "attack helicopters", "assault rifles",
 * "strike aircraft", "siege artillery".
 */
export const MODIFIED_HEADS: readonly string[] = [
  // ("unmanned combat aerial vehicles": the noun before an adjective of its head modifies it too)
  'helicopter', 'helicopters', 'rifle', 'rifles', 'aircraft', 'aerial', 'plane', 'planes', 'jet', 'jets', 'drone', 'drones', 'troops', 'brigade', 'brigades',
  'unit', 'units', 'group', 'groups', 'force', 'capability', 'capabilities', 'team', 'teams', 'vehicle', 'vehicles', 'boat', 'boats', 'craft', 'squad',
  'division', 'battalion', 'regiment', 'fighter', 'fighters', 'police', 'guns', 'gun', 'zone', 'zones', 'line', 'lines', 'plan', 'plans', 'warning',
  'ministry', 'ministries', 'minister', 'department', 'council', 'official', 'officials', 'spokesman', 'spokesperson', 'budget', 'industry', 'command',
  'alarm', 'alarms', 'shelter', 'shelters', 'defence', 'defense', 'defences', 'defenses', 'campaign', 'siren', 'sirens', 'operations', 'position', 'positions',
  // "two anti-aircraft missile complex Strela-10 destroyed", "Grad rocket launchers", "an S-300 missile system": arms, not a strike
  'complex', 'complexes', 'system', 'systems', 'launcher', 'launchers', 'battery', 'batteries', 'depot', 'depots', 'crew', 'crews',
  // "ceasefire violations", "ceasefire monitors": what befell an agreement or watches it, not the agreement
  'violation', 'violations', 'breach', 'breaches', 'monitors', 'monitoring', 'deadline', 'talks',
];

/**
 * Nouns whose "of" makes a trigger their complement, not a happening told: "breaches of the ceasefire were
 * reported", "the terms of the agreement", "the collapse of the truce".
 */
export const COMPLEMENT_HEADS: readonly string[] = [
  'violation', 'violations', 'breach', 'breaches', 'terms', 'deadline', 'collapse', 'end', 'expiry', 'expiration', 'extension', 'anniversary', 'aftermath',
  // "an increase in the rate of drone strikes": a measure of happenings over time, none of them told
  'rate', 'frequency', 'pace', 'intensity',
];

/**
 * Words that name a site a fight can take or a side can leave: with one of these after it, a trigger that
 * needs a place has one though no gazetteer knows it ("recaptured the hill", "withdrew from the base").
 */
export const SITE_NOUNS: readonly string[] = [
  'town', 'towns', 'city', 'cities', 'village', 'villages', 'hill', 'hills', 'heights', 'base', 'bases', 'airbase', 'airport', 'airfield',
  'checkpoint', 'checkpoints', 'position', 'positions', 'area', 'areas', 'district', 'districts', 'neighborhood', 'neighbourhood', 'neighborhoods',
  'neighbourhoods', 'road', 'highway', 'bridge', 'field', 'fields', 'plant', 'dam', 'prison', 'hospital', 'station', 'headquarters', 'outpost',
  'countryside', 'region', 'territory', 'territories', 'settlement', 'settlements', 'quarter', 'quarters', 'suburb', 'suburbs', 'outskirts',
  'centre', 'center', 'island', 'port', 'factory', 'complex', 'crossing', 'border', 'front', 'frontline', 'front line', 'valley', 'mountain',
  'mountains', 'citadel', 'fort', 'camp', 'barracks', 'stronghold', 'pocket', 'enclave', 'junction', 'roundabout', 'crossroads', 'district',
  'silo', 'silos', 'depot', 'depots', 'refinery', 'terminal', 'harbour', 'harbor',
];
