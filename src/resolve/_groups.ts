import type { Entity, NameMention } from '../model/index.js';
import { abbreviates, ARMED_OPPOSITION_WORDS, CIVILIAN_NOUNS, GROUP_NOUNS } from '../recognise/index.js';
import { groupKey, nameKey } from './_nameKeys.js';
import type { ResolveContext } from './_resolveContext.js';

// "rebel fighters", "rebel forces", "rebel groups" are the rebels; "Islamist fighters" the Islamists (one
// generic actor, as ACLED codes them, however many organisations the words leave unnamed).
const FIGHTERS_OF_A_KIND = new RegExp(`^(${[...GROUP_NOUNS].filter((n) => !n.endsWith('s')).join('|')}) (?:fighter|force|position|unit|group|faction)$`);
// "opposition fighters", "armed opposition groups", "anti-government fighters": the armed opposition is the rebels
const REBEL_SYNONYM = new RegExp(`^(?:armed )?(?:${ARMED_OPPOSITION_WORDS.join('|')})\\b`, 'i');
const asKind = (name: string): string => name.replace(REBEL_SYNONYM, 'rebel');

/**
 * The actor a group noun stands for. A tie in the words ("the jihadist Movement for…", "Tuareg rebels
 * of the National Movement…") makes the noun an alias of that actor for the whole article; "residents
 * of Gao" names the residents; other civilians are the conflict country's; an untied armed noun stays
 * its own actor ("rebels"), never merged with a named group on the noun alone.
 * @example resolveGroup(ctx, mention('jihadists')) // the entity earlier tied to "jihadist"
 */
export function resolveGroup(context: ResolveContext, mention: NameMention): Entity {
  const { table } = context;
  const key = `group:${groupKey(asKind(mention.value.name).replace(/^(moderate|radical|armed|local|some|many) /i, '')).replace(FIGHTERS_OF_A_KIND, '$1')}`;
  if (mention.rule === 'names:residents-of') {
    const noun = `group:${groupKey(mention.value.name.split(' ')[0] ?? '')}`;
    const name = mention.value.name.charAt(0).toUpperCase() + mention.value.name.slice(1);
    return table.upsert('civilians', name, [key, noun, nameKey(name)]);
  }
  if (mention.value.aliasOf) {
    const tied = table.upsert('armed_group', mention.value.aliasOf, [nameKey(mention.value.aliasOf)]);
    table.addKey(tied, key);
    return tied;
  }
  const seen = table.find(key);
  if (seen) return seen;
  const noun = groupKey(mention.value.name).split(' ').pop() ?? '';
  // "Azerbaijani civilians" are Azerbaijan's civilians, not its state; other civilians the conflict country's
  if (CIVILIAN_NOUNS.has(`${noun}s`) || CIVILIAN_NOUNS.has(noun)) {
    const modifier = mention.value.name.split(/\s+/).slice(0, -1);
    // "Turkish truck drivers": the demonym may stand before a trade word
    const code = [modifier.join(' '), ...modifier].map((words) => (words ? context.lexicon.countryOfDemonym(words) : null)).find((c) => c !== null) ?? context.conflictCountry;
    const country = code ? context.lexicon.countryName(code) : null;
    const civilians = table.upsert('civilians', country ? `Civilians (${country})` : 'Civilians', [key, country ? `group:civilian:${code}` : 'group:civilian']);
    // whose civilians they are: a strike on them was struck by that country's enemy
    if (country && code) civilians.country ??= code;
    return civilians;
  }
  const known = actorOfModifier(context, mention.value.name);
  if (known) {
    table.addKey(known, key);
    return known;
  }
  return table.upsert('armed_group', genericGroupName(mention.value.name), [key]);
}

/**
 * The one name an untied group noun goes by, whichever of its forms came first: "Rebel units",
 * "rebel" and "Rebels" are all "rebels" (issue 17: one actor, not three); a proper modifier stays
 * ("Tuareg rebels"), and so does a phrase that is not a bare group noun ("pro-government militia").
 * @example genericGroupName('Rebel units') === 'rebels'
 */
export function genericGroupName(name: string): string {
  const words = asKind(name).split(/\s+/);
  // "rebel fighters", "Rebel units": the fighters of a kind are that kind
  if (words.length >= 2 && FIGHTERS_OF_A_KIND.test(groupKey(words.slice(-2).join(' ')))) words.pop();
  const last = words.length - 1;
  const head = words[last]?.toLowerCase() ?? '';
  if (!GROUP_NOUNS.has(head)) return name;
  // a militia or a crowd is one body, not many people
  const word = words[last] ?? '';
  words[last] = GROUP_NOUNS.has(`${head}s`) && head !== 'militia' && head !== 'crowd' ? `${word}s` : word;
  // a sentence's capital is no name's: "Rebels claimed" names the rebels; "Islamists" keeps the capital of Islam
  if (last === 0 && !/^islam/i.test(head)) words[0] = words[0]?.toLowerCase() ?? '';
  return words.join(' ');
}

// "FSA rebels", "Hezbollah fighters": a modifier that names a known actor (or abbreviates one) ties the noun to it.
function actorOfModifier(context: ResolveContext, phrase: string): Entity | null {
  const modifier = phrase.split(/\s+/).slice(0, -1).join(' ');
  if (!/^\p{Lu}/u.test(modifier)) return null;
  const direct = context.table.find(nameKey(modifier));
  if (direct && direct.kind !== 'place') return direct;
  if (!/^\p{Lu}{2,6}$/u.test(modifier)) return null;
  return context.table.all().find((e) => e.kind === 'armed_group' && abbreviates(modifier, e.name)) ?? null;
}
