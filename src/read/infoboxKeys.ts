/**
 * One spelling for every way editors write a field name.
 * @example normaliseInfoboxKey('Combatant_1') === 'combatant1'
 */
export function normaliseInfoboxKey(label: string): string {
  return label
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_')
    .replace(/_+(\d+)$/, '$1')
    .replace(/^_+|_+$/g, '');
}

/** The field name as a reader sees it in the seed's layout. */
export function labelFor(key: string): string {
  return key.charAt(0).toUpperCase() + key.slice(1);
}
