import wtf from 'wtf_wikipedia';
import { fixSignedCompass } from './coordinates.js';

type TemplateFn = (tmpl: string, list: unknown[], parse: (tmpl: string, order?: string[]) => Record<string, string>) => string;

// wtf_wikipedia lower-cases flag names ("🇲🇱 mali") and prints "undefined" for ones it lacks
// ("Kingdom of Great Britain"); a reader sees the country's name as written and no words for an icon.
const countryName: TemplateFn = (tmpl, _list, parse) => {
  const name = (parse(tmpl, ['flag', 'variant'])['flag'] ?? '').trim();
  return name === '' ? '' : `[[${name}]]`;
};
const iconOnly: TemplateFn = () => '';
// wtf_wikipedia prints {{ill|Konna|fr}} as bare words; on Wikipedia it is a link to the English page.
const interlanguageLink: TemplateFn = (tmpl, _list, parse) => {
  const { page = '', lt = '' } = parse(tmpl, ['page', 'lang', 'foreign']);
  if (page.trim() === '') return lt;
  return lt.trim() === '' ? `[[${page.trim()}]]` : `[[${page.trim()}|${lt.trim()}]]`;
};
// wtf_wikipedia ignores df=y: {{start date|2013|1|13|df=y}} reads "13 January 2013" on Wikipedia, not "January 13, 2013".
const dayFirst =
  (original: TemplateFn): TemplateFn =>
  (tmpl, list, parse) => {
    const text = original(tmpl, list, parse);
    if (!/^y/i.test(parse(tmpl)['df'] ?? '')) return text;
    return text.replace(/\b([A-Z][a-z]+) (\d{1,2}), (\d{1,4})\b/, '$2 $1 $3');
  };
// wtf_wikipedia prints {{coord}} as signed degrees behind fixed letters ("36.9°W" for 36.9° east).
const realHemispheres =
  (original: TemplateFn): TemplateFn =>
  (tmpl, list, parse) =>
    fixSignedCompass(original(tmpl, list, parse));

let extended = false;

/** wtf_wikipedia with the template fixes above, applied once per process. */
export function wikiParser(): typeof wtf {
  if (!extended) {
    wtf.extend((_models: unknown, templates: Record<string, TemplateFn>) => {
      for (const name of ['flag', 'flagcountry', 'flagcu', 'flagu', 'flag country']) templates[name] = countryName;
      for (const name of ['flagicon', 'flagdeco', 'flagicon image', 'flag icon', 'flagicon2']) templates[name] = iconOnly;
      wrap(templates, ['start date', 'end date', 'start date and age', 'end date and age'], dayFirst);
      wrap(templates, ['coord', 'coor', 'coor dms', 'coor dm', 'coor dec'], realHemispheres);
      for (const name of ['ill', 'interlanguage link', 'interlanguage link multi']) templates[name] = interlanguageLink;
    });
    extended = true;
  }
  return wtf;
}

function wrap(templates: Record<string, TemplateFn>, names: string[], fix: (original: TemplateFn) => TemplateFn): void {
  for (const name of names) {
    const original = templates[name];
    if (typeof original === 'function') templates[name] = fix(original);
  }
}
