import type { Entity, NameMention } from '../model/index.js';
import { countryEntity } from './_countries.js';
import { nameKey } from './_nameKeys.js';
import type { ResolveContext } from './_resolveContext.js';

/**
 * The person a name stands for: the same name, or a known person whose name ends with these words
 * ("Le Drian" after "Jean-Yves Le Drian").
 */
export function resolvePerson(context: ResolveContext, mention: NameMention, keys: string[]): Entity {
  const key = nameKey(mention.value.name);
  const bySurname = context.table
    .all()
    .find((e) => e.kind === 'person' && key.split(' ').length < nameKey(e.name).split(' ').length && nameKey(e.name).endsWith(` ${key}`));
  const entity = context.table.find(...keys) ?? bySurname ?? context.table.upsert('person', mention.value.name, keys);
  for (const k of keys) context.table.addKey(entity, k);
  if (mention.value.role) addRole(context, entity, mention, mention.value.role);
  return entity;
}

/**
 * A person's role as the article gives it: "French defense minister" before the name (an alias, the role
 * "defense minister", affiliated to France), or "(Southern Front leader)" after it in the infobox.
 */
function addRole(context: ResolveContext, person: Entity, mention: NameMention, role: string): void {
  const { text } = context.article;
  const before = text.lastIndexOf(role, mention.span.start);
  const after = text.indexOf(role, mention.span.end);
  const words = role.split(/\s+/);
  const code = words.map((w) => context.lexicon.countryOfDemonym(w)).find((c): c is string => c !== null) ?? null;
  person.role ??= words.filter((w) => context.lexicon.countryOfDemonym(w) === null).join(' ') || role;
  if (code && !person.affiliation) person.affiliation = countryEntity(context, code, true).id;
  if (before >= 0 && mention.span.start - (before + role.length) <= 2) {
    // "General Lecointre", "President Serzh Sargsyan": a title written as part of the name is how the text
    // names the person, and "General" alone names no one; "French defense minister" stands alone.
    const titled = role.split(/\s+/).every((w) => /^\p{Lu}/u.test(w)) && mention.span.start - (before + role.length) === 1;
    const end = titled ? mention.span.end : before + role.length;
    context.table.addAlias(person, { text: text.slice(before, end), span: { start: before, end }, from: 'rule:role-before-name' });
  } else if (after >= 0 && after - mention.span.end <= 3) {
    context.table.addAlias(person, { text: role, span: { start: after, end: after + role.length }, from: 'rule:role-after-name' });
  }
}
