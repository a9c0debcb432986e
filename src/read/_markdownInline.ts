import type { PhrasingContent, RootContent } from 'mdast';
import type { InlinePiece } from './_layoutBuilder.js';

/**
 * The words a reader sees in Markdown inline content, with links kept as pieces naming their page.
 * Marks (`**bold**`, `_italic_`), images, raw HTML and footnote markers leave no text.
 * @example inlinePieces(paragraph('[Free Syrian Army](./Free_Syrian_Army) fled')) // [{text:'Free Syrian Army', target:'Free Syrian Army'}, {text:' fled'}]
 */
export function inlinePieces(nodes: readonly (PhrasingContent | RootContent)[], target?: string): InlinePiece[] {
  const pieces: InlinePiece[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        pieces.push(target ? { text: oneLine(node.value), target } : { text: oneLine(node.value) });
        break;
      case 'break':
        pieces.push({ text: ' ' });
        break;
      case 'link':
        pieces.push(...inlinePieces(node.children, target ?? pageOfUrl(node.url) ?? undefined));
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
        pieces.push(...inlinePieces(node.children, target));
        break;
      default:
        break;
    }
  }
  return pieces;
}

export function piecesText(pieces: readonly InlinePiece[]): string {
  return pieces.map((p) => p.text).join('');
}

/**
 * The Wikipedia page a corpus link names: `./Syrian_Civil_War` → `Syrian Civil War`; other URLs name none.
 * @example pageOfUrl('./Ma%27an,_Syria') === "Ma'an, Syria"
 */
export function pageOfUrl(url: string): string | null {
  const local = /^\.\/([^?#]+)/.exec(url) ?? /^https?:\/\/en\.wikipedia\.org\/wiki\/([^?#]+)/.exec(url);
  if (!local?.[1]) return null;
  let page = local[1];
  try {
    page = decodeURIComponent(page);
  } catch {
    // a stray % in a hand-made link: keep the page name as written
  }
  const name = page.replace(/_/g, ' ').trim();
  return name === '' || name === 'undefined' ? null : name;
}

// The lookbehind starts a match only where a run of white space starts: without it, every space of
// a long run without a line break was a new start scanning the rest of the run (quadratic).
function oneLine(value: string): string {
  return value.replace(/(?<!\s)\s*\n\s*/g, ' ');
}
