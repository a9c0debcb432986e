import type { EntityMember } from '../linkApi.js';

// The merge rules of src/link (its README's table), in words.
const RULES: Record<string, string> = {
  'same-state': 'the same state',
  'same-geonames': 'the same GeoNames place',
  'same-page': 'the same Wikipedia page',
  acronym: 'an acronym of the same name',
  'same-name': 'the same name',
};

/**
 * Why an article's entity belongs to the canonical entity: the rule that merged it, the key it
 * shares, and the member it was matched with.
 * @example memberReason(member) // 'the same Wikipedia page (page:force:movement for oneness…) as “MOJWA” in Bombardment of Gao'
 * @example memberReason(first) // 'the first named: the others joined it'
 */
export function memberReason(member: EntityMember): string {
  if (member.rule === 'first' || member.evidence === null) return 'the first named: the others joined it';
  const { key, with: other } = member.evidence;
  return `${RULES[member.rule] ?? member.rule} (${key}) as “${other.name}” in ${other.article.title}`;
}
