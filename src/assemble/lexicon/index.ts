import { BATTLE_TRIGGERS } from './battles.js';
import { CIVILIAN_TRIGGERS } from './civilians.js';
import { nounForms, verbForms } from './forms.js';
import { PROTEST_TRIGGERS } from './protests.js';
import { REMOTE_TRIGGERS } from './remote.js';
import { STRATEGIC_TRIGGERS } from './strategic.js';
import type { SubjectRole, TriggerEntry } from './triggerEntry.js';

export type { NounFrame, SubjectRole, TriggerEntry, Weapon } from './triggerEntry.js';
export { verbForms, nounForms } from './forms.js';
export { WEAPON_WORDS } from './weapons.js';
export * from './frames.js';

/** Every trigger family, by ACLED type; within a type, the more specific first (it types a sentence's event). */
export const TRIGGER_ENTRIES: readonly TriggerEntry[] = [...REMOTE_TRIGGERS, ...BATTLE_TRIGGERS, ...CIVILIAN_TRIGGERS, ...STRATEGIC_TRIGGERS, ...PROTEST_TRIGGERS];

/** One written form of a trigger, as the words it is matched on. */
export interface TriggerForm {
  words: readonly string[];
  entry: TriggerEntry;
  pos: 'verb' | 'noun';
  /** Set for a verb whose doer comes after it ("fell to the rebels"): its subject is what was struck. */
  subject?: SubjectRole;
}

/**
 * The words of a written form as the matcher sees them: lower case, hyphens and spaces both word breaks.
 * @example formWords('Counter-attack') // ['counter', 'attack']
 */
export function formWords(form: string): string[] {
  return form.toLowerCase().split(/[\s-]+/).filter((w) => w.length > 0);
}

function formsOf(entry: TriggerEntry): TriggerForm[] {
  const verbs = (entry.verbs ?? []).flatMap((v) => verbForms(v).map((f) => ({ words: formWords(f), entry, pos: 'verb' as const, ...(entry.doerAfter?.includes(v) ? { subject: 'target' as const } : {}) })));
  const forms = (entry.verbForms ?? []).map((f) => ({ words: formWords(f), entry, pos: 'verb' as const }));
  const nouns = (entry.nouns ?? []).flatMap(nounForms).map((f) => ({ words: formWords(f), entry, pos: 'noun' as const }));
  return [...verbs, ...forms, ...nouns];
}

/**
 * Trigger forms by their first word, longest first: the matcher tries "air strike" before "air".
 * @example TRIGGER_FORMS.get('shelled')?.[0]?.entry.family // 'shelling'
 */
export const TRIGGER_FORMS: ReadonlyMap<string, readonly TriggerForm[]> = indexForms(TRIGGER_ENTRIES.flatMap(formsOf));

/** Word sequences by their first word, longest first. */
export function indexForms<T extends { words: readonly string[] }>(forms: readonly T[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const form of forms) {
    const first = form.words[0];
    if (first === undefined) continue;
    const list = index.get(first) ?? [];
    list.push(form);
    index.set(first, list);
  }
  // longest first; of one length, a form without a gap first ("take back control" before "take * control")
  const gaps = (f: T): number => f.words.filter((w) => w === '*').length;
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length || gaps(a) - gaps(b));
  return index;
}

/** The forms of several verb lemmas, as word sequences ("take place" → took place, taking place, …). */
export function verbPhrases(lemmas: readonly string[]): Map<string, { words: string[] }[]> {
  return indexForms(lemmas.flatMap(verbForms).map((f) => ({ words: formWords(f) })));
}
