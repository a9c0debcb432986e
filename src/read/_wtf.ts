import wtf from 'wtf_wikipedia';

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

let extended = false;

/** wtf_wikipedia with the template fixes above, applied once per process. */
export function wikiParser(): typeof wtf {
  if (!extended) {
    wtf.extend((_models: unknown, templates: Record<string, TemplateFn>) => {
      for (const name of ['flag', 'flagcountry', 'flagcu', 'flagu', 'flag country']) templates[name] = countryName;
      for (const name of ['flagicon', 'flagdeco', 'flagicon image', 'flag icon', 'flagicon2']) templates[name] = iconOnly;
      for (const name of ['ill', 'interlanguage link', 'interlanguage link multi']) templates[name] = interlanguageLink;
    });
    extended = true;
  }
  return wtf;
}
