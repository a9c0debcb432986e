import type { Table } from 'mdast';
import type { RawInfoboxEntry } from './_layoutBuilder.js';
import { inlinePieces, piecesText } from './_markdownInline.js';
import { fixSignedCompass } from './coordinates.js';
import { conflictKindOfKeys } from './infoboxKinds.js';
import { isPresentationKey, isSideKey, labelFor, normaliseInfoboxKey } from './infoboxKeys.js';

export interface FoundInfobox {
  kind: string;
  entries: RawInfoboxEntry[];
}


/**
 * The conflict infobox among the corpus's YAML `infoboxes:` (each field `{ text, links: [{ page, text? }] }`).
 * @example conflictInfoboxFromYaml([{ conflict: { text: 'Battle of Bosra' }, combatant1: { text: 'Free Syrian Army' } }])
 */
export function conflictInfoboxFromYaml(infoboxes: unknown): FoundInfobox | null {
  if (!Array.isArray(infoboxes)) return null;
  for (const box of infoboxes) {
    if (!isRecord(box)) continue;
    const entries = Object.entries(box).flatMap(([label, field]) => entryOfYaml(label, field));
    const kind = conflictKindOfKeys(entries.map((e) => e.key));
    if (kind) return { kind, entries: entries.filter((e) => !isPresentationKey(e.key)) };
  }
  return null;
}

/**
 * A two-column table whose left cells are bold field names (`| **combatant1** | … |`): the converter's rendering of an infobox.
 * Returns null for any other table.
 */
export function infoboxFromTable(table: Table): FoundInfobox | null {
  const entries: RawInfoboxEntry[] = [];
  for (const row of table.children) {
    const [name, value] = row.children;
    if (!name || !value) continue;
    const only = name.children.length === 1 ? name.children[0] : undefined;
    if (only?.type !== 'strong') continue;
    const label = piecesText(inlinePieces(only.children)).trim();
    const pieces = inlinePieces(value.children);
    const links = pieces.flatMap((p) => (p.target ? [{ text: p.text, target: p.target }] : []));
    const text = withoutImageNames(piecesText(pieces).replace(/ , \* | \* /g, '\n* ')).trim();
    if (label !== '') entries.push({ key: normaliseInfoboxKey(label), label: labelFor(label), value: text, links });
  }
  const kind = conflictKindOfKeys(entries.map((e) => e.key));
  return kind ? { kind, entries: entries.filter((e) => !isPresentationKey(e.key)) } : null;
}

// Flag icons are pictures on the page; the converter turned them into emoji that no reader says.
const FLAG_EMOJI = /[ \t]*[\u{1F1E6}-\u{1F1FF}]{2}[ \t]*/gu;

function withoutFlags(text: string): string {
  return text.replace(FLAG_EMOJI, ' ').replace(/^ | $/gm, '');
}

// The converter kept the file names of emblems and flags as words: "* Syria Armed Forces Emblem.svg Syrian
// Armed Forces", "(… commander) Syria-flag 1932-58 1961-63.svg Bilal …". A name runs from its item's
// start (or a closing bracket) to its extension.
const IMAGE_NAME = /(^[ \t]*(?:[*•-]+[ \t]*)?|\)[ \t]+)[^()\n]*?\.(?:svg|png|jpe?g|gif|webp|tiff?)\b[ \t]*/gim;

/**
 * An infobox value without the file names of its emblems and flags.
 * @example withoutImageNames('* Syria Armed Forces Emblem.svg Syrian Armed Forces') === '* Syrian Armed Forces'
 */
export function withoutImageNames(text: string): string {
  return text.replace(IMAGE_NAME, '$1');
}

function entryOfYaml(label: string, field: unknown): RawInfoboxEntry[] {
  const text = isRecord(field) ? field['text'] : field;
  if (typeof text !== 'string' && typeof text !== 'number') return [];
  const value = fixSignedCompass(withoutImageNames(withoutFlags(String(text))));
  const rawLinks = isRecord(field) && Array.isArray(field['links']) ? field['links'] : [];
  const links = rawLinks.flatMap((link: unknown) => {
    if (!isRecord(link) || link['type'] === 'external') return [];
    const page = typeof link['page'] === 'string' && link['page'] !== 'undefined' ? link['page'] : null;
    const words = withoutFlags(typeof link['text'] === 'string' ? link['text'] : (page ?? '')).trim();
    return page && words ? [{ text: words, target: page }] : [];
  });
  const key = normaliseInfoboxKey(label);
  return [{ key, label: labelFor(label), value: separateLinkedItems(value, links, isSideKey(key)), links }];
}

/**
 * The corpus's converter dropped the flag icons and line breaks between an infobox's items, leaving
 * "Free Syrian Army Islamic Muthanna Movement  Jabhat al-Nusra"; where linked items meet with only
 * white space or a closing bracket between them, the break is put back. In a field listing a side's
 * names (`sideNames`), a whole linked name followed by unlinked capitalised words ends there too:
 * "Free Syrian Army Civilian rebels", "Hezbollah LAAG" are two items each; "Syrian Army" linked as
 * [[Syria|Syrian]] stays one, and so does "Aleppo Governorate" in a place field.
 * @example separateLinkedItems('A B', [{ text: 'A', target: 'A' }, { text: 'B', target: 'B' }]) === 'A\nB'
 */
export function separateLinkedItems(value: string, links: readonly { text: string; target: string }[], sideNames = false): string {
  let out = value;
  let from = 0;
  let previousEnd = -1;
  let previousText = '';
  for (const link of links) {
    const at = link.text === '' ? -1 : out.indexOf(link.text, from);
    if (at < 0) continue;
    const gap = out.slice(previousEnd < 0 ? at : previousEnd, at);
    // "Bayraktar TB2 combat drones" and "ADM. Édouard Guillaud" are one item: a new one starts with a capital.
    const startsItem = /^[\p{Lu}\d]/u.test(link.text) && !previousText.endsWith('.');
    const joinable = previousEnd >= 0 && /^\s+$/.test(gap) && startsItem;
    const afterBracket = /\)[ \t]+$/.test(out.slice(0, at)) && !out.slice(0, at).includes('\n', at - 3);
    // where the converter dropped a flag between two names it left two blanks: "LAAG  Liwa Fatemiyoun"
    const afterFlagGap = sideNames && link.text === link.target && /\S[ \t]{2,}$/.test(out.slice(0, at));
    if ((joinable || afterBracket || afterFlagGap) && !/\n\s*$/.test(out.slice(0, at))) {
      const trimmedStart = out.slice(0, at).trimEnd().length;
      out = `${out.slice(0, trimmedStart)}\n${out.slice(at)}`;
      from = trimmedStart + 1 + link.text.length;
    } else {
      from = at + link.text.length;
    }
    previousEnd = from;
    previousText = link.text;
    if (sideNames && link.text === link.target && /^[ \t]+\p{Lu}/u.test(out.slice(from))) {
      out = `${out.slice(0, from)}\n${out.slice(from).trimStart()}`;
      from += 1;
      previousEnd = from;
    }
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
