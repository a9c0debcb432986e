import { AnnalsError } from '../model/index.js';

// Regions whose braces are not markup.
const OPAQUE = /<!--[\s\S]*?(?:-->|$)|<nowiki>[\s\S]*?<\/nowiki>|<(pre|math|syntaxhighlight|source|code)\b[^>]*>[\s\S]*?<\/\1>/gi;

/**
 * Refuses wikitext whose templates or tables never close: wtf_wikipedia would silently drop
 * everything after the opening, and the article would lose its text without a word.
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
