import type { Entity, Mention } from '../model/index.js';
import type { RecognisedArticle } from '../recognise/index.js';

/**
 * The state a unit serves: a demonym right before its name ("the Russian 22nd Army Corps"), or the
 * side of the infobox whose units field lists it (units2 serves combatant2's state). A group told as
 * leading a state's forces is one of its units (see `leadersOfStateForces`); one named as an actor's takes its side
 * (`ownedUnits`).
 * @example affiliateUnits(article, entities, mentions, demonymCountry, countryOfName) // "8th Guards Combined Arms Army" → Russia
 */
export function affiliateUnits(article: RecognisedArticle, entities: Entity[], mentions: Mention[], demonymCountry: (word: string) => string | null, countryOfName: (name: string) => string | null): void {
  const states = entities.filter((e) => e.kind === 'state');
  leadersOfStateForces(article, entities, mentions);
  stateForcesByName(entities, demonymCountry);
  ownedUnits(article, entities, mentions, countryOfName);
  for (const unit of entities.filter((e) => e.kind === 'military_unit' && e.affiliation === null)) {
    const own = mentions.filter((m) => 'entity' in m && m.entity === unit.id);
    for (const m of own) {
      const before = article.text.slice(Math.max(0, m.span.start - 30), m.span.start);
      const word = /(\p{Lu}\p{Ll}+)\s+(?:\d+\w*\s+)?$/u.exec(before)?.[1];
      const code = word ? demonymCountry(word) : null;
      const state = code ? states.find((s) => s.country === code) : undefined;
      if (state) {
        unit.affiliation = state.id;
        break;
      }
      const field = article.infobox?.fields.find((f) => /^units\d$/.test(f.key) && f.span.start <= m.span.start && m.span.end <= f.span.end);
      const side = field ? article.infobox?.fields.find((f) => f.key === `combatant${field.key.slice(-1)}`) : undefined;
      const sideState = side ? mentions.find((x) => x.sentence === null && 'entity' in x && x.span.start >= side.span.start && x.span.end <= side.span.end && states.some((s) => s.id === x.entity)) : undefined;
      if (sideState && 'entity' in sideState && sideState.entity) {
        unit.affiliation = sideState.entity;
        break;
      }
    }
  }
}

// "the Syrian Army, led by the Tiger forces", "captured by the Syrian Army led by Tiger Forces": what
// follows a state's forces before the group that leads them ("rebels led by the al-Nusra Front" name no state)
const LED_BY = /^\s*(?:(?:armed\s+)?(?:forces|army|troops|military|soldiers|units)\s*)?,?\s+led\s+by\s+(?:the\s+)?(?:elite\s+)?/i;

/**
 * A group told as leading a state's forces is a unit of that state: ACLED codes it as the state's
 * military. The group is matched by its name in any case ("the Tiger forces" is the "Tiger Forces" named
 * elsewhere). Mutates the group's kind and affiliation.
 * @example leadersOfStateForces(article, entities, mentions) // "Tiger Forces" → military_unit of Syria
 */
export function leadersOfStateForces(article: RecognisedArticle, entities: Entity[], mentions: Mention[]): void {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const groups = entities.filter((e) => e.kind === 'armed_group');
  for (const m of mentions) {
    const state = m.sentence !== null && 'entity' in m ? byId.get(m.entity ?? '') : undefined;
    if (state?.kind !== 'state') continue;
    const rest = article.text.slice(m.span.end, m.span.end + 120);
    const led = LED_BY.exec(rest);
    if (!led) continue;
    const after = rest.slice(led[0].length).toLowerCase();
    const group = groups.find((g) => [g.name, ...g.aliases.map((a) => a.text)].some((n) => n.length > 3 && after.startsWith(n.toLowerCase()) && !/\w/.test(after[n.length] ?? '')));
    if (!group) continue;
    group.kind = 'military_unit';
    group.affiliation = state.id;
  }
}

// "Russian Airborne Forces", "Iraqi Federal Police", "Ukrainian Territorial Defense Forces": a demonym, words
// that name a branch or a task of a state's forces, and a force noun. Any other word between makes it a
// group of its own ("Syrian Democratic Forces", "Syrian National Army", "Turkish backed forces").
const BRANCH_WORDS = new Set([
  'airborne', 'air', 'assault', 'aerospace', 'land', 'ground', 'special', 'operations', 'mission', 'federal', 'armed', 'security',
  'border', 'naval', 'marine', 'military', 'regular', 'government', 'elite', 'riot', 'interior', 'territorial', 'defence', 'defense',
  'occupation', 'occupying', 'invasion', 'reserve', 'railway',
]);
const FORCE_HEADS = new Set(['forces', 'force', 'troops', 'army', 'police', 'units', 'guard', 'guards', 'gendarmerie', 'navy', 'corps']);

