/**
 * One spelling for every way editors write a field name.
 * @example normaliseInfoboxKey('Combatant_1') === 'combatant1'
 */
export function normaliseInfoboxKey(label: string): string {
  return label
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_')
    // matches start only where a run of "_" starts: from every "_" of a long run, it took seconds
    .replace(/(?<!_)_+(\d+)$/, '$1')
    .replace(/^_+|(?<!_)_+$/g, '');
}

/** The field name as a reader sees it in the seed's layout. */
export function labelFor(key: string): string {
  return key.charAt(0).toUpperCase() + key.slice(1);
}

// Presentation-only fields: file names and sizes, not facts about the conflict.
const PRESENTATION = /^(image\d*|image_?size|image_upright|upright|alt|map_?(type|size|relief|marksize|image)?|module\d*|width|coordinates_display)$/;

/**
 * Whether a normalised key is layout rather than fact, and so left out of the infobox.
 * @example isPresentationKey('image_size') === true
 */
export function isPresentationKey(key: string): boolean {
  return PRESENTATION.test(key);
}

// Fields that list the sides' names, one item each: "combatant1", "side2", "perpetrators", "targets".
const SIDE_KEY = /^(?:combatants?\d?[a-z]?|side\d|perpetrators?|attackers?|assailants?|targets?|victims?)$/;

/**
 * Whether a normalised key lists the names of one side.
 * @example isSideKey('combatant2') === true; isSideKey('place') === false
 */
export function isSideKey(key: string): boolean {
  return SIDE_KEY.test(key);
}
