// The conflict infoboxes we read, with the template names and redirects that point to each on English Wikipedia.
const KIND_BY_TEMPLATE: Record<string, string> = {
  'military conflict': 'military conflict',
  'military engagement': 'military conflict',
  battle: 'military conflict',
  war: 'military conflict',
  conflict: 'military conflict',
  'civil conflict': 'civil conflict',
  'civil unrest': 'civil conflict',
  protest: 'civil conflict',
  riot: 'civil conflict',
  demonstration: 'civil conflict',
  revolution: 'civil conflict',
  'military operation': 'military operation',
  operation: 'military operation',
  'operational plan': 'military operation',
  'terrorist attack': 'terrorist attack',
  'terrorist incident': 'terrorist attack',
  'civilian attack': 'civilian attack',
  massacre: 'civilian attack',
  attack: 'civilian attack',
  'mass murder': 'civilian attack',
  bombing: 'civilian attack',
  'airliner accident': '',
};

/**
 * The conflict infobox kind a wikitext template name stands for, or null for other infoboxes.
 * @example conflictKindOfTemplate('Infobox Military Conflict') === 'military conflict'
 */
export function conflictKindOfTemplate(name: string): string | null {
  const bare = name
    .toLowerCase()
    .replace(/_/g, ' ')
    .replace(/^\s*(template:)?\s*infobox\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
  const kind = KIND_BY_TEMPLATE[bare];
  return kind ? kind : null;
}

/**
 * The conflict infobox kind implied by field names, for shapes that keep fields but not the template's name.
 * @example conflictKindOfKeys(['conflict', 'combatant1']) === 'military conflict'
 */
export function conflictKindOfKeys(keys: readonly string[]): string | null {
  const has = (...names: string[]): boolean => names.some((n) => keys.includes(n));
  if (has('combatant1', 'combatant2', 'commander1', 'casualties1', 'strength1')) return 'military conflict';
  if (has('perpetrator', 'perpetrators', 'fatalities', 'deaths', 'injuries', 'injured', 'weapons', 'victims', 'target', 'motive')) {
    return 'civilian attack';
  }
  if (has('side1', 'side2', 'causes', 'goals', 'methods', 'leadfigures1')) return 'civil conflict';
  if (has('executed_by', 'planned_by', 'objective', 'scope', 'outcome')) return 'military operation';
  if (has('conflict', 'partof') && has('date', 'place', 'result')) return 'military conflict';
  return null;
}
