import { AnnalsError } from '../model/index.js';

// Regions whose braces are not markup.
const OPAQUE = /<!--[\s\S]*?(?:-->|$)|<nowiki>[\s\S]*?<\/nowiki>|<(pre|math|syntaxhighlight|source|code)\b[^>]*>[\s\S]*?<\/\1>/gi;

// wtf_wikipedia's time grows with the cube of template depth (800 took two seconds) and its stack
// overflows near 2,000; articles nest templates a few deep.
const MAX_TEMPLATE_DEPTH = 100;

/**
 * Refuses wikitext whose templates or tables never close: wtf_wikipedia would silently drop
 * everything after the opening, and the article would lose its text without a word. Refuses
 * templates nested over 100 deep too.
 * @example assertBalancedWikitext('{{Infobox military conflict\n| conflict = X\n', 'a.wiki') // throws "unclosed template"
 */
export function assertBalancedWikitext(text: string, source: string): void {
  const visible = text.replace(OPAQUE, (m) => ' '.repeat(m.length));
  const templates: number[] = [];
  const tables: number[] = [];
  for (let i = 0; i < visible.length; i++) {
    const pair = visible.slice(i, i + 2);
    const lineStart = i === 0 || visible[i - 1] === '\n';
    if (pair === '{{') {
      templates.push(i);
      if (templates.length > MAX_TEMPLATE_DEPTH) throw new AnnalsError('malformed', source, `templates nested over ${MAX_TEMPLATE_DEPTH} deep on line ${text.slice(0, i).split('\n').length}`);
      i++;
    } else if (pair === '}}' && templates.length > 0) {
      templates.pop();
      i++;
    } else if (lineStart && /^[ \t:]*\{\|/.test(visible.slice(i, i + 8))) {
      tables.push(i);
    } else if (lineStart && /^[ \t]*\|\}/.test(visible.slice(i, i + 8))) {
      tables.pop();
    }
  }
  const template = templates[0];
  if (template !== undefined) throw unclosed(text, source, template, 'template', /^\{\{[^|}\n]*/);
  const table = tables[0];
  if (table !== undefined) throw unclosed(text, source, table, 'table', /^[^\n]*/);
}

function unclosed(text: string, source: string, at: number, what: string, opener: RegExp): AnnalsError {
  const line = text.slice(0, at).split('\n').length;
  const head = (opener.exec(text.slice(at).trimStart())?.[0] ?? '').slice(0, 60).trim();
  return new AnnalsError('malformed', source, `unclosed ${what} "${head}" opened on line ${line}`);
}
