import type { Entity, EntityKind, Mention, NameLexicon, NameMention } from '../model/index.js';
import { abbreviationCost, CIVILIAN_NOUNS, countryCode, UNIT_NAME_WORDS, type RecognisedArticle } from '../recognise/index.js';
import { countryEntity, countryOfName, isCountedSoldiers } from './_countries.js';
import { resolveGroup } from './_groups.js';
import { nameKey } from './_nameKeys.js';
import { resolvePerson } from './_persons.js';
import { affiliateUnits } from './_units.js';
import { aliasOfMention, keysOf, newResolveContext, pageOf, type ResolveContext } from './_resolveContext.js';

export interface ResolvedNames {
  entities: Entity[];
  /** The article's mentions, each name mention now pointing at its entity. */
  mentions: Mention[];
}

const isName = (m: Mention): m is NameMention => m.kind === 'actor' || m.kind === 'person' || m.kind === 'place' || m.kind === 'group';
// Infobox items name entities first, then the article's own acronym definitions and "residents of X", then the prose in
// order; a group noun led by an acronym last, so the acronym finds the actor it names wherever the article first names
// it ("YPG fighters" told before "the YPG" are the YPG's).
// ("AFP journalists" are civilians, whoever the letters name: they keep their place.)
const ACRONYM_LED = /^\p{Lu}{2,6}\s/u;
const acronymLedForce = (m: NameMention): boolean =>
  m.kind === 'group' && ACRONYM_LED.test(m.value.name) && !CIVILIAN_NOUNS.has(m.value.name.split(/\s+/).pop()?.toLowerCase() ?? '');
const order = (m: NameMention): number =>
  m.sentence === null ? 0 : m.rule === 'names:acronym' ? 1 : m.rule === 'names:residents-of' ? 2 : acronymLedForce(m) ? 4 : 3;

/**
 * Merges name mentions into entities: one entity per actor, person or place, with every alias and
 * the words that gave it. Evidence for identity: the same canonical page (wikilinks), an acronym the
 * article defines, a demonym's country, a tie in the words for group nouns, the same normalised name.
 * @example resolveNames(article, gazetteer).entities // France ← "French planes", "French forces"; MOJWA ← "Movement for Oneness…"
 */
export function resolveNames(article: RecognisedArticle, lexicon: NameLexicon): ResolvedNames {
  const context = newResolveContext(article, lexicon);
  const names = article.mentions.filter(isName);
  const ordered = [...names].sort((a, b) => order(a) - order(b) || a.span.start - b.span.start);
  const entityOf = new Map<string, string>();
  for (const mention of ordered) {
    if (isCountedSoldiers(mention) && countryOfName(context, mention) === null) continue;
    const entity = resolveOne(context, mention);
    context.table.addAlias(entity, aliasOfMention(context, mention));
    entity.page ??= pageOf(context, mention.span);
    entityOf.set(mention.id, entity.id);
  }
  const mentions = article.mentions.map((m) => (isName(m) ? { ...m, entity: entityOf.get(m.id) ?? null } : m));
  const entities = context.table.all();
  affiliateUnits(article, entities, mentions, (word) => lexicon.countryOfDemonym(word), (name) => countryCode(lexicon, name));
  return { entities, mentions };
}

function resolveOne(context: ResolveContext, mention: NameMention): Entity {
  const keys = keysOf(context, mention.value.name, mention.span);
  if (mention.kind === 'person') return resolvePerson(context, mention, keys);
  if (mention.kind === 'group') return resolveGroup(context, mention);
  const code = countryOfName(context, mention);
  if (code) {
    const asActor = mention.kind === 'actor';
    const entity = countryEntity(context, code, asActor);
    if (asActor) for (const key of keys.filter((k) => k !== nameKey(entity.name))) context.table.addKey(entity, key);
    return entity;
  }
  const kind = kindOf(mention);
  if (mention.value.aliasOf) {
    const other = nameKey(mention.value.aliasOf);
    const existing = context.table.find(...keys, other);
    const name = existing?.name ?? shorter(mention.value.name, mention.value.aliasOf);
    return context.table.upsert(kind, name, [...keys, other]);
  }
  const known = context.table.find(...keys) ?? abbreviationOf(context, mention);
  if (known) return known;
  const expanded = expansionOf(context, mention);
  if (!expanded) return context.table.upsert(kind, mention.value.name, keys);
  for (const key of keys) context.table.addKey(expanded, key);
  return expanded;
}

function kindOf(mention: NameMention): EntityKind {
  if (mention.kind === 'place') return 'place';
  const words = mention.value.name.toLowerCase().split(/\s+/);
  // a numbered formation ("8th Guards Combined Arms Army") is a unit of some state's forces
  return words.some((w) => UNIT_NAME_WORDS.has(w)) || /^\d+(?:st|nd|rd|th)$/.test(words[0] ?? '') ? 'military_unit' : 'armed_group';
}

// An acronym the article never defines ("FSA") stands for a known actor whose initials it is ("Free Syrian Army").
function abbreviationOf(context: ResolveContext, mention: NameMention): Entity | null {
  const name = mention.value.name;
  if (!/^\p{Lu}{2,6}$/u.test(name)) return null;
  let found: { entity: Entity; cost: number } | null = null;
  for (const entity of context.table.all()) {
    if (entity.kind === 'place' || entity.kind === 'person') continue;
    for (const long of [entity.name, ...entity.aliases.map((a) => a.text)]) {
      const cost = long === name ? null : abbreviationCost(name, long);
      if (cost !== null && (!found || cost < found.cost)) found = { entity, cost };
    }
  }
  if (found) context.table.addKey(found.entity, nameKey(name));
  return found?.entity ?? null;
}

// A name an acronym met earlier stands for: a caption's "FSA soldiers on a truck" before the side's
// "Free Syrian Army" is one actor, as it is when the long name comes first. Only the exact initials of
// its capitalised words ("RICM" is no "1st Marine Infantry Regiment"): nothing in the words ties them.
function expansionOf(context: ResolveContext, mention: NameMention): Entity | null {
  const name = mention.value.name;
  if (mention.kind === 'place' || !/\s/.test(name)) return null;
  const initials = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.charAt(0)).join('');
  return context.table.all().find((e) => e.kind !== 'place' && e.kind !== 'person' && /^\p{Lu}{2,6}$/u.test(e.name) && e.name === initials) ?? null;
}

// The name an actor goes by: the short form the article defines ("MOJWA"), as the article then uses it.
function shorter(a: string, b: string): string {
  return a.length <= b.length ? a : b;
}