/**
 * A group named as a branch of a state's forces is a unit of that state (ACLED: "Military Forces of Russia").
 * Mutates the group's kind and affiliation.
 * @example stateForcesByName(entities, demonymCountry) // "Russian Airborne Forces" → military_unit of Russia
 */
export function stateForcesByName(entities: Entity[], demonymCountry: (word: string) => string | null): void {
  const states = entities.filter((e) => e.kind === 'state');
  for (const group of entities.filter((e) => (e.kind === 'armed_group' || e.kind === 'military_unit') && e.affiliation === null)) {
    const [demonym = '', ...rest] = group.name.split(/\s+/);
    if (!namesBranch(rest)) continue;
    const code = demonymCountry(demonym);
    const state = code ? states.find((s) => s.country === code) : undefined;
    if (!state) continue;
    group.kind = 'military_unit';
    group.affiliation = state.id;
  }
}

// "Ukraine's 95th Air Assault Brigade", "the Iraqi Army's 9th Division", "the FSA's 101st Division": the owner right
// before, with its "'s"; "the 15th Brigade of the 5th Armoured Division of the Syrian Army": the owner right after, by "of".
const OWNER_BEFORE = /^['’]s\s+$/;
const OWNER_AFTER = /^\s+of\s+(?:the\s+)?$/;
// A group named only by a state force's title ("the Republican Guard", "the Territorial Defense Forces") is some
// state's force, whose state these words do not tell: it owns its units for no side.
const STATE_TITLES = new Set(['republican', 'national', 'presidential', 'royal', 'revolutionary']);
const namedAsStateForce = (name: string): boolean => namesBranch(name.split(/\s+/), STATE_TITLES);

// Words that name a branch of a state's forces: branch or task words (and any `titles` allowed), then a force noun.
function namesBranch(words: readonly string[], titles: ReadonlySet<string> = new Set()): boolean {
  const lower = words.map((w) => w.toLowerCase());
  const head = lower.pop() ?? '';
  return FORCE_HEADS.has(head) && lower.every((w) => BRANCH_WORDS.has(w) || titles.has(w));
}
// Owners are followed down a chain of units ("the 15th Brigade of the 5th Armoured Division of the Syrian Army").
const CHAIN_PASSES = 3;

/**
 * A unit named as another actor's takes that actor's side: a state (or a country the article names as one), an
 * armed group, or a unit whose side is known. A town is no owner ("the 9th Division of Mosul"), and neither is
 * an actor told further away ("Ukraine's claims that the 4th Brigade…"). Mutates the units' affiliation.
 * @example ownedUnits(article, entities, mentions, countryOfName) // "Iraqi Army's 9th Division" → Iraq
 */
export function ownedUnits(article: RecognisedArticle, entities: Entity[], mentions: Mention[], countryOfName: (name: string) => string | null): void {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const named = mentions.filter((m): m is Mention & { entity: string } => m.sentence !== null && 'entity' in m && typeof m.entity === 'string').sort((a, b) => a.span.start - b.span.start);
  const sideOf = (owner: Entity, text: string): string | null => {
    if (owner.kind === 'state' || (owner.kind === 'armed_group' && !namedAsStateForce(owner.name))) return owner.id;
    if (owner.kind === 'military_unit') return owner.affiliation;
    const code = owner.kind === 'place' ? countryOfName(text) : null;
    return entities.find((e) => e.kind === 'state' && code !== null && e.country === code)?.id ?? null;
  };
  for (let pass = 0; pass < CHAIN_PASSES; pass++) {
    let changed = false;
    for (const [i, m] of named.entries()) {
      const unit = byId.get(m.entity);
      if (unit?.kind !== 'military_unit' || unit.affiliation !== null) continue;
      const before = named[i - 1];
      const after = named[i + 1];
      const owner =
        (before && OWNER_BEFORE.test(article.text.slice(before.span.end, m.span.start)) ? before : undefined) ??
        (after && OWNER_AFTER.test(article.text.slice(m.span.end, after.span.start)) ? after : undefined);
      const ownerEntity = owner ? byId.get(owner.entity) : undefined;
      const side = owner && ownerEntity && ownerEntity.id !== unit.id ? sideOf(ownerEntity, article.text.slice(owner.span.start, owner.span.end)) : null;
      if (side === null || side === unit.id) continue;
      unit.affiliation = side;
      changed = true;
    }
    if (!changed) return;
  }
}
