import { isSideKey } from '../../read/infoboxKeys.js';
import type { MentionDraft, Recogniser } from '../recogniser.js';
import { nameMention } from './_mention.js';
import { ROLE_NOUNS } from './_words.js';

// Ranks and honorifics before a commander's name: "Gen. Bashar al-Zoubi", "Maj. Gen. Salim Idris".
const RANKS = /^(?:(?:Gen|Lt|Col|Maj|Brig|Capt|Adm|ADM|Cmdr|Sgt|Gov|Pres|Dr|Sheikh|Field Marshal|General|Colonel|Major|Lieutenant|Admiral|Brigadier|Captain|Commander|Marshal)\.? )+/;
// Item lead-ins that are headings inside a value, not names: "Supported by:", "Co-belligerents:".
const LEAD_IN = /^[^:]{2,30}:\s*/;
// Values that say nothing: "Unknown", "None", "…full list".
const EMPTY = /^(unknown|none|n\/a|\.\.\.full list|…full list|see below|various|several|\?)$/i;

type FieldRole = 'combatant' | 'commander' | 'units' | 'place';

function roleOfField(field: string | null): FieldRole | null {
  const key = (field ?? '').replace(/^infobox:/, '').toLowerCase().replace(/[\s_]+/g, '');
  // an attack's infobox names its sides as perpetrators and targets
  if (isSideKey(key)) return 'combatant';
  if (/^commanders?\d?$/.test(key) || /^leadfigures\d$/.test(key)) return 'commander';
  if (/^units\d?$/.test(key)) return 'units';
  if (key === 'place' || key === 'location') return 'place';
  return null;
}

/**
 * Actor, commander, unit and place items of the conflict infobox, each an alias with its field as
 * provenance. Items are the value's `·`-separated parts (and, for places, its commas).
 * @example infoboxNameRecogniser() // Combatant2 "MOJWA" → actor; Place "Gao and outskirts, Gao Region, Mali" → three places
 */
export function infoboxNameRecogniser(): Recogniser {
  return {
    name: 'names:infobox',
    recognise(context) {
      const role = roleOfField(context.infoboxField);
      if (!role) return [];
      const separator = role === 'place' ? /\s*(?:·|,|;)\s*/g : /\s*·\s*/g;
      const found: MentionDraft[] = [];
      let at = 0;
      for (const piece of context.text.split(separator)) {
        const index = context.text.indexOf(piece, at);
        at = index + piece.length;
        const item = itemOf(piece, role);
        if (!item) continue;
        const start = context.offset + index + item.skip;
        found.push(nameMention(context, { kind: item.kind, start, end: start + item.name.length, rule: this.name, role: item.role }));
      }
      return found;
    },
  };
}

interface Item {
  name: string;
  skip: number;
  role: string | null;
  kind: 'actor' | 'person' | 'place';
}

function itemOf(piece: string, role: FieldRole): Item | null {
  let text = piece;
  let skip = 0;
  const lead = LEAD_IN.exec(text);
  if (lead && role !== 'place') [text, skip] = [text.slice(lead[0].length), skip + lead[0].length];
  const rank = role === 'commander' ? RANKS.exec(text) : null;
  if (rank) [text, skip] = [text.slice(rank[0].length), skip + rank[0].length];
  const note = /\s*\(([^)]*)\)?.*$/.exec(text);
  // "Russian-occupied Kherson Oblast", "rebel-held Bosra": the place is what follows the qualifier.
  const name = (note ? text.slice(0, note.index) : text).replace(/\s*\[[^\]]*\]$/, '').replace(/^(and|the) /i, '').replace(/^\S+-(occupied|held|controlled) /i, '').trim();
  skip += text.indexOf(name);
  // a figure ("50 KIA") is no name, a numbered formation ("503rd Naval Infantry Battalion") is
  const figure = /^\d/.test(name) && !/^\d+(?:st|nd|rd|th) \p{Lu}/u.test(name);
  if (name.length < 2 || EMPTY.test(name) || figure || !/\p{Lu}/u.test(name)) return null;
  if (role === 'place' && /^(and|near|outskirts)/i.test(name)) return null;
  const kind = role === 'commander' ? 'person' : role === 'place' ? 'place' : 'actor';
  // A note is a role only if it names one: "(Southern Front leader)", not "(Ukrainian claim)" or "(WIA)".
  const noteText = note?.[1]?.trim() ?? null;
  const roleNote = noteText && noteText.toLowerCase().split(/\s+/).some((w) => ROLE_NOUNS.has(w)) ? noteText : null;
  // "Gao and outskirts", "Bosra and its surroundings": the place is the name before the lower-case tail.
  const placeName = role === 'place' ? name.replace(/ and (its |the )?\p{Ll}[\p{L} ]*$/u, '') : name;
  return { name: placeName, skip: skip + name.indexOf(placeName), role: role === 'commander' ? roleNote : null, kind };
}
